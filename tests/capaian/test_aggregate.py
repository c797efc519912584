from decimal import Decimal

import pytest

from kinerja.capaian.aggregate import RECOMPUTE_NOTE_EN, RECOMPUTE_NOTE_ID, aggregate, sum_variables
from kinerja.capaian.errors import CapaianError, PeriodError
from kinerja.periods import Period

YEAR = Period.of_year(2024)
Q = {i: Period.quarter(2024, i) for i in range(1, 5)}
FULL = {Q[1]: 10, Q[2]: 20, Q[3]: 30, Q[4]: 45}


@pytest.mark.parametrize("rule, expected", [("sum", 105), ("last", 45), ("average", Decimal("26.25"))])
def test_rules_over_a_full_year(rule, expected):
    result = aggregate(YEAR, FULL, rule)
    assert result.value == expected and result.status == "ok" and result.missing == ()


def test_explanations_show_the_terms():
    assert aggregate(YEAR, FULL, "sum").explanation_id == "Jumlah TW I 2024 – TW IV 2024 = 10 + 20 + 30 + 45 = 105."
    assert "(10 + 20 + 30 + 45) / 4" in aggregate(YEAR, FULL, "average").explanation_en


@pytest.mark.parametrize("rule", ["sum", "average"])
def test_a_missing_quarter_makes_the_year_unknown_not_smaller(rule):
    values = dict(FULL)
    values[Q[3]] = None
    result = aggregate(YEAR, values, rule)
    assert result.value is None and result.status == "unknown"
    assert result.missing == (Q[3],)
    assert "TW III 2024" in result.explanation_id and "tidak dianggap 0" in result.explanation_id
    del values[Q[3]]  # an absent key is missing too
    assert aggregate(YEAR, values, rule).missing == (Q[3],)


def test_last_with_q4_missing_is_unknown_not_q3():
    result = aggregate(YEAR, {Q[1]: 10, Q[2]: 20, Q[3]: 30, Q[4]: None}, "last")
    assert result.value is None and result.missing == (Q[4],)
    assert "tidak diganti dengan periode sebelumnya" in result.explanation_id
    # …but an earlier gap does not matter to "last"
    assert aggregate(YEAR, {Q[1]: None, Q[4]: 7}, "last").value == 7


@pytest.mark.parametrize("rule, expected", [("sum", 30), ("last", 20), ("average", 15)])
def test_cumulative_to_a_quarter(rule, expected):
    values = {Q[1]: 10, Q[2]: 20, Q[3]: None}  # Q3 not yet due
    assert aggregate(YEAR, values, rule, upto=Q[2]).value == expected


def test_labels_text_and_nan_are_accepted():
    assert aggregate(YEAR, {"TW I 2024": "1.234,5", "2024-Q2": 1, "Q3 2024": 0, "TW IV 2024": 0}, "sum").value \
        == Decimal("1235.5")
    assert aggregate(YEAR, {Q[1]: float("nan"), Q[2]: 1, Q[3]: 1, Q[4]: 1}, "sum").missing == (Q[1],)
    assert aggregate(YEAR, {Q[1]: "-", Q[2]: 1, Q[3]: 1, Q[4]: 1}, "sum").missing == (Q[1],)


def test_months_into_a_quarter():
    months = {Period.month(2024, m): m for m in (4, 5, 6)}
    assert aggregate(Q[2], months, "sum", child_kind="month").value == 15


def test_bad_requests():
    with pytest.raises(CapaianError):
        aggregate(YEAR, FULL, "median")
    with pytest.raises(CapaianError):
        aggregate(YEAR, FULL, "recompute")
    with pytest.raises(CapaianError):
        aggregate(YEAR, FULL, "sum", upto=Period.quarter(2025, 1))
    with pytest.raises(PeriodError):
        aggregate(YEAR, {"minggu 3": 1}, "sum")


def test_recompute_sums_variables_for_a_ratio_of_sums():
    # quarterly ratios 10%, 90%, 0%, 10% average to 27.5%; the ratio of the sums is 20 / 200 = 10%
    values = {Q[1]: {"a": 1, "b": 10}, Q[2]: {"a": 9, "b": 10}, Q[3]: {"a": 0, "b": 80}, Q[4]: {"a": 10, "b": 100}}
    summed = sum_variables(YEAR, values)
    assert summed.status == "ok" and summed.known() == {"a": 20, "b": 200}
    assert summed.note_id == RECOMPUTE_NOTE_ID and "bukan rata-rata rasio" in summed.note_id
    assert "not the average of ratios" in RECOMPUTE_NOTE_EN


def test_recompute_with_a_stock_variable_and_a_missing_value():
    values = {Q[1]: {"a": 1, "b": 100}, Q[2]: {"a": 2, "b": 110}, Q[3]: {"a": 3}, Q[4]: {"a": 4, "b": 120}}
    summed = sum_variables(YEAR, values, variable_rules={"b": "last"})
    assert summed.sums == {"a": 10, "b": 120}
    to_date = sum_variables(YEAR, values, upto=Q[3], variable_rules={"b": "last"})
    assert to_date.sums["b"] is None and to_date.missing == {"b": (Q[3],)} and to_date.status == "unknown"
    with pytest.raises(CapaianError) as info:
        to_date.known()
    assert "TW III 2024" in info.value.message_id

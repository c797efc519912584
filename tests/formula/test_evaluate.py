"""Scalar evaluation: values, temporal look-ups, unknown is not zero, division by zero is undefined."""
import math

import pytest

from kinerja.formula import FormulaError, PeriodData, evaluate, read_formula

GROWTH = "(omzet - omzet[n-1]) / omzet[n-1] * 100"


def test_ratio_from_a_mapping():
    outcome = evaluate("a / b * 100", {"a": 64, "b": 12317})
    assert outcome.status == "ok" and outcome.value == pytest.approx(0.5196, abs=1e-4)


def test_growth_over_years_from_rows():
    data = PeriodData.from_rows([("omzet", 2022, 200.0), ("omzet", 2023, 250.0)])
    assert evaluate(GROWTH, data, 2023).value == pytest.approx(25.0)
    missing = evaluate(GROWTH, data, 2022)
    assert missing.status == "unknown" and missing.value is None
    assert "2021" in missing.reason_id and "2021" in missing.reason_en


def test_quarters_step_back_across_years():
    data = PeriodData.from_rows([("x", "2022-Q4", 10), ("x", "2023-Q1", 15)])
    assert evaluate("x - x[n-1]", data, "2023-Q1").value == 5


def test_missing_value_is_unknown_not_zero():
    outcome = evaluate("a + b", {"a": 1})
    assert outcome.status == "unknown" and outcome.value is None
    assert "'b'" in outcome.reason_id and "'b'" in outcome.reason_en
    assert evaluate("a * b", {"a": 0, "b": None}).status == "unknown"
    assert evaluate("a", {"a": math.nan}).status == "unknown"


def test_division_by_zero_is_undefined_with_its_reason():
    outcome = evaluate("a / b * 100", {"a": 0, "b": 0})
    assert outcome.status == "undefined" and outcome.value is None
    assert "tidak terdefinisi" in outcome.reason_id and "b = 0" in outcome.reason_en
    # a zero denominator makes the result undefined even when the numerator is unknown
    assert evaluate("a / b", {"b": 0}).status == "undefined"


def test_cumulative_total_up_to_last_year():
    data = PeriodData.from_rows([("ikm", 2020, 5), ("ikm", 2021, 7), ("ikm", 2022, 3), ("terdata", 2022, 100)])
    outcome = evaluate("ikm / (terdata - cumsum(ikm, n-1)) * 100", data, 2022)
    assert outcome.value == pytest.approx(3 / (100 - 12) * 100)


def test_cumulative_with_a_gap_is_unknown_and_explicit_totals_win():
    data = PeriodData.from_rows([("ikm", 2019, 5), ("ikm", 2021, 7)])
    assert evaluate("cumsum(ikm, n-1)", data, 2022).status == "unknown"
    data.set_cumulative("ikm", 2021, 40)
    assert evaluate("cumsum(ikm, n-1)", data, 2022).value == 40


def test_mean_over_the_sub_periods_of_a_year():
    rows = [("ihk", f"2023-M{m:02d}", 100 + m) for m in range(1, 13)]
    data = PeriodData.from_rows(rows)
    assert evaluate("mean(ihk)", data, 2023).value == pytest.approx(106.5)
    assert evaluate("sum(ihk)", data, 2023).value == pytest.approx(1278)
    partial = PeriodData.from_rows(rows[:11])
    assert evaluate("mean(ihk)", partial, 2023).status == "unknown"
    quarters = PeriodData.from_rows([("ihk", f"2023-Q{q}", q) for q in range(1, 5)])
    assert evaluate("mean(ihk)", quarters, 2023).value == 2.5


def test_mean_of_a_value_recorded_at_the_period_itself_is_that_value():
    data = PeriodData.from_rows([("ihk", "2025-M03", 104.5), ("ihk", "2025-M04", 105.0)])
    assert evaluate("mean(ihk)", data, "2025-M03").value == pytest.approx(104.5)
    assert evaluate("mean(ihk)", data, "2025-M05").status == "unknown"   # nothing recorded: unknown, not 0


def test_an_expression_tree_from_a_reading_evaluates_too():
    reading = read_formula("Jumlah kasus yang terselesaikan / Jumlah kasus yang terdaftar x 100%")
    assert evaluate(reading.expression, {"kasus_terselesaikan": 3, "kasus_terdaftar": 4}).value == 75


@pytest.mark.parametrize("bad", [{"a": "12"}, {"a": True}, {"a": object()}])
def test_non_numbers_are_formula_errors(bad):
    with pytest.raises(FormulaError):
        evaluate("a", bad)


def test_bad_period_is_a_formula_error():
    with pytest.raises(FormulaError):
        evaluate("a", PeriodData(), "tahun lalu")
    with pytest.raises(FormulaError):
        evaluate("a", PeriodData())

"""Operators enter base variables; the indicator is computed from them, for every formula shape."""
from decimal import Decimal

import pytest

from kinerja.measurement.errors import InvalidEntry
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Realisasi
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
COUNT = "orang"


def save(world, ind, period, values, **kw):
    """Save as the operator; returns the period's figure as the read model shows it."""
    current = Realisasi.objects.filter(indicator=ind, period=period.key).first()
    save_entry(world.operator, ind, period, values, version=current.version if current else 0, **kw)
    return figure_of(ind, period)


@pytest.mark.parametrize("expression,variables,values,expected", [
    ("a / b * 100", {"a": ("Jumlah ditempatkan", COUNT), "b": ("Jumlah pencari kerja", COUNT)},
     {"a": "64", "b": "12.317"}, 64 / 12317 * 100),
    ("a - b", {"a": ("Lembaga terdaftar", COUNT), "b": ("Lembaga tidak memperpanjang", COUNT)},
     {"a": "40", "b": "7"}, 33),
    ("pdrb / tk / 1920", {"pdrb": ("PDRB harga konstan", "Rp"), "tk": ("Jumlah tenaga kerja", COUNT)},
     {"pdrb": "11.736.080", "tk": "100"}, 11736080 / 100 / 1920),
    ("u * 0.4 + k * 0.3 + p * 0.3", {"u": ("Unsur kinerja", "nilai"), "k": ("Unsur kepatuhan", "nilai"),
                                     "p": ("Unsur pelayanan", "nilai")},
     {"u": "90", "k": "80,5", "p": "70"}, 90 * 0.4 + 80.5 * 0.3 + 70 * 0.3),
])
def test_shapes_within_one_period(world, expression, variables, values, expected):
    ind = world.indicator(expression, variables, satuan="nilai")
    r = save(world, ind, TW1, values)
    assert r.value_status == "ok"
    assert float(r.value) == pytest.approx(expected, rel=1e-9)


def test_growth_uses_the_previous_period(world):
    ind = world.indicator("(x - x[n-1]) / x[n-1] * 100", {"x": ("Jumlah penempatan", COUNT)}, satuan="%")
    first = save(world, ind, Period.quarter(2024, 4), {"x": "200"})
    assert first.value_status == "unknown"  # no TW III 2024: unknown, not 0
    r = save(world, ind, TW1, {"x": "250"})
    assert float(r.value) == pytest.approx(25.0)


def test_cumulative_terms(world):
    ind = world.indicator("x / (total - cumsum(x, n-1)) * 100",
                          {"x": ("IKM dibina", COUNT), "total": ("IKM terdata", COUNT)}, satuan="%")
    save(world, ind, Period.quarter(2024, 4), {"x": "10", "total": "100"})
    r = save(world, ind, TW1, {"x": "18", "total": "100"})
    assert float(r.value) == pytest.approx(18 / (100 - 10) * 100)


def test_zero_denominator_is_undefined_not_zero(world):
    ind = world.indicator("a / b * 100", {"a": ("Kasus selesai", COUNT), "b": ("Kasus masuk", COUNT)})
    r = save(world, ind, TW1, {"a": "0", "b": "0"})
    assert r.value is None
    assert r.value_status == "undefined"


def test_missing_variable_is_unknown(world):
    ind = world.indicator("a / b * 100", {"a": ("A", COUNT), "b": ("B", COUNT)})
    r = save(world, ind, TW1, {"a": "5", "b": ""})
    assert r.value is None and r.value_status == "unknown"


def test_unreadable_formula_takes_a_direct_value(world):
    ind = world.indicator("a / / b", {"a": ("A", COUNT)}, satuan="%")
    r = save(world, ind, TW1, {"nilai": "45,5"})
    assert r.value == Decimal("45.5")
    assert Realisasi.objects.get(indicator=ind).direct_raw == "45,5"


@pytest.mark.parametrize("raw,message", [("-3", "negatif"), ("2,5", "bilangan bulat"), ("abc", "angka")])
def test_counts_are_checked(world, raw, message):
    ind = world.indicator("a / b * 100", {"a": ("A", COUNT), "b": ("B", COUNT)})
    with pytest.raises(InvalidEntry) as info:
        save(world, ind, TW1, {"a": raw, "b": "10"})
    assert message in info.value.message_id
    assert not Realisasi.objects.filter(indicator=ind).exists()


def test_percentage_above_100_asks_for_confirmation(world):
    ind = world.indicator("a / b * 100", {"a": ("A", COUNT), "b": ("B", COUNT)})
    with pytest.raises(InvalidEntry) as info:
        save(world, ind, TW1, {"a": "12", "b": "10"})
    assert info.value.only_confirmations
    r = save(world, ind, TW1, {"a": "12", "b": "10"}, confirmed=True)
    assert float(r.value) == pytest.approx(120)


@pytest.mark.parametrize("rule,expected", [("sum", 40), ("last", 20), ("average", 15)])
def test_yearly_value_by_rule(world, rule, expected):
    ind = world.indicator("x", {"x": ("Jumlah", COUNT)}, satuan="orang", aggregation=rule, targets={"2025": "60"})
    for q, v in zip(range(1, 5), ("10", "10", "0", "20") if rule != "average" else ("10", "20", "10", "20")):
        save(world, ind, Period.quarter(2025, q), {"x": v})
    judged = figure_of(ind, Period.of_year(2025))
    assert judged.realisasi == Decimal(expected)


def test_yearly_ratio_of_sums_not_average_of_ratios(world):
    ind = world.indicator("a / b * 100", {"a": ("Ditempatkan", COUNT), "b": ("Pencari kerja", COUNT)},
                          aggregation="recompute", targets={"2025": "50"})
    for q, (a, b) in zip(range(1, 5), (("1", "10"), ("9", "10"), ("10", "20"), ("20", "60"))):
        save(world, ind, Period.quarter(2025, q), {"a": a, "b": b})
    judged = figure_of(ind, Period.of_year(2025))
    assert float(judged.realisasi) == pytest.approx(40 / 100 * 100)  # average of ratios would be 33.3
    assert "rasio dari jumlah" in judged.explanation_id


def test_year_with_a_missing_quarter_is_unknown(world):
    ind = world.indicator("x", {"x": ("Jumlah", COUNT)}, satuan="orang", aggregation="sum", targets={"2025": "60"})
    for q in (1, 2, 4):
        save(world, ind, Period.quarter(2025, q), {"x": "10"})
    judged = figure_of(ind, Period.of_year(2025))
    assert judged.realisasi is None
    assert judged.capaian_status == "unknown"
    assert "TW III 2025" in judged.explanation_id


def test_count_is_the_entered_number(world):
    ind = world.indicator("ditempatkan", {"ditempatkan": ("Jumlah tenaga kerja yang ditempatkan", COUNT)},
                          satuan=COUNT, aggregation="sum", targets={"2025-Q1": "50"})
    r = save(world, ind, TW1, {"ditempatkan": "1.234"})
    assert (r.value_status, r.value) == ("ok", Decimal("1234"))
    judged = figure_of(ind, TW1)
    assert judged.capaian == pytest.approx(1234 / 50 * 100)


def test_average_of_monthly_values_over_the_year(world):
    ind = world.indicator("mean(ihk)", {"ihk": ("IHK bulanan", "indeks")}, satuan="indeks",
                          period_type="bulanan", aggregation="average", targets={"2025": "100"})
    monthly = [100 + m for m in range(1, 13)]                       # 101 … 112
    for month, value in zip(Period.of_year(2025).children("month"), monthly):
        save(world, ind, month, {"ihk": str(value)})
    judged = figure_of(ind, Period.of_year(2025))
    assert judged.realisasi == pytest.approx(sum(monthly) / 12)
    assert judged.capaian == pytest.approx(sum(monthly) / 12)


def test_average_with_a_month_missing_is_unknown(world):
    ind = world.indicator("mean(ihk)", {"ihk": ("IHK bulanan", "indeks")}, satuan="indeks",
                          period_type="bulanan", aggregation="average", targets={"2025": "100"})
    for month in list(Period.of_year(2025).children("month"))[:11]:  # no December
        save(world, ind, month, {"ihk": "105"})
    judged = figure_of(ind, Period.of_year(2025))
    assert judged.realisasi is None and judged.capaian is None
    assert judged.capaian_status == "unknown"


def test_constant_target_indicator_takes_a_direct_value(world):
    # "1 Dokumen": the decree gives the output itself, no formula; the operator reports the count made.
    ind = world.indicator(None, satuan="dokumen", period_type="tahunan", targets={"2025": "1"})
    r = save(world, ind, Period.of_year(2025), {"nilai": "1"})
    assert (r.value_status, r.value) == ("ok", Decimal("1"))
    assert figure_of(ind, Period.of_year(2025)).capaian == pytest.approx(100)

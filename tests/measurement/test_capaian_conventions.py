"""Capaian from stored rows: both polarities, both lower-is-better conventions (pemda setting and
per-indicator override, recorded with the result), ranges, predicates and the explanation."""
from decimal import Decimal
from types import SimpleNamespace

import pytest

from kinerja.measurement.figures import figure_of
from kinerja.measurement.services.entry import save_entry
from kinerja.measurement.services.targets import set_target
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


def enter(world, indicator, value, version=0, **kw):
    return save_entry(world.operator, indicator, TW1, {"nilai": value}, version=version, **kw).realisasi


def result(indicator, period=TW1):
    """The stored figure as the read model shows it, with the convention its explanation used."""
    f = figure_of(indicator, period)
    return SimpleNamespace(capaian=f.capaian, predicate=f.predikat, explanation_id=f.explanation_id,
                           convention=f.explanation.capaian.convention if f.explanation.capaian else "",
                           status=f.capaian_status)


def test_higher_is_better(world):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "80"})
    enter(world, ind, "60")
    r = result(ind)
    assert r.capaian == Decimal("75")
    assert r.convention == "r/t"
    assert r.predicate == "Sedang"  # 66 ≤ 75 < 76
    assert "60 / 80 × 100%" in r.explanation_id


def test_lower_is_better_default_2t_minus_r(world):
    ind = world.indicator(satuan="kasus", polarity="negatif", targets={"2025-Q1": "10"})
    enter(world, ind, "5")
    r = result(ind)
    assert r.capaian == Decimal("150")
    assert r.convention == "2t-r"
    assert "(2 × 10 − 5) / 10 × 100% = 150%" in r.explanation_id
    assert "semakin kecil semakin baik" in r.explanation_id


def test_lower_is_better_pemda_setting_t_over_r(world):
    world.pemda.lower_is_better_convention = "t/r"
    world.pemda.save()
    ind = world.indicator(satuan="kasus", polarity="negatif", targets={"2025-Q1": "10"})
    enter(world, ind, "8")
    r = result(ind)
    assert r.capaian == Decimal("125")
    assert r.convention == "t/r"


def test_indicator_overrides_pemda_convention(world):
    ind = world.indicator(satuan="kasus", polarity="negatif", convention="t/r", targets={"2025-Q1": "10"})
    enter(world, ind, "8")
    assert result(ind).convention == "t/r"
    assert result(ind).capaian == Decimal("125")


def test_floor_and_ceiling_from_pemda(world):
    world.pemda.capaian_ceiling = Decimal("120")
    world.pemda.save()
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    enter(world, ind, "20")
    assert result(ind).capaian == Decimal("120")


@pytest.mark.parametrize("value,expected", [("85", "100"), ("70", "87.5"), ("99", "110")])
def test_range_target_compares_with_nearer_bound(world, value, expected):
    ind = world.indicator(targets={"2025-Q1": "80–90%"})
    enter(world, ind, value)
    assert result(ind).capaian.normalize() == Decimal(expected).normalize()


def test_predicate_target_compares_scores(world):
    ind = world.indicator(satuan="predikat", period_type="tahunan", targets={"2025": "WTP"})
    from kinerja.periods import Period

    year = Period.of_year(2025)
    save_entry(world.operator, ind, year, {"nilai": "WDP"}, version=0)
    r = result(ind, year)
    assert r.capaian == Decimal("75")  # WDP (3) / WTP (4)
    assert "WDP" in r.explanation_id


def test_pk_perubahan_replaces_target_and_keeps_original(world):
    from kinerja.periods import Period

    ind = world.indicator(satuan="orang", period_type="tahunan", targets={"2025": "100"})
    year = Period.of_year(2025)
    revised = set_target(ind, "pk_perubahan", year, "80", reason="Refocusing anggaran", decree_number="12/2025")
    assert revised.revises.raw == "100"
    save_entry(world.operator, ind, year, {"nilai": "80"}, version=0)
    judged = figure_of(ind, year)
    assert judged.target_raw == "80"
    assert judged.capaian == Decimal("100")


def test_missing_realisasi_is_unknown_not_zero(world):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "80"})
    judged = figure_of(ind, TW1)
    assert judged.capaian_status == "unknown"
    assert judged.capaian is None
    assert "bukan 0%" in judged.explanation_id

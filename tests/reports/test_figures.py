"""Figures read the stored capaian in bulk and recompute only what a later change made stale."""
from __future__ import annotations

from decimal import Decimal

from kinerja.capaian.periods import Period
from kinerja.measurement.models import CapaianResult, Realisasi
from kinerja.measurement.services.compute import set_target
from kinerja.reports.services.figures import figures, target_value

TW1 = Period.quarter(2025, 1)


def _reported(world, value="45"):
    ind = world.indicator_a
    set_target(ind, "rencana_aksi", TW1, "90")
    Realisasi.objects.create(agency=world.agency, indicator=ind, period=TW1.key, year=2025, direct_raw=value,
                             direct_value=Decimal(value), value=Decimal(value), value_status="ok")
    return ind


def test_a_realisasi_never_computed_is_computed(world):
    ind = _reported(world)
    figure = figures(world.agency, [ind], [TW1])[(ind.pk, TW1.key)]
    assert figure.target == Decimal("90") and figure.realisasi == Decimal("45")
    assert figure.capaian == Decimal("50") and figure.predikat == "Sangat Rendah"


def test_a_fresh_stored_capaian_is_read_as_stored(world):
    ind = _reported(world)
    CapaianResult.objects.create(agency=world.agency, indicator=ind, period=TW1.key, year=2025, target_raw="90",
                                 realisasi_value=Decimal("45"), capaian=Decimal("77.7"), status="ok", predicate="X")
    figure = figures(world.agency, [ind], [TW1])[(ind.pk, TW1.key)]
    assert figure.capaian == Decimal("77.7") and figure.predikat == "X"


def test_a_stored_capaian_judged_against_an_old_target_is_recomputed(world):
    ind = _reported(world)
    CapaianResult.objects.create(agency=world.agency, indicator=ind, period=TW1.key, year=2025, target_raw="60",
                                 realisasi_value=Decimal("45"), capaian=Decimal("75"), status="ok", predicate="Sedang")
    figure = figures(world.agency, [ind], [TW1])[(ind.pk, TW1.key)]
    assert figure.target_raw == "90" and figure.capaian == Decimal("50")


def test_nothing_reported_is_unknown_not_zero(world):
    set_target(world.indicator_b, "rencana_aksi", TW1, "3")
    figure = figures(world.agency, [world.indicator_b], [TW1])[(world.indicator_b.pk, TW1.key)]
    assert figure.realisasi is None and figure.capaian is None and figure.target == 3


def test_target_values_are_numbers_where_they_read_as_numbers():
    assert target_value("1.250") == Decimal("1250")
    # The unit goes to the SATUAN column, so the target cell keeps only the number.
    assert target_value("1 Dokumen") == Decimal("1") and target_value("80%") == Decimal("80")
    assert target_value("WTP") == "WTP"
    assert target_value("") is None

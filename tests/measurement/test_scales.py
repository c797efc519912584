"""Predicate scales stored as data: the Permendagri default, an agency's own, every band boundary."""
from decimal import Decimal

import pytest

from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.measurement.figures import figure_of
from kinerja.measurement.services.entry import save_entry
from kinerja.measurement.services.scales import scale_for, store_scale, to_scale
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


@pytest.mark.parametrize("realisasi,label", [
    ("91", "Sangat Tinggi"), ("90,99", "Tinggi"), ("76", "Tinggi"), ("75,99", "Sedang"), ("66", "Sedang"),
    ("65,99", "Rendah"), ("51", "Rendah"), ("50,99", "Sangat Rendah"), ("0", "Sangat Rendah"),
])
def test_every_permendagri_boundary(world, realisasi, label):
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save_entry(world.operator, ind, TW1, {"nilai": realisasi}, version=0)
    assert figure_of(ind, TW1).predikat == label


def test_default_scale_round_trips_through_the_database(world):
    row = store_scale(world.pemda, PERMENDAGRI_86_2017)
    assert to_scale(row).ordered() == PERMENDAGRI_86_2017.ordered()
    assert scale_for(world.agency).name == PERMENDAGRI_86_2017.name


AGENCY_SCALE = Scale("Indeks internal", (
    Band(Decimal(90), False, Decimal(100), True, "A", "Memuaskan", "#1b5e20"),
    Band(Decimal(80), False, Decimal(90), True, "BB", "Sangat Baik"),
    Band(None, False, Decimal(80), True, "C", "Kurang"),
))


@pytest.mark.parametrize("realisasi,label", [("90", "BB"), ("90,01", "A"), ("100", "A"), ("80", "C"),
                                             ("80,5", "BB"), ("101", "")])
def test_agency_scale_with_exclusive_lower_bounds(world, realisasi, label):
    store_scale(world.pemda, PERMENDAGRI_86_2017)
    store_scale(world.pemda, AGENCY_SCALE, agency=world.agency)
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save_entry(world.operator, ind, TW1, {"nilai": realisasi}, version=0)
    result = figure_of(ind, TW1)
    assert (result.predikat or "") == label
    if not label:
        assert "tidak masuk pita" in result.explanation_id  # shown, never dropped


def test_agency_scale_colour_is_kept(world):
    store_scale(world.pemda, AGENCY_SCALE, agency=world.agency)
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save_entry(world.operator, ind, TW1, {"nilai": "95"}, version=0)
    assert figure_of(ind, TW1).colour == "#1b5e20"

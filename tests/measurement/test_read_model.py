"""The read model: stored figures with their workflow status, as every page and document shows them."""
from __future__ import annotations

from decimal import Decimal

from kinerja.measurement.figures import Targets, figure_of, figures, judged_against, target_value
from kinerja.measurement.models import Figure, Realisasi
from kinerja.measurement.services import workflow
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1, YEAR = Period.quarter(2025, 1), Period.of_year(2025)


def _enter(world, ind, q, value):
    return save_entry(world.operator, ind, Period.quarter(2025, q), {"nilai": value}, version=0).realisasi


def test_a_year_is_verified_only_when_every_quarter_it_uses_is(world):
    ind = world.indicator(satuan="orang", aggregation="sum", targets={"2025": "40"})
    entered = [_enter(world, ind, q, "10") for q in range(1, 5)]
    for r in entered[:3]:
        workflow.submit(world.operator, r)
        workflow.verify(world.planner, r)
    assert figure_of(ind, TW1).verified and figure_of(ind, YEAR).workflow == "draft"
    workflow.submit(world.operator, entered[3])
    workflow.verify(world.planner, entered[3])
    year = figure_of(ind, YEAR)
    assert year.verified and year.realisasi == 40 and year.capaian_shown() == Decimal("100.00")


def test_a_pair_without_a_figure_is_an_empty_view_and_the_queries_are_few(world, django_assert_max_num_queries):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    _enter(world, ind, 1, "5")
    with django_assert_max_num_queries(4):
        shown = figures(world.agency, [ind], [TW1, Period.quarter(2030, 1)])
    assert shown[(ind.pk, TW1.key)].stored and shown[(ind.pk, TW1.key)].capaian == 50
    nothing = shown[(ind.pk, "2030-Q1")]
    assert not nothing.stored and nothing.capaian is None and nothing.realisasi is None


def test_the_figure_rows_are_what_the_view_shows(world):
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    _enter(world, ind, 1, "90,995")
    row = Figure.objects.get(indicator=ind, period=TW1.key)
    view = figure_of(ind, TW1)
    assert row.capaian == float(view.capaian) and row.predicate == view.predikat == "Tinggi"
    assert view.capaian_text("en") == "90.995%" and view.capaian_shown() == Decimal("90.995")


def test_targets_and_a_judgement_against_another_target(world):
    ind = world.indicator(satuan="orang", period_type="tahunan", targets={"2025": "100"})
    save_entry(world.operator, ind, YEAR, {"nilai": "80"}, version=0)
    assert Targets([ind], [2025]).of_kind(ind, ("pk",), YEAR).raw == "100"
    assert judged_against(world.agency, ind, Decimal("80"), "160") == Decimal("50")
    assert judged_against(world.agency, ind, None, "160") is None
    assert Realisasi.objects.get(indicator=ind).complete


def test_target_values_are_numbers_where_they_read_as_numbers():
    assert target_value("1.250") == Decimal("1250")
    assert target_value("1 Dokumen") == Decimal("1") and target_value("80%") == Decimal("80")
    assert target_value("WTP") == "WTP" and target_value("80-90") == "80-90"
    assert target_value("") is None

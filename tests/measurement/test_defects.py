"""One regression test per defect of issue 9, each failing on the code before the one computation."""
from __future__ import annotations

import io
from decimal import Decimal

from docx import Document as open_docx
from openpyxl import load_workbook

from kinerja.documents import build_pengukuran, render
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Realisasi
from kinerja.measurement.services import targets, workflow
from kinerja.measurement.services.derive import recompute_agency
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period
from kinerja.reports.services.documents import lkjip, pengukuran

TW1 = Period.quarter(2025, 1)
Y2024, Y2025 = Period.of_year(2024), Period.of_year(2025)


def save(world, ind, period, values, user=None):
    current = Realisasi.objects.filter(indicator=ind, period=period.key).first()
    return save_entry(user or world.operator, ind, period, values, version=current.version if current else 0,
                      confirmed=True)


# --- stale dependents ------------------------------------------------------------------------------

def test_correcting_last_year_moves_this_years_growth_everywhere(world):
    ind = world.indicator("(x - x[n-1]) / x[n-1] * 100", {"x": ("Jumlah penempatan", "orang")}, satuan="%",
                          period_type="tahunan", targets={"2025": "10"})
    save(world, ind, Y2024, {"x": "100"})
    save(world, ind, Y2025, {"x": "120"})
    assert figure_of(ind, Y2025).value == Decimal("20")
    save(world, ind, Y2024, {"x": "80"})   # a correction of last year
    assert figure_of(ind, Y2025).value == Decimal("50")
    assert pengukuran_row_year(world, ind) == Decimal("50")
    assert recompute_agency(world.agency) == 0


def pengukuran_row_year(world, ind):
    return next(r.realisasi for r in lkjip(world.agency, 2025).rows if r.indikator == ind.name)


def test_correcting_a_past_quarter_moves_every_later_running_total(world):
    ind = world.indicator("x / (total - cumsum(x, n-1)) * 100",
                          {"x": ("IKM dibina", "unit"), "total": ("IKM terdata", "unit")}, satuan="%")
    for period, x in ((Period.quarter(2024, 3), "10"), (Period.quarter(2024, 4), "10"), (TW1, "8")):
        save(world, ind, period, {"x": x, "total": "100"})
    assert figure_of(ind, TW1).value == Decimal(repr(8 / 80 * 100))
    save(world, ind, Period.quarter(2024, 3), {"x": "30", "total": "100"})
    assert figure_of(ind, TW1).value == Decimal(repr(8 / 60 * 100))
    assert recompute_agency(world.agency) == 0


# --- edits recompute ---------------------------------------------------------------------------------

def test_formula_rule_and_polarity_edits_recompute_quarters_and_year_alike(world):
    ind = world.indicator("a / b * 100", {"a": ("A", "orang"), "b": ("B", "orang")}, satuan="%",
                          aggregation="sum", targets={"2025": "40", "2025-Q1": "10"})
    for q, (a, b) in zip(range(1, 5), (("5", "10"), ("1", "10"), ("2", "10"), ("3", "10"))):
        save(world, ind, Period.quarter(2025, q), {"a": a, "b": b})
    assert figure_of(ind, TW1).value == 50 and figure_of(ind, Y2025).value == 110
    ind.formula = {"kind": "difference", "expression": "b - a", "variables": {"a": "A", "b": "B"}}
    ind.save()
    assert figure_of(ind, TW1).value == 5 and figure_of(ind, Y2025).value == 29   # 5 + 9 + 8 + 7
    ind.aggregation = "last"
    ind.save()
    assert figure_of(ind, Y2025).value == 7
    before = figure_of(ind, Y2025).capaian
    ind.polarity = "negatif"
    ind.save()
    assert figure_of(ind, Y2025).capaian != before and figure_of(ind, Y2025).capaian == Decimal("182.5")
    assert recompute_agency(world.agency) == 0


def test_a_target_revision_moves_the_figure_at_once(world):
    ind = world.indicator(satuan="orang", period_type="tahunan", targets={"2025": "100"})
    save(world, ind, Y2025, {"nilai": "80"})
    assert figure_of(ind, Y2025).capaian == 80
    targets.revise_pk(ind, 2025, "80", "Refocusing anggaran", "12/2025")
    assert figure_of(ind, Y2025).capaian == 100
    targets.withdraw_revision(ind, 2025)
    assert figure_of(ind, Y2025).capaian == 80


# --- documents ----------------------------------------------------------------------------------------

def test_a_predicate_realisasi_is_stored_and_printed(world):
    ind = world.indicator(satuan="predikat", period_type="tahunan", targets={"2025": "WTP"})
    save(world, ind, Y2025, {"nilai": "WDP"})
    figure = figure_of(ind, Y2025)
    assert figure.realisasi == "WDP" and figure.capaian == 75
    row = next(r for r in lkjip(world.agency, 2025).rows if r.indikator == ind.name)
    assert row.realisasi == "WDP" and row.capaian == Decimal("75.00")


def test_capaian_prints_band_preserving_in_every_format(world):
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save(world, ind, TW1, {"nilai": "90,995"})
    assert figure_of(ind, TW1).capaian_text() == "90,995%" and figure_of(ind, TW1).predikat == "Tinggi"
    document = build_pengukuran(pengukuran(world.agency, 2025, 1))
    text = [c.text for t in open_docx(io.BytesIO(render(document, "docx"))).tables for r in t.rows for c in r.cells]
    assert "90,995" in text and "91" not in text
    sheet = load_workbook(io.BytesIO(render(document, "xlsx"))).active
    cell = next(c for row in sheet.iter_rows() for c in row if isinstance(c.value, float) and 0.9 < c.value < 0.92)
    assert cell.number_format == "0.000%"


def test_a_returned_realisasi_is_marked_and_left_out_of_verified_only(world):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    r = save(world, ind, TW1, {"nilai": "8"}).realisasi
    workflow.submit(world.operator, r)
    workflow.return_to_operator(world.planner, r, "Bukti dukung kurang")
    row = pengukuran(world.agency, 2025, 1).rows[0]
    assert row.realisasi == 8 and row.keterangan == "Dikembalikan"
    strict = pengukuran(world.agency, 2025, 1, verified_only=True).rows[0]
    assert strict.realisasi is None and strict.capaian is None and "tidak dicetak" in strict.keterangan
    workflow.submit(world.operator, r)
    workflow.verify(world.planner, r)
    assert pengukuran(world.agency, 2025, 1, verified_only=True).rows[0].realisasi == 8


# --- workflow gaps --------------------------------------------------------------------------------------

def test_a_complete_entry_with_an_undefined_value_submits_with_its_reason(world):
    ind = world.indicator("a / b * 100", {"a": ("Kasus selesai", "kasus"), "b": ("Kasus masuk", "kasus")},
                          targets={"2025-Q1": "80"})
    r = save(world, ind, TW1, {"a": "0", "b": "0"}).realisasi
    workflow.submit(world.operator, r)
    assert Realisasi.objects.get(pk=r.pk).status == "submitted"
    figure = figure_of(ind, TW1)
    assert figure.capaian_status == "undefined" and "pembagian dengan nol" in figure.explanation_id


def test_growth_without_its_base_year_submits_and_names_the_missing_year(world):
    ind = world.indicator("(x - x[n-1]) / x[n-1] * 100", {"x": ("Jumlah penempatan", "orang")},
                          targets={"2025-Q1": "10"})
    r = save(world, ind, TW1, {"x": "120"}).realisasi
    workflow.submit(world.operator, r)
    figure = figure_of(ind, TW1)
    assert "nilai 'x' untuk periode TW IV 2024 belum ada" in figure.explanation_id
    assert "belum dilaporkan" not in figure.explanation_id
    assert "no value for 'x' in period Q4 2024" in figure.explanation_en

"""The SKP .xlsx: the e-Kinerja form's columns in order, text stays text, anything the catalog holds fits."""
from __future__ import annotations

import io
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from kinerja.skp.model import EvidenceLink, IkiRow, IndicatorFacts, PeriodFact, Person, SkpDraft, Supported
from kinerja.skp.render_xlsx import HASIL_KERJA_COLUMNS, PERIODIC_COLUMNS, REALISASI_COLUMNS, render_skp_xlsx
from kinerja.skp.rows import skp_rows


def _draft(name: str = "Persentase IKM yang dibina", sasaran: str = "Meningkatnya pembinaan IKM") -> SkpDraft:
    rows = (IkiRow(1, name, "%", sasaran, "ratio_percent", supports=Supported("IKU", "Sasaran atasan")),)
    periods = tuple(PeriodFact(f"2024-Q{q}", str(20 * q), True, Decimal(21 * q), status="verified",
                               evidence=(EvidenceLink("foto.pdf", "https://kinerja.example/bukti/1/"),) if q == 1
                               else ()) for q in range(1, 5))
    mapped = skp_rows(rows, {1: IndicatorFacts(pk_target_raw="80", periods=periods)})
    return SkpDraft(2024, "Dinas Contoh", "Kabupaten Contoh", 9, Person("Siti", "1980", "Penata", "Kepala Seksi",
                                                                         "Seksi A"), None, mapped)


def _row_of(ws, title: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == title)


def test_the_sheets_and_their_columns_in_form_order():
    wb = load_workbook(io.BytesIO(render_skp_xlsx(_draft())))
    assert wb.sheetnames == ["SKP", "Perilaku Kerja", "Target Periodik", "Realisasi"]
    ws = wb["SKP"]
    header = _row_of(ws, "NO")
    assert tuple(c.value for c in ws[header][:len(HASIL_KERJA_COLUMNS)]) == HASIL_KERJA_COLUMNS
    first = [c.value for c in ws[header + 3][:9]]
    assert first == [1, "Sasaran atasan", "Meningkatnya pembinaan IKM", "Kualitas", "Persentase IKM yang dibina",
                     "80 %", 80, 80, "%"]
    assert tuple(c.value for c in wb["Target Periodik"][1]) == PERIODIC_COLUMNS
    assert [c.value for c in wb["Target Periodik"][2]] == [1, "Persentase IKM yang dibina", "80 %", "20", "40", "60",
                                                          "80"]
    realisasi = wb["Realisasi"]
    assert tuple(c.value for c in realisasi[1]) == REALISASI_COLUMNS
    assert [c.value for c in realisasi[2]][:7] == [1, "Persentase IKM yang dibina", "TW I", "20", 21, "Terverifikasi",
                                                  "foto.pdf: https://kinerja.example/bukti/1/"]
    assert realisasi.max_row == 5
    assert [c.value for c in wb["Perilaku Kerja"]["B"]][1:] == ["Berorientasi Pelayanan", "Akuntabel", "Kompeten",
                                                                "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]


def test_text_that_looks_like_a_formula_stays_text():
    wb = load_workbook(io.BytesIO(render_skp_xlsx(_draft(name='=HYPERLINK("http://x","klik")', sasaran="+1+1"))))
    ws = wb["SKP"]
    row = _row_of(ws, "NO") + 3
    assert ws.cell(row, 5).data_type == "s" and ws.cell(row, 5).value.startswith("=HYPERLINK")
    assert ws.cell(row, 3).data_type == "s"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_any_catalog_text_makes_a_workbook(name, sasaran):
    wb = load_workbook(io.BytesIO(render_skp_xlsx(_draft(name=name, sasaran=sasaran))))
    assert wb["SKP"].max_row > 10

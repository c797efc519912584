"""Pengukuran Kinerja per quarter: unknown realisasi prints as "–", never as 0."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document as open_docx

from kinerja.documents import DocumentError, build_pengukuran, render

from .conftest import open_xlsx, pdf_check, save, squash


def _row(doc, indikator):
    for table in doc.tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if indikator in cells:
                return cells
    raise AssertionError(indikator)


def test_docx_rows(pengukuran):
    data = render(build_pengukuran(pengukuran), "docx")
    save("pengukuran.docx", data)
    doc = open_docx(io.BytesIO(data))
    assert _row(doc, "Tingkat Kesempatan Kerja")[3:] == ["%", "95,5", "94,87", "99,34", "Sangat Tinggi", ""]
    assert _row(doc, "Tingkat Produktivitas Tenaga Kerja")[3:] == ["Rp/jam", "19.970,25", "–", "–", "–", ""]


def test_pdf(pengukuran):
    pages, text = pdf_check("pengukuran", render(build_pengukuran(pengukuran), "pdf"))
    flat = squash(text)
    assert pages == 1
    for expected in ("PENGUKURAN KINERJA", "TRIWULAN II TAHUN 2024", "CAPAIAN (%)", "PREDIKAT", "99,34",
                     "Sangat Tinggi", "Martapura, 10 Juli 2024", "Hj. ST Mahmudah, SH.MH"):
        assert expected in flat, expected
    assert "19.970,25 – – –" in flat


def test_xlsx_capaian_is_a_percentage_number(pengukuran):
    wb = open_xlsx(render(build_pengukuran(pengukuran), "xlsx"))
    ws = wb["TW II 2024"]
    rows = {ws.cell(r, 3).value: [ws.cell(r, c) for c in range(1, 9)] for r in range(1, ws.max_row + 1)}
    cells = rows["Tingkat Kesempatan Kerja"]
    assert cells[6].value == pytest.approx(0.9934) and cells[6].number_format == "0.00%"
    assert cells[5].value == pytest.approx(94.87)
    missing = rows["Tingkat Produktivitas Tenaga Kerja"]
    assert [c.value for c in missing[5:8]] == ["–", "–", "–"]
    assert ws.freeze_panes is not None  # the header stays in view


@pytest.mark.parametrize("quarter", [0, 5])
def test_bad_quarter(pengukuran, quarter):
    with pytest.raises(DocumentError):
        build_pengukuran(replace(pengukuran, triwulan=quarter))

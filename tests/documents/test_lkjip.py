"""LKjIP Bab III: this year, the past years side by side, the Renstra end target, and the narrative."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT

from kinerja.documents import DocumentError, build_lkjip, render

from .conftest import docx_text, open_xlsx, pdf_check, save, squash


def test_docx_tables_and_narrative(lkjip):
    data = render(build_lkjip(lkjip), "docx")
    save("lkjip.docx", data)
    doc = open_docx(io.BytesIO(data))
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert len(doc.tables) == 3
    comparison = doc.tables[1]
    assert [c.text for c in comparison.rows[1].cells][4:] == ["2021", "2022", "2023", "2024"] * 2
    text = docx_text(data)
    for expected in ("BAB III", "AKUNTABILITAS KINERJA", "TARGET AKHIR RENSTRA (2021–2026)", "REALISASI S.D. TAHUN 2024",
                     "Faktor pendukung", "Kerja sama dengan 42 perusahaan.", "Bursa kerja daring.",
                     "Faktor penghambat", "Upaya yang dilakukan", "17.100", "84,09"):
        assert expected in text, expected
    # a sasaran without narrative gets no empty heading
    assert "Sasaran 2" not in text


def test_pdf(lkjip):
    pages, text = pdf_check("lkjip", render(build_lkjip(lkjip), "pdf"))
    flat = squash(text)
    assert pages == 3
    for expected in ("BAB III", "Tabel 3.1", "Tabel 3.2", "Tabel 3.3", "Faktor penghambat", "Data BPS terlambat terbit."):
        assert expected in flat, expected


def test_xlsx_three_sheets_with_numbers(lkjip):
    wb = open_xlsx(render(build_lkjip(lkjip), "xlsx"))
    assert wb.sheetnames == ["Capaian 2024", "Perbandingan Tahunan", "Target Renstra"]
    ws = wb["Perbandingan Tahunan"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 3).value == "Tingkat Kesempatan Kerja")
    values = [ws.cell(row, c).value for c in range(5, 13)]
    assert values[:4] == [94.2, 95.0, "–", 96.12]
    assert values[4:] == [pytest.approx(0.991), pytest.approx(1.002), "–", pytest.approx(1.0065)]


def test_comparison_years_must_be_in_the_past(lkjip):
    with pytest.raises(DocumentError):
        build_lkjip(replace(lkjip, past_years=[2023, 2024]))

"""Perjanjian Kinerja: statement page signed by both parties, Lampiran of targets and programmes."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document as open_docx

from kinerja.documents import DocumentError, build_perjanjian, render

from .conftest import docx_text, open_xlsx, pdf_check, save, squash


def test_docx_has_both_signatories_and_the_lampiran(perjanjian):
    data = render(build_perjanjian(perjanjian), "docx")
    save("perjanjian.docx", data)
    text = docx_text(data)
    for expected in ("PERJANJIAN KINERJA TAHUN 2024", "pihak pertama", "pihak kedua", "Pihak Pertama,",
                     "Pihak Kedua,", "Hj. ST Mahmudah, SH.MH", "NIP. 19751108 199903 2 005", "H. Saidi Mansyur",
                     "BUPATI BANJAR", "Martapura, 2 Januari 2024", "Tingkat Kesempatan Kerja", "95,5",
                     "19.970,25", "1 Dokumen", "1.250.000.000", "1.737.500.000", "JUMLAH"):
        assert expected in text, expected
    doc = open_docx(io.BytesIO(data))
    assert len(doc.sections) == 2  # the Lampiran starts on its own page


def test_acting_head_is_printed_as_plt(perjanjian):
    pk = replace(perjanjian, pihak_pertama=replace(perjanjian.pihak_pertama, acting="Plt"))
    text = docx_text(render(build_perjanjian(pk), "docx"))
    assert "Plt. Kepala Dinas Tenaga Kerja dan Transmigrasi" in text  # in the statement
    assert "Plt. KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI" in text  # above the signature


def test_unknown_acting_status_is_refused(perjanjian):
    pk = replace(perjanjian, pihak_pertama=replace(perjanjian.pihak_pertama, acting="Pj"))
    with pytest.raises(DocumentError):
        render(build_perjanjian(pk), "docx")


def test_pdf_pages_and_texts(perjanjian):
    pages, text = pdf_check("perjanjian", render(build_perjanjian(perjanjian), "pdf"))
    flat = squash(text)
    assert pages == 2
    statement, lampiran = text.split("\f")[:2]
    assert "pihak pertama" in statement and "Hj. ST Mahmudah" in statement
    assert "SASARAN STRATEGIS" in lampiran and "1.737.500.000" in lampiran
    assert "Martapura, 2 Januari 2024" in flat


def test_xlsx_targets_and_budgets_are_numbers(perjanjian):
    wb = open_xlsx(render(build_perjanjian(perjanjian), "xlsx"))
    assert wb.sheetnames == ["Perjanjian Kinerja", "Program"]
    ws = wb["Perjanjian Kinerja"]
    targets = [ws.cell(r, 5).value for r in range(1, ws.max_row + 1)]
    assert 95.5 in targets and 1250 in targets and "1 Dokumen" in targets
    cell = next(ws.cell(r, 5) for r in range(1, ws.max_row + 1) if ws.cell(r, 5).value == 95.5)
    assert cell.number_format == "#,##0.00"
    program = wb["Program"]
    money = [program.cell(r, 3) for r in range(1, program.max_row + 1)
             if isinstance(program.cell(r, 3).value, (int, float))]
    assert [c.value for c in money] == [1_250_000_000, 487_500_000, 1_737_500_000]
    assert all("#,##0" in c.number_format for c in money)


def test_no_rows_is_an_error(perjanjian):
    with pytest.raises(DocumentError):
        build_perjanjian(replace(perjanjian, rows=[]))

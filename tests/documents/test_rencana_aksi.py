"""Rencana Aksi: yearly target split into TW I–IV, landscape, with the cumulative flag."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kinerja.documents import DocumentError, build_rencana_aksi, render
from kinerja.documents.model import RencanaAksiRow

from .conftest import docx_text, open_xlsx, pdf_check, save, squash


def test_docx_quarter_columns(rencana_aksi):
    data = render(build_rencana_aksi(rencana_aksi), "docx")
    save("rencana-aksi.docx", data)
    text = docx_text(data)
    for expected in ("RENCANA AKSI", "TARGET TRIWULAN", "Kumulatif", "Non-kumulatif", "1.250", "950",
                     "19.970,25", "Martapura, 5 Januari 2024"):
        assert expected in text, expected


def test_pdf(rencana_aksi):
    pages, text = pdf_check("rencana-aksi", render(build_rencana_aksi(rencana_aksi), "pdf"))
    flat = squash(text)
    assert pages == 1
    for expected in ("RENCANA AKSI", "TAHUN 2024", "TARGET TRIWULAN", "Jumlah tenaga kerja yang ditempatkan"):
        assert expected in flat


def test_xlsx_quarters_are_numbers_and_missing_is_a_dash(rencana_aksi):
    ws = open_xlsx(render(build_rencana_aksi(rencana_aksi), "xlsx"))["Rencana Aksi"]
    rows = [[ws.cell(r, c).value for c in range(1, 11)] for r in range(1, ws.max_row + 1)]
    first = next(r for r in rows if r[2] == "Jumlah tenaga kerja yang ditempatkan")
    assert first[4:9] == [1250, 300, 650, 950, 1250]
    second = next(r for r in rows if r[2] == "Tingkat Produktivitas Tenaga Kerja")
    assert second[5:8] == ["–", "–", "–"] and second[8] == pytest.approx(19970.25)


def test_quarters_must_be_four(rencana_aksi):
    bad = replace(rencana_aksi, rows=[RencanaAksiRow("S", "I", "%", 10, (1, 2, 3))])
    with pytest.raises(DocumentError):
        build_rencana_aksi(bad)

"""How values are written: Indonesian dates, cell numbers, acting titles."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja.documents import DocumentError
from kinerja.documents.model import Signatory
from kinerja.documents.wording import cell_text, jabatan_text, jabatan_title, place_date, tanggal


@pytest.mark.parametrize("value, expected", [
    ("2023-05-08", "8 Mei 2023"), (date(2024, 12, 31), "31 Desember 2024"), ("Januari 2018", "Januari 2018"),
    ("2023-02-30", "2023-02-30"), (None, ""),
])
def test_tanggal(value, expected):
    assert tanggal(value) == expected


@pytest.mark.parametrize("value, kind, expected", [
    (1234.5, "number", "1.234,5"), (Decimal("0.52"), "percent", "0,52"), (11736080000000, "money", "11.736.080.000.000"),
    (None, "number", "–"), (None, "text", ""), (0, "number", "0"), ("1 Dokumen", "number", "1 Dokumen"),
])
def test_cell_text(value, kind, expected):
    assert cell_text(value, kind) == expected


def test_acting_titles():
    s = Signatory("A", "Kepala Dinas Kesehatan", acting="Plh")
    assert jabatan_title(s) == "Plh. KEPALA DINAS KESEHATAN"
    assert jabatan_text(s) == "Plh. Kepala Dinas Kesehatan"
    with pytest.raises(DocumentError):
        jabatan_title(Signatory("A", "Kepala", acting="Pj."))


def test_place_date_leaves_blanks_to_fill_by_hand():
    assert place_date("Gresik", "2021-01-11") == "Gresik, 11 Januari 2021"
    assert place_date(None, None).startswith("…")

"""Column headers are recognised by meaning, not position."""
from __future__ import annotations

import pytest

from kinerja.importer.columns import classify, header_map


@pytest.mark.parametrize("label, field", [
    ("SASARAN", "sasaran"), ("KINERJA", "sasaran"), ("SASARAN KINERJA", "sasaran"), ("KINERJA UTAMA", "sasaran"),
    ("SASARAN / KINERJA UTAMA", "sasaran"), ("INDIKATOR KINERJA", "indikator"), ("INDIKATOR KINERJA UTAMA", "indikator"),
    ("INDIKATOR KINERJA TUJUAN, SASARAN, PROGRAM (OUTCOME),KEGIATAN (OUTPUT) DAN SUB KEGIATAN", "indikator"),
    ("DIFINISI OPERASIONAL", "definisi"), ("Definisi Operasional", "definisi"),
    ("PENJELASAN/FORMULASI PENGHITUNGAN", "formula_text"), ("FORMULASI PERHITUNGAN", "formula_text"),
    ("Rumus", "formula_text"), ("SUMBER DATA", "sumber_data"), ("PENANGGUNGJAWAB", "penanggung_jawab"),
    ("Penanggung Jawab", "penanggung_jawab"), ("**SATUAN**", "satuan"), ("NO", "number"), ("TARGET 2024", "target"),
])
def test_labels(label, field):
    assert classify(label) == field


def test_header_map_uses_meaning_not_order():
    assert header_map(["SUMBER DATA", "INDIKATOR", "SASARAN"]) == {"sumber_data": 0, "indikator": 1, "sasaran": 2}


def test_data_rows_are_not_headers():
    assert header_map(["Meningkatnya pelayanan administrasi", "Persentase PNS yang dilayani",
                       "Jumlah PNS dilayani / Jumlah PNS x 100%", "Sub Bagian Umum"]) is None
    assert header_map(["INDIKATOR", ""]) is None

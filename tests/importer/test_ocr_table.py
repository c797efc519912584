"""A scanned table whose columns OCR interleaved into plain lines is rebuilt row by row."""
from __future__ import annotations

from kinerja.importer import read_decree_text

SCAN = """INDIKATOR KINERJA INDIVIDU
Kepala Seksi Pasar

TUGAS 1 |Menyusun rencana kegiatan Seksi Pasar
FUNGSI 2 [Melaksanakan pembinaan pedagang
3 |Melaksanakan tugas lain
KINERJA INDIKATOR FORMULASI PERHITUNGAN SUMBER DATA
Meningkatnya | Jumlah pasar yang | Jumlah pasar yang direvitalisasi dibagi jumlah seluruh pasar x 100% Data Pasar
1 pengelolaan pasar direvitalisasi
Persentase pedagang Jumlah pedagang tertib dibagi jumlah pedagang x 100% Data Pedagang
tertib

KEPALA DINAS
"""


def test_rows_are_rebuilt_and_flagged():
    reading = read_decree_text(SCAN)
    catalog = reading.catalog
    assert catalog["positions"][0]["tugas"] == ["Menyusun rencana kegiatan Seksi Pasar"]
    assert catalog["positions"][0]["fungsi"] == ["Melaksanakan pembinaan pedagang", "Melaksanakan tugas lain"]
    rows = catalog["indicators"]
    assert len(rows) == 2
    assert rows[0]["indikator"].startswith("Jumlah pasar yang")
    assert rows[0]["formula_text"].startswith("Jumlah pasar yang direvitalisasi dibagi")
    assert rows[0]["sumber_data"] == "Data Pasar"
    assert rows[1]["indikator"] == "Persentase pedagang tertib"
    assert rows[1]["sasaran"] == rows[0]["sasaran"]
    assert {field for index, field in reading.uncertain if index == 1} >= {"indikator", "formula_text"}
    warned = {w["line"] for w in catalog["warnings"]}
    assert all(source["line"] in warned for source in reading.row_sources)


def test_fraction_over_three_lines_is_written_a_over_b():
    text = SCAN.replace(
        "Persentase pedagang Jumlah pedagang tertib dibagi jumlah pedagang x 100% Data Pedagang\ntertib",
        "Jumlah pedagang tertib\nx100%\nJumlah seluruh pedagang\n\nPersentase pedagang tertib")
    rows = read_decree_text(text).catalog["indicators"]
    assert rows[-1]["indikator"] == "Persentase pedagang tertib"
    assert rows[-1]["formula_text"] == "Jumlah pedagang tertib / Jumlah seluruh pedagang x100%"

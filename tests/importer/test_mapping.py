"""A table the reader cannot infer: zero rows is an error saying what was looked for and what to do
next; the planner's column mapping then reads it."""
from __future__ import annotations

import subprocess
import sys

from kinerja.importer import NoIndicatorRows, read_decree, read_decree_text

UNKNOWN = """KEPUTUSAN KEPALA DINAS PERTANIAN
NOMOR 4 TAHUN 2022
| Uraian | Ukuran Keberhasilan | Cara Menghitung | Asal Data |
| pembinaan petani | banyaknya kelompok tani aktif | kelompok tani yang melapor | rekap penyuluh |
| lanjutan | binaan | tiap triwulan | |
| penyediaan benih | benih tersalur | benih tersalur dibagi benih tersedia | gudang |
"""


def test_zero_rows_is_an_error_that_says_what_was_looked_for_and_what_next():
    reading = read_decree_text(UNKNOWN)
    assert reading.catalog["indicators"] == []
    problem = reading.problem
    assert isinstance(problem, NoIndicatorRows)
    assert "Indikator" in problem.message_id and "Susun kolom" in problem.message_id
    assert "Map columns" in problem.message_en and "1 table" in problem.message_en
    assert reading.tables[0]["rows"][0] == ["Uraian", "Ukuran Keberhasilan", "Cara Menghitung", "Asal Data"]


def test_the_cli_exits_with_the_message_on_zero_rows(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text(UNKNOWN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kinerja.importer.cli", str(path)], capture_output=True, text=True)
    assert done.returncode == 2
    assert "Susun kolom" in done.stderr and "Map columns" in done.stderr


def test_a_mapping_reads_the_table_with_its_header_row_and_joined_rows():
    mapping = {"0": {"columns": {"sasaran": 0, "indikator": 1, "formula_text": 2, "sumber_data": 3},
                     "header_row": 0, "joins": [2]}}
    reading = read_decree(UNKNOWN.encode(), mapping=mapping)
    rows = reading.catalog["indicators"]
    assert [r["indikator"] for r in rows] == ["banyaknya kelompok tani aktif binaan", "benih tersalur"]
    assert rows[0]["sasaran"] == "pembinaan petani lanjutan"
    assert rows[0]["formula_text"] == "kelompok tani yang melapor tiap triwulan"
    assert rows[1]["sumber_data"] == "gudang"
    assert reading.problem is None
    assert all(note["confidence"] <= 1 for note in reading.row_notes)


def test_a_mapping_without_an_indicator_column_is_ignored():
    reading = read_decree_text(UNKNOWN, mapping={"0": {"columns": {"sasaran": 0}}})
    assert reading.catalog["indicators"] == []

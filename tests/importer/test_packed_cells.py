"""A cell that packs several numbered indicators is split into one row per indicator, and flagged."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kinerja.importer import read_decree_text
from kinerja.importer.packed import items

TEXT = """KEPUTUSAN KEPALA DINAS SOSIAL
NOMOR 3 TAHUN 2020
SASARAN\tINDIKATOR KINERJA\tFORMULASI PERHITUNGAN\tSUMBER DATA
Meningkatnya perlindungan sosial\t1. Persentase PMKS yang tertangani2. Jumlah panti yang dibina\t1. Jumlah PMKS tertangani / Jumlah PMKS x 100% 2. Jumlah panti yang dibina\tLaporan Bidang
Meningkatnya layanan\tPersentase aduan 1.234 yang selesai\tJumlah aduan selesai / Jumlah aduan x 100%\tRegister
"""


def test_packed_cell_becomes_one_row_per_indicator_and_is_flagged():
    reading = read_decree_text(TEXT)
    rows = reading.catalog["indicators"]
    assert [r["indikator"] for r in rows] == ["Persentase PMKS yang tertangani", "Jumlah panti yang dibina",
                                              "Persentase aduan 1.234 yang selesai"]
    assert rows[0]["formula_text"] == "Jumlah PMKS tertangani / Jumlah PMKS x 100%"
    assert rows[1]["formula_text"] == "Jumlah panti yang dibina"
    assert rows[0]["sasaran"] == rows[1]["sasaran"] == "Meningkatnya perlindungan sosial"
    assert {(0, "indikator"), (1, "indikator")} <= set(reading.uncertain)
    assert (2, "indikator") not in set(reading.uncertain)
    assert any("2 indikator bernomor" in w["message"] for w in reading.catalog["warnings"])


words = st.lists(st.sampled_from(["Persentase", "Jumlah", "pegawai", "yang", "dibina", "Dokumen", "tersusun"]),
                 min_size=2, max_size=5).map(" ".join)


@given(st.lists(words, min_size=2, max_size=6), st.booleans())
def test_any_numbered_list_run_together_comes_apart(parts, spaced):
    parts = [p[:1].upper() + p[1:] for p in parts]
    joined = ("" if not spaced else " ").join(f"{k}. {p}" for k, p in enumerate(parts, start=1))
    assert items(joined) == parts


@given(st.text(max_size=80))
def test_text_without_a_numbered_list_is_left_whole(text):
    found = items(text)
    assert found is None or len(found) >= 2

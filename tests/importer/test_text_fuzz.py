"""Any text — header words, numbers, pipes, tabs, page marks, in any order — reads without an exception
other than the importer's own, and never yields more rows than it has lines."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.importer import DecreeFormatError, read_decree_text

TOKENS = ["NO", "SASARAN", "INDIKATOR", "KINERJA", "FORMULA", "SUMBER DATA", "PENANGGUNG JAWAB", "SATUAN", "1", "2.",
          "12)", "Persentase", "Jumlah", "yang", "dibagi", "x 100%", "|", "\t", "   ", " ", "Kepala Seksi", "Laporan",
          "Meningkatnya", "Halaman 2", "\f", "1. Nama indikator :", "a. Formula :", "JABATAN :", "TUGAS", "FUNGSI :",
          "INDIKATOR KINERJA INDIVIDU", "A. INDIKATOR KINERJA KEPALA SEKSI X", "KEPALA BIDANG Y,", "NIP. 1970",
          "Menimbang :", "KESATU :", "Ditetapkan di :", "/", "(", ")", "-", "é", "\u00a0"]
LINES = st.lists(st.sampled_from(TOKENS), max_size=14).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, min_size=1, max_size=60))
def test_any_arrangement_of_decree_words_reads(lines):
    text = "\n".join(lines)
    try:
        reading = read_decree_text(text)
    except DecreeFormatError:
        return
    assert len(reading.catalog["indicators"]) <= max(1, len(lines)) * 8
    assert len(reading.row_sources) == len(reading.catalog["indicators"]) == len(reading.row_notes)

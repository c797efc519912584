"""Text extracted from PDFs: tab and markdown tables, continuation cells, page-break rows, IKI sections."""
from __future__ import annotations

from kinerja.importer import read_decree_text

IKU = "\n".join([
    "INDIKATOR KINERJA UTAMA",
    "| SASARAN | INDIKATOR | DEFINISI | FORMULA | PENANGGUNG JAWAB |",
    "|---|---|---|---|---|",
    "| Meningkatnya ekspor | Nilai ekspor | Nilai ekspor daerah | Jumlah nilai ekspor | Kabid Dagang |",
    "|  | Jumlah eksportir baru | Eksportir | Jumlah eksportir baru | Kabid Dagang |",
    "| Meningkatnya pasar | Jumlah pasar | Pasar yang | Jumlah pasar | Kasi Pasar |",
    "|  |  | direvitalisasi |  |  |",
])

IKI = "\n".join([
    "INDIKATOR KINERJA INDIVIDU",
    "1. JABATAN : **KEPALA SEKSI PASAR**",
    "2. TUGAS : - Menyusun rencana kegiatan;",
    "- Melaksanakan tugas lain",
    "3. FUNGSI : -",
    "",
    "KINERJA\tINDIKATOR KINERJA\tPENJELASAN/FORMULASI PENGHITUNGAN\tSUMBER DATA",
    "Meningkatnya pasar\tJumlah pasar\tJumlah pasar direvitalisasi\tSeksi Pasar",
    "\tPersentase pedagang\t$\\frac{\\text{Pedagang aktif}}{\\text{Pedagang}} \\times 100\\%$\t",
    "",
    "INDIKATOR KINERJA INDIVIDU",
    "1. JABATAN : PENGELOLA DATA",
    "2. TUGAS :",
    "- Mengumpulkan data",
    "3. FUNGSI :",
    "KINERJA\tINDIKATOR KINERJA\tPENJELASAN/FORMULASI PENGHITUNGAN\tSUMBER DATA",
    "Tersedianya data\tJumlah data\tJumlah data pasar\tSeksi Pasar",
])


def test_markdown_table_with_continuation_cells_and_page_break_row():
    rows = read_decree_text(IKU).catalog["indicators"]
    assert [r["indikator"] for r in rows] == ["Nilai ekspor", "Jumlah eksportir baru", "Jumlah pasar"]
    assert rows[1]["sasaran"] == "Meningkatnya ekspor"
    assert rows[2]["definisi"] == "Pasar yang direvitalisasi"
    assert all(r["jabatan"] is None for r in rows)


def test_page_break_row_is_warned_at_its_line():
    reading = read_decree_text(IKU)
    assert any(w["line"] == 7 for w in reading.catalog["warnings"])


def test_iki_sections_positions_and_rows():
    catalog = read_decree_text(IKI).catalog
    assert [p["jabatan"] for p in catalog["positions"]] == ["Kepala Seksi Pasar", "Pengelola Data"]
    first, second = catalog["positions"]
    assert first["tugas"] == ["Menyusun rencana kegiatan;", "Melaksanakan tugas lain"]
    assert first["fungsi"] == [] and first["unit"] == "Seksi Pasar"
    assert second["unit"] == "Seksi Pasar"
    rows = catalog["indicators"]
    assert [r["jabatan"] for r in rows] == ["Kepala Seksi Pasar", "Kepala Seksi Pasar", "Pengelola Data"]
    assert rows[1]["sasaran"] == "Meningkatnya pasar"
    assert rows[1]["formula_text"] == "Pedagang aktif / Pedagang x 100%"
    assert rows[1]["sumber_data"] is None
    assert rows[0]["definisi"] is None
    assert catalog["document"]["jenis"] == "IKI"


def test_empty_fungsi_and_empty_source_are_warned():
    messages = [w["message"] for w in read_decree_text(IKI).catalog["warnings"]]
    assert any("FUNGSI Pengelola Data" in m for m in messages)
    assert any("sumber data" in m for m in messages)

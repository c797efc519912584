"""Layouts beyond the seeds: other labels, key–value lines split into cells, numeric dates."""
from __future__ import annotations

from kinerja.importer import read_decree_text

VARIANT = "\n".join([
    "PEMERINTAH PROVINSI CONTOH",
    "BADAN PENDAPATAN DAERAH",
    "KEPUTUSAN KEPALA BADAN",
    "Nomor\t:\t973/55/BAPENDA/2024",
    "Tentang",
    "Indikator Kinerja Individu",
    "Menimbang : bahwa ...",
    "Ditetapkan di\t:\tKota Contoh",
    "Pada tanggal\t:\t05-02-2024",
    "KEPALA BADAN",
    "Ir. Rina Hartati",
    "NIP\t:\t197505052000032001",
    "",
    "INDIKATOR KINERJA INDIVIDU (IKI)",
    "A. Nama Jabatan : KEPALA BIDANG PAJAK DAERAH",
    "B. Unit Kerja : Bidang Pajak Daerah",
    "C. Tugas Pokok : Melaksanakan pemungutan pajak daerah",
    "D. Fungsi :",
    "1. Penyusunan rencana pemungutan;",
    "2. Pelaksanaan penagihan.",
    "",
    "| No | Sasaran Strategis | Indikator Kinerja Individu | Satuan | Formulasi | Sumber Data |",
    "|---|---|---|---|---|---|",
    "| 1 | Meningkatnya PAD | Persentase realisasi pajak daerah | % | Realisasi pajak / target pajak x 100% | SIMPAD |",
])


def test_other_labels_are_understood():
    catalog = read_decree_text(VARIANT).catalog
    position = catalog["positions"][0]
    assert position == {"jabatan": "Kepala Bidang Pajak Daerah", "unit": "Bidang Pajak Daerah",
                        "tugas": ["Melaksanakan pemungutan pajak daerah"],
                        "fungsi": ["Penyusunan rencana pemungutan;", "Pelaksanaan penagihan."]}
    row = catalog["indicators"][0]
    assert row["jabatan"] == "Kepala Bidang Pajak Daerah"
    assert row["sasaran"] == "Meningkatnya PAD"
    assert row["satuan"] == "%"
    assert row["sumber_data"] == "SIMPAD"


def test_header_fields_split_into_cells_are_still_found():
    document = read_decree_text(VARIANT).catalog["document"]
    assert document["pemda"] == "Provinsi Contoh"
    assert document["perangkat_daerah"] == "Badan Pendapatan Daerah"
    assert document["nomor"] == "973/55/BAPENDA/2024"
    assert document["tahun"] == 2024
    assert document["jenis"] == "IKI"
    assert document["ditetapkan_di"] == "Kota Contoh"
    assert document["tanggal"] == "2024-02-05"
    assert document["penandatangan"] == "Ir. Rina Hartati"
    assert document["nip"] == "197505052000032001"

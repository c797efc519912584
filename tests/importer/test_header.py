"""The document header is read from title and signature blocks in their common variants."""
from __future__ import annotations

from kinerja.importer.header import iso_date
from kinerja.importer import read_decree_text

TEXT = """PEMERINTAH KOTA SURAKARTA
BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA

KEPUTUSAN KEPALA BADAN
NOMOR : 800/45/2022
TENTANG
INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU
Menimbang : a. bahwa ...

Ditetapkan di
Pada tanggal

: Surakarta
17 Agustus 2022

KEPALA BADAN
Ir. Bambang Sutejo, M.T.
Pembina Utama Muda
NIP. 19700817 199503 1 002
"""


def test_header_fields():
    document = read_decree_text(TEXT).catalog["document"]
    assert document == {
        "pemda": "Kota Surakarta", "perangkat_daerah": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "nomor": "800/45/2022", "tahun": 2022, "jenis": "IKU+IKI", "ditetapkan_di": "Surakarta",
        "tanggal": "2022-08-17", "penandatangan": "Ir. Bambang Sutejo, M.T.", "nip": "19700817 199503 1 002",
    }


def test_dates():
    assert iso_date("Pada Tanggal : 8 Mei 2023") == "2023-05-08"
    assert iso_date("1 Nopember 2019") == "2019-11-01"
    assert iso_date("Tanggal : Januari 2018") == "Januari 2018"
    assert iso_date("tanpa tanggal") is None


def test_missing_signature_fields_are_null_and_warned():
    catalog = read_decree_text("KEPUTUSAN KEPALA DINAS SOSIAL\nNOMOR 3 TAHUN 2020\nDitetapkan di : Bogor\n").catalog
    assert catalog["document"]["nip"] is None
    assert catalog["document"]["tahun"] == 2020
    assert any("NIP" in w["message"] for w in catalog["warnings"])

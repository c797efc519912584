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
        "pangkat": "Pembina Utama Muda", "tentang": "INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU",
        "menimbang": ["bahwa ..."], "mengingat": [], "diktum": [],
    }


CLAUSES = """KEPUTUSAN KEPALA DINAS PERHUBUNGAN
NOMOR 551/12/2019
TENTANG
INDIKATOR KINERJA UTAMA
DINAS PERHUBUNGAN TAHUN 2019
KEPALA DINAS PERHUBUNGAN,
Menimbang : a. bahwa kinerja perlu diukur
   dengan indikator yang jelas;
b. bahwa perlu menetapkan Keputusan;
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang
Pemerintahan Daerah;
2. Peraturan Bupati Nomor 7 Tahun 2018.
MEMUTUSKAN
Menetapkan : KEPUTUSAN KEPALA DINAS TENTANG INDIKATOR KINERJA UTAMA.
KESATU : Indikator Kinerja Utama sebagaimana tercantum
dalam Lampiran.
KEDUA : Keputusan ini berlaku sejak ditetapkan.
Ditetapkan di : Sungai Raya
"""


def test_menimbang_mengingat_and_diktum_are_kept_verbatim_item_by_item():
    document = read_decree_text(CLAUSES).catalog["document"]
    assert document["tentang"] == "INDIKATOR KINERJA UTAMA DINAS PERHUBUNGAN TAHUN 2019"
    assert document["menimbang"] == ["bahwa kinerja perlu diukur dengan indikator yang jelas;",
                                     "bahwa perlu menetapkan Keputusan;"]
    assert document["mengingat"] == ["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
                                     "Peraturan Bupati Nomor 7 Tahun 2018."]
    assert document["diktum"] == ["Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran.",
                                  "Keputusan ini berlaku sejak ditetapkan."]


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

"""A committed decree keeps its own tentang, pangkat, menimbang, mengingat and diktum, and the decree
Kinerja writes again from it prints them, not generic legal bases the original never cited."""
from __future__ import annotations

import io

import docx

from kinerja.documents import render
from kinerja.importer import read_decree_text
from kinerja.intake.commit import commit_catalog
from kinerja.intake.export import catalog_from_db
from kinerja.reports.services.documents import decree_document

TEXT = """PEMERINTAH KABUPATEN CONTOH
DINAS TENAGA KERJA
KEPUTUSAN KEPALA DINAS TENAGA KERJA
NOMOR 12 TAHUN 2018
TENTANG
INDIKATOR KINERJA UTAMA DINAS TENAGA KERJA TAHUN 2018
KEPALA DINAS TENAGA KERJA,
Menimbang : a. bahwa kinerja dinas perlu diukur;
b. bahwa perlu menetapkan Keputusan Kepala Dinas;
Mengingat : 1. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah;
2. Peraturan Bupati Contoh Nomor 9 Tahun 2016.
MEMUTUSKAN
KESATU : Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran.
KEDUA : Keputusan ini berlaku sejak tanggal ditetapkan.
Ditetapkan di : Contoh
Pada tanggal : 2 Januari 2018
KEPALA DINAS TENAGA KERJA
Drs. Budi Santoso
Pembina Tingkat I
NIP. 19650101 199003 1 001

SASARAN\tINDIKATOR KINERJA\tFORMULASI PERHITUNGAN
Meningkatnya penempatan\tJumlah tenaga kerja yang ditempatkan\tJumlah tenaga kerja yang ditempatkan
"""


def test_the_decree_keeps_its_own_texts_and_prints_them_again(agency):
    catalog = read_decree_text(TEXT).catalog
    decree = commit_catalog(agency, catalog, label="uji")
    decree.refresh_from_db()
    assert decree.tentang == "INDIKATOR KINERJA UTAMA DINAS TENAGA KERJA TAHUN 2018"
    assert decree.pangkat == "Pembina Tingkat I"
    assert decree.menimbang.splitlines() == ["bahwa kinerja dinas perlu diukur;", "bahwa perlu menetapkan Keputusan Kepala Dinas;"]
    assert decree.mengingat.splitlines()[0] == "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah;"
    assert catalog_from_db(decree)["document"]["diktum"] == [
        "Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran.", "Keputusan ini berlaku sejak tanggal ditetapkan."]

    written = docx.Document(io.BytesIO(render(decree_document(decree), "docx")))
    text = "\n".join(p.text for p in written.paragraphs) + "\n".join(
        c.text for t in written.tables for r in t.rows for c in r.cells)
    assert "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah;" in text
    assert "Peraturan Bupati Contoh Nomor 9 Tahun 2016." in text
    assert "Nomor 6 Tahun 2023" not in text  # the generic legal basis of a decree written in the app
    assert "Pembina Tingkat I" in text

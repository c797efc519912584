"""The LHE: the same content in .docx and .pdf; usulan beside penetapan; grade; recommendations."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja.documents import DocumentError, formats_for, render
from kinerja.documents.lhe import Lhe, LheFinding, LheRecommendation, LheScore, build_lhe
from kinerja.documents.model import AgencyInfo, Signatory

from .conftest import docx_text, pdf_check, save, squash

INSPEKTORAT = AgencyInfo(pemda="Kabupaten Banjar", name="Inspektorat Daerah", address="Jalan A. Yani Km. 38",
                         city="Martapura")


def lhe(**kw) -> Lhe:
    values = dict(
        tahun=2024, issuer=INSPEKTORAT, agency="Dinas Tenaga Kerja dan Transmigrasi", instrument="LKE PermenPANRB 88/2021",
        scores=[LheScore("1", "Perencanaan Kinerja", 30, Decimal("24.1"), Decimal("22.35")),
                LheScore("1.a", "Dokumen perencanaan kinerja telah tersedia", 6, 6, Decimal("5")),
                LheScore("2", "Pengukuran Kinerja", 30, Decimal("18.5"), None)],
        total_usulan=Decimal("72.45"), total_penetapan=Decimal("70.10"), grade="BB", grade_label="Sangat Baik",
        summary="Implementasi SAKIP sudah baik.\nPengukuran belum sampai individu.",
        findings=[LheFinding("1.b.5", "Indikator memenuhi kriteria SMART.", "Tiga indikator mengukur proses.")],
        recommendations=[LheRecommendation("Rumuskan ulang indikator proses menjadi indikator hasil.",
                                           "Kasubbag Perencanaan", date(2025, 6, 30))],
        signatory=Signatory("Drs. H. Akhmad Riyadi", "Inspektur Kabupaten Banjar", "Pembina Utama Muda",
                            "19700101 199003 1 001"),
        place="Martapura", tanggal=date(2025, 4, 15))
    values.update(kw)
    return Lhe(**values)


def test_docx_carries_scores_side_by_side_grade_and_recommendations():
    doc = build_lhe(lhe())
    assert formats_for(doc) == ["docx", "pdf", "xlsx"]
    data = render(doc, "docx")
    save("lhe.docx", data)
    text = docx_text(data)
    for expected in ("LAPORAN HASIL EVALUASI", "INSPEKTORAT DAERAH", "TAHUN 2024", "NILAI USULAN", "NILAI PENETAPAN",
                     "22,35", "24,10", "NILAI AKHIR", "72,45", "70,10", "BB (Sangat Baik)",
                     "Rumuskan ulang indikator proses", "Kasubbag Perencanaan", "30 Juni 2025", "1.b.5",
                     "Tiga indikator mengukur proses.", "Martapura, 15 April 2025", "Drs. H. Akhmad Riyadi"):
        assert expected in text, expected
    assert "KONSEP" not in text


def test_pdf_renders_the_same_content():
    pages, text = pdf_check("lhe", render(build_lhe(lhe()), "pdf"))
    flat = squash(text)
    assert pages >= 1
    for expected in ("LAPORAN HASIL EVALUASI", "NILAI PENETAPAN", "70,10", "BB (Sangat Baik)", "E. Rekomendasi",
                     "Kasubbag Perencanaan", "NIP. 19700101 199003 1 001"):
        assert expected in flat, expected
    assert "18,50 –" in flat  # a score not yet set prints as "–", never 0


def test_a_draft_says_so_and_no_recommendation_is_stated():
    text = docx_text(render(build_lhe(lhe(draft=True, recommendations=[], signatory=None)), "docx"))
    assert "KONSEP — BELUM FINAL" in text and "Tidak ada rekomendasi." in text


def test_an_lhe_without_scores_is_refused():
    with pytest.raises(DocumentError):
        build_lhe(lhe(scores=[]))

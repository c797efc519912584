"""Row checks on wording and fields, and the document-level findings."""
from __future__ import annotations

from review_rows import catalog, codes, row

from kinerja.review import review_catalog, review_indicator


def test_state_and_noun_phrase_names_are_not_measures():
    assert "not-a-measure" in codes(review_indicator(row("Terawatnya Kendaraan Dinas dengan Baik", "Jumlah service")))
    assert "not-a-measure" in codes(review_indicator(row("Surat Masuk ke Dinas", "Surat Masuk ke Dinas")))
    assert "not-a-measure" not in codes(review_indicator(row("Indeks Kepuasan Masyarakat", "Nilai IKM")))


def test_output_wording_at_iku_level_only():
    iku = review_catalog(catalog(row("Tersedianya dokumen perencanaan", "1 Dokumen")))
    assert "output-at-iku" in codes(iku)
    iki = review_catalog(catalog(row("Tersedianya dokumen perencanaan", "1 Dokumen", jabatan="Kasubbag"), jenis="IKI"))
    assert "output-at-iku" not in codes(iki)


def test_polarity_hints():
    lower = review_indicator(row("Tingkat Pengangguran Terbuka", "Jumlah penganggur / Jumlah angkatan kerja x 100%"))
    assert [f.severity for f in lower if f.code == "polarity-hint"] == ["info"]
    declared = review_indicator(row("Jumlah kasus perselisihan", "Jumlah kasus", polarity="negatif"))
    assert "polarity-hint" not in codes(declared)


def test_truncated_text_and_restated_definisi():
    found = review_indicator(row("Persentase koperasi yang mengikuti pelatihan kapasitas dan",
                                 "Jumlah koperasi dilatih / Jumlah koperasi x 100%", definisi="1 Dokumen"))
    assert {"truncated-text", "definisi-restates"} <= codes(found)


def test_vague_criterion_unless_defined():
    vague = review_indicator(row("Jumlah dokumen laporan data keuangan yang akurat", "Jumlah dokumen laporan"))
    assert "vague-criterion" in codes(vague)
    defined = review_indicator(row("Jumlah dokumen laporan data keuangan yang akurat", "Jumlah dokumen laporan",
                                   definisi="Laporan akurat adalah laporan yang lolos rekonsiliasi BPKAD tanpa koreksi"))
    assert "vague-criterion" not in codes(defined)


def test_missing_sumber_data_per_row_or_per_decree():
    some = review_catalog(catalog(row("Jumlah pasar", "Jumlah pasar"), row("Jumlah toko", "Jumlah toko"),
                                  row("Jumlah kios", "Jumlah kios", sumber_data=None)))
    assert [(f.row, f.severity) for f in some if f.code == "sumber-data-missing"] == [(2, "warning")]
    none = review_catalog(catalog(row("Jumlah pasar", "Jumlah pasar", sumber_data=None),
                                  row("Jumlah toko", "Jumlah toko", sumber_data=None)))
    decree = [f for f in none if f.code == "sumber-data-missing" and f.row is None]
    assert len(decree) == 1 and decree[0].severity == "warning" and "2 of 2" in decree[0].message_en

"""Checks across rows: duplicates, one formula under two names, a definisi pasted around."""
from __future__ import annotations

from review_rows import catalog, codes, row

from kinerja.review import review_catalog

FORMULA = "Jumlah LPK yang dibina pada tahun n / Jumlah seluruh LPK pada tahun n x 100%"


def test_same_indicator_twice_in_one_jabatan_is_an_error_on_the_second():
    found = review_catalog(catalog(row("Jumlah izin LPK", "Jumlah izin"), row("Jumlah izin LPK", "Jumlah izin")))
    assert [(f.row, f.severity) for f in found if f.code == "duplicate-in-jabatan"] == [(1, "error")]


def test_same_indicator_in_another_jabatan_is_a_cascade_gap():
    found = review_catalog(catalog(row("Jumlah Stand", "Jumlah berkas", jabatan="Kepala Seksi"),
                                   row("Jumlah Stand", "Jumlah berkas", jabatan="Pengelola Data"), jenis="IKI"))
    assert [f.row for f in found if f.code == "duplicate-across-jabatan"] == [1]
    assert "duplicate-in-jabatan" not in codes(found)


def test_same_formula_under_a_different_name():
    found = review_catalog(catalog(row("Persentase Pembinaan LPK Swasta", FORMULA),
                                   row("Jumlah LPK Swasta yang Dibina", FORMULA)))
    assert [f.row for f in found if f.code == "same-formula-different-name"] == [1]


def test_definisi_copied_to_an_unrelated_indicator():
    text = "Perusahaan wajib lapor ketenagakerjaan yang menerapkan program produktivitas, sebanyak 389 perusahaan"
    found = review_catalog(catalog(row("Persentase perusahaan produktif", "Jumlah a / Jumlah b x 100%", definisi=text),
                                   row("Jumlah konsultansi produktivitas", "Jumlah konsultansi", definisi=text)))
    assert [f.row for f in found if f.code == "definisi-copied"] == [1]

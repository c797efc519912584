"""Row checks that look at the formula (through the formula engine)."""
from __future__ import annotations

from review_rows import catalog, codes, row

from kinerja.review import review_catalog, review_indicator

CLEAN = row("Persentase pencari kerja yang ditempatkan",
            "Jumlah pencari kerja yang ditempatkan / Jumlah pencari kerja yang terdaftar x 100%", satuan="%",
            definisi="Pencari kerja yang ditempatkan melalui bursa kerja dibanding yang terdaftar (AK1).")


def test_a_sound_percentage_indicator_raises_nothing():
    assert review_indicator(CLEAN) == []


def test_percent_name_with_count_formula():
    found = review_indicator(row("Persentase dokumen perencanaan yang tersusun", "Jumlah dokumen yang disusun",
                                 satuan="dokumen"))
    assert "name-percent-formula-count" in codes(found)
    first = next(f for f in found if f.code == "name-percent-formula-count")
    assert first.severity == "error" and "Persentase" in first.message_id.title() and first.why_en


def test_count_name_with_percent_formula():
    found = review_indicator(row("Jumlah usaha mikro yang difasilitasi",
                                 "Jumlah usaha mikro yang difasilitasi / Seluruh usaha mikro x 100%", satuan="%"))
    assert "name-count-formula-percent" in codes(found)


def test_numerator_equal_to_denominator():
    found = review_indicator(row("Persentase kendaraan dinas yang terawat",
                                 "Jumlah service kendaraan Dinas / Jumlah service kendaraan Dinas x 100%", satuan="%"))
    assert "numerator-equals-denominator" in codes(found)


def test_constant_formula_is_an_error_for_a_percentage_and_a_warning_for_an_iki_count():
    pct = review_indicator(row("Persentase dokumen keuangan tepat waktu", "100%", satuan="%"))
    assert [f.severity for f in pct if f.code == "constant-formula"] == ["error"]
    cnt = review_catalog(catalog(row("Jumlah sarana pelatihan", "1 Unit", jabatan="Kepala Seksi"), jenis="IKI"))
    assert [f.severity for f in cnt if f.code == "constant-formula"] == ["warning"]


def test_missing_and_name_only_formulas():
    assert "formula-missing" in codes(review_indicator(row("Persentase dokumen", None)))
    found = review_indicator(row("Persentase Barang Milik Daerah yang disediakan",
                                 "Persentase Barang Milik Daerah yang disediakan", satuan="%"))
    assert "formula-no-calculation" in codes(found)


def test_percentage_without_scale():
    found = review_indicator(row("Persentase TKA yang difasilitasi", "Jumlah TKA yang difasilitasi dibagi Jumlah TKA "
                                 "yang mengusulkan", satuan="%"))
    assert "percent-without-scale" in codes(found)


def test_worked_example_product_that_does_not_add_up():
    found = review_indicator(row("Tingkat Produktivitas Tenaga kerja",
                                 "PDRB Harga Konstan : Jumlah Tenaga Kerja : Jumlah jam kerja 1 tahun",
                                 definisi="Jumlah jam kerja 1 tahun = 1920 jam (1 hari 8 Jam X 4 Minggu X 12 Bulan)",
                                 satuan="Rp/jam"))
    bad = [f for f in found if f.code == "example-arithmetic"]
    assert bad and "384" in bad[0].message_en
    right = review_indicator(row("Tingkat Produktivitas Tenaga kerja", "PDRB : Jumlah Tenaga Kerja : Jumlah jam kerja",
                                 definisi="Jumlah jam kerja = 1920 jam (8 Jam X 5 hari X 4 Minggu X 12 Bulan)"))
    assert "example-arithmetic" not in codes(right)


def test_growth_divided_by_the_current_year():
    found = review_indicator(row("Persentase pertumbuhan sertifikat",
                                 "(Jumlah sertifikat tahun n - Jumlah sertifikat tahun n-1) / Jumlah sertifikat tahun n"
                                 " x 100%", satuan="%"))
    assert "growth-denominator" in codes(found)
    sound = review_indicator(row("Persentase pertumbuhan omzet", "(Jumlah omzet tahun n - Jumlah omzet tahun n-1) / "
                                 "Jumlah omzet tahun n-1 x 100%", satuan="%"))
    assert "growth-denominator" not in codes(sound)


def test_circular_percentage_term():
    found = review_indicator(row("Prosentase Usaha Mikro yang di bina",
                                 "Prosentase Usaha Mikro yang di bina : Seluruh Jumlah Usaha Mikro x 100%", satuan="%"))
    assert "circular-variable" in codes(found)


def test_formula_drops_a_quality_condition():
    found = review_indicator(row("Jumlah Laporan SPJ Gaji yang tepat waktu", "Jumlah laporan SPJ gaji", satuan="laporan"))
    assert "formula-drops-qualifier" in codes(found)


def test_name_and_formula_count_different_things():
    found = review_indicator(row("Jumlah Stand", "Jumlah Berkas yang diajukan oleh pihak UPT Pasar setiap bulannya",
                                 satuan="berkas"))
    assert {"name-formula-object", "period-unstated"} <= codes(found)


def test_satuan_that_does_not_fit_the_formula():
    found = review_indicator(row("Persentase dokumen tersusun", "Jumlah dokumen tersusun / Jumlah dokumen x 100%",
                                 satuan="dokumen"))
    assert [f.field for f in found if f.code == "satuan-mismatch"] == ["satuan"]

"""What the surrounding text says: letter definitions, constants, worked examples, the definisi."""
from kinerja.formula import read_formula

SEED_001_TRAINING = ("jumlah Peserta Yang Dilatih Pada Tahun N dibagi Jumlah Angka Pengangguran pada Tahun N "
                     "dikali 100% jumlah yang Dilatih dibagi Angka Pengangguran dikali 100% "
                     "(64 : 12.317 X 100% = 0.52%)")


def test_seed_001_worked_example_reproduces_0_52_percent():
    reading = read_formula(SEED_001_TRAINING)
    assert reading.expression == "peserta_dilatih / angka_pengangguran * 100"
    [check] = reading.checks
    assert check["shown"] == "0,52%" and check["agrees"]
    assert abs(check["computed"] - 64 / 12317 * 100) < 1e-12
    assert not reading.warnings


def test_a_wrong_worked_example_is_reported():
    reading = read_formula("Jumlah A yang lulus dibagi Jumlah A yang ikut x 100% (64 : 12.317 X 100% = 5,2%)")
    assert not reading.checks[0]["agrees"]
    assert any("5,2%" in w["id"] and "0,5%" in w["id"] for w in reading.warnings)
    assert reading.confidence < 0.95


def test_letters_defined_after_keterangan():
    reading = read_formula("Tingkat Kesempatan Kerja (TKK) sama dengan jumlah penduduk yang bekerja dibagi angkatan "
                           "kerja (TKK = a / b x 100%) keterangan : a = Jumlah penduduk Bekerja b = Jumlah Angkatan "
                           "Kerja Untuk jumlah penduduk yang bekerja merujuk pada data statistik")
    assert reading.expression == "penduduk_bekerja / angkatan_kerja * 100"
    assert reading.variables == {"penduduk_bekerja": "Jumlah penduduk Bekerja",
                                 "angkatan_kerja": "Jumlah Angkatan Kerja"}
    assert not reading.warnings


def test_letters_defined_in_the_definisi():
    reading = read_formula("a / b x 100%", definisi="a = Jumlah kasus selesai; b = Jumlah kasus masuk")
    assert reading.expression == "kasus_selesai / kasus_masuk * 100"


def test_undefined_letters_are_flagged():
    reading = read_formula("a / b x 100%")
    assert reading.needs_review


def test_constant_defined_in_the_definisi_replaces_the_phrase():
    reading = read_formula("(PDRB Harga Konstan : Jumlah Tenaga Kerja : Jumlah jam Kerja 1 tahun)",
                           definisi="dasar perhitungan adalah PDRB / Jumlah Tenaga Kerja / Jumlah jam kerja 1 tahun "
                                    "= 1920 jam (1 hari 8 Jam X 4 Minggu X 12 Bulan)")
    assert (reading.kind, reading.expression) == ("ratio", "pdrb_harga_konstan / tenaga_kerja / 1920")


def test_constant_written_in_prose_ditetapkan_sebesar():
    reading = read_formula("Jumlah PDRB harga konstan : Jumlah tenaga kerja : Jumlah jam kerja 1 tahun",
                           definisi="Jumlah jam kerja 1 tahun ditetapkan sebesar 1.920 jam.")
    assert reading.expression is not None and reading.expression.endswith("/ 1920")


def test_formula_in_the_definisi_when_the_cell_holds_a_value():
    reading = read_formula("0,5% Thn 2020", definisi="Jumlah Perusahaan yang memperkerjakan TKA / Jumlah "
                                                     "Perusahaan keseluruhan")
    assert reading.kind == "ratio_percent"
    assert reading.expression == "perusahaan_memperkerjakan_tka / perusahaan_keseluruhan * 100"
    assert reading.needs_review


def test_value_with_a_year_and_no_formula_is_a_flagged_target():
    reading = read_formula("0,5% Thn 2020", definisi="Perusahaan yang memperkerjakan TKA")
    assert (reading.kind, reading.value, reading.satuan) == ("constant_target", 0.5, "%")
    assert any("2020" in w["id"] for w in reading.warnings)

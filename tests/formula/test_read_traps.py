"""The traps of issue 10, in words of our own: each is read right or flagged, never confidently wrong,
and the look-alikes that are ordinary formulas still read normally."""
import pytest

from kinerja.formula import read_formula


def doubt_words(reading) -> str:
    return " | ".join(w.get("words", "") + " " + w["en"] for w in reading.warnings)


# --- no formula in the cell ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cukup jelas", "cukup Jelas.", "-", "Dihitung oleh Badan Pusat Statistik", "Angka dirilis oleh BPS Provinsi",
    "Survey kepuasan pelanggan PDAM", "Survei Indeks Kepuasan Masyarakat tiap semester",
    "Ket: angka diambil dari laporan tahunan Dinas", "Keterangan : bersumber dari aplikasi e-Sakip",
    "Lihat definisi operasional", "Berdasarkan hasil evaluasi Inspektorat Provinsi", "Opini BPK atas LKPD",
    "Indeks Desa Membangun merupakan indeks komposit yang dibentuk dari ketahanan sosial, ekonomi dan lingkungan",
    "Nilai ini adalah ukuran yang diperoleh dari penilaian tim evaluator",
])
def test_a_cell_without_a_formula_is_its_own_reading(text):
    reading = read_formula(text)
    assert (reading.kind, reading.expression, reading.variables) == ("other", None, {})
    assert reading.needs_review
    assert any("no formula" in w["en"] or "description" in w["en"] for w in reading.warnings)


def test_the_doubt_names_the_words_that_decided_it():
    reading = read_formula("Dihitung oleh Badan Pusat Statistik")
    assert reading.warnings[0]["words"] == "Dihitung oleh Badan Pusat Statistik"
    assert "Dihitung oleh" in reading.warnings[0]["id"] and "Dihitung oleh" in reading.warnings[0]["en"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Jumlah laporan yang dihitung dari aplikasi SIPD", "count"),
    ("Survei kepuasan: jumlah responden puas / jumlah responden x 100%", "ratio_percent"),
    ("Hasil panen padi sawah irigasi (ton)", "count"),
])
def test_look_alikes_of_no_formula_still_read(text, kind):
    assert read_formula(text).kind == kind


def test_a_cell_that_repeats_a_count_indicator_is_that_count():
    name = "Jumlah kelompok tani yang dibina"
    reading = read_formula(name, indikator=name)
    assert (reading.kind, reading.expression) == ("count", "kelompok_tani_dibina")
    assert not reading.needs_review


def test_a_cell_that_repeats_a_percentage_indicator_has_no_formula():
    name = "Persentase desa berstatus mandiri"
    reading = read_formula(name, indikator=name)
    assert reading.kind == "other" and reading.needs_review


def test_a_percentage_indicator_whose_formula_is_one_count_is_flagged():
    reading = read_formula("Jumlah desa berstatus mandiri", indikator="Persentase desa berstatus mandiri")
    assert reading.kind == "count" and reading.needs_review
    assert "percentage" in reading.warnings[0]["en"]


@pytest.mark.parametrize(("text", "flagged"), [("Dokumen RPJMD yang ditetapkan", False),
                                               ("Terlaksananya rapat koordinasi lintas sektor", True)])
def test_a_phrase_without_jumlah_is_a_count_as_sure_as_its_head_noun(text, flagged):
    reading = read_formula(text)
    assert reading.kind == "count"
    assert reading.needs_review is flagged


# --- a colon that introduces a list ------------------------------------------------------------------

@pytest.mark.parametrize("cue", ["meliputi :", "terdiri dari:", "yaitu :", "antara lain :", "berupa:"])
def test_a_colon_before_a_list_is_not_division(cue):
    reading = read_formula(f"Jumlah dokumen anggaran yang disahkan {cue} DPA, DPPA dan RKA")
    assert (reading.kind, reading.expression) == ("count", "dokumen_anggaran_disahkan")
    assert reading.variables == {"dokumen_anggaran_disahkan": "Jumlah dokumen anggaran yang disahkan"}


def test_a_colon_between_two_quantities_still_divides():
    reading = read_formula("Jumlah desa yang dibina : jumlah seluruh desa x 100%")
    assert (reading.kind, reading.expression) == ("ratio_percent", "desa_dibina / seluruh_desa * 100")


# --- a fraction whose bar was lost -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jumlah balita yang ditimbang 100% Jumlah balita sasaran",
    "Jumlah balita yang ditimbang Jumlah balita sasaran x 100%",
    "Jumlah balita yang ditimbang\nJumlah balita sasaran",
    "Jumlah balita yang ditimbang x 100% Jumlah balita sasaran",
])
def test_a_lost_fraction_bar_is_flagged_not_a_count(text):
    reading = read_formula(text)
    assert reading.kind != "count"
    assert reading.needs_review
    assert "Jumlah balita sasaran" in doubt_words(reading)


def test_jumlah_total_is_one_quantity():
    reading = read_formula("Jumlah total balita yang ditimbang")
    assert (reading.kind, reading.expression) == ("count", "total_balita_ditimbang")
    assert not reading.needs_review


# --- multipliers other than 100 ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "factor"), [
    ("Jumlah kematian bayi / Jumlah kelahiran hidup x 1.000", 1000),
    ("Jumlah kematian ibu dibagi jumlah kelahiran hidup dikali 100.000", 100000),
    ("Jumlah kematian ibu per 100.000 kelahiran hidup", 100000),
])
def test_a_multiplier_scales_the_ratio_not_the_denominator(text, factor):
    reading = read_formula(text)
    assert reading.kind == "ratio"
    assert reading.expression.endswith(f") * {factor}") or reading.expression.endswith(f" * {factor}")
    assert reading.expression.count("/") == 1 and "(" not in reading.expression.split("/")[1]
    assert not reading.needs_review


def test_an_unusual_multiplier_is_flagged():
    reading = read_formula("Jumlah jam pelayanan / Jumlah petugas x 12")
    assert reading.expression == "jam_pelayanan / petugas * 12"
    assert reading.needs_review


def test_a_parenthesised_product_stays_in_the_denominator():
    reading = read_formula("Jumlah produksi / (Jumlah pekerja x 1.000)")
    assert reading.expression == "produksi / (pekerja * 1000)"


# --- year notation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(Jumlah wisatawan (t) - Jumlah wisatawan (t-1)) / Jumlah wisatawan (t-1) x 100%",
    "Jumlah wisatawan tahun t dikurangi jumlah wisatawan tahun t-1 dibagi jumlah wisatawan tahun t-1 x 100%",
    "((Wt - Wt-1) / Wt-1) x 100%; Wt = Jumlah wisatawan tahun t; Wt-1 = Jumlah wisatawan tahun t-1",
])
def test_t_year_notation_is_growth(text):
    reading = read_formula(text)
    assert reading.kind == "growth_percent"
    assert reading.expression == "(wisatawan - wisatawan[n-1]) / wisatawan[n-1] * 100"


# --- SD the school level, s.d. the span ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["Jumlah siswa SD yang lulus / Jumlah siswa SD x 100%",
                                  "Jumlah siswa SD/MI yang lulus dibagi jumlah siswa SD/MI x 100%"])
def test_sd_the_school_level_is_part_of_the_phrase(text):
    reading = read_formula(text)
    assert reading.kind == "ratio_percent"
    assert len(reading.variables) == 2
    assert all("SD" in phrase for phrase in reading.variables.values())


@pytest.mark.parametrize("span", ["s.d. tahun lalu", "sd tahun lalu", "s/d tahun n-1", "sampai dengan tahun lalu"])
def test_s_d_before_a_year_is_still_a_running_total(span):
    assert read_formula(f"Jumlah desa yang dibina {span}").expression == "cumsum(desa_dibina, n-1)"


# --- Prosentase --------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Prosentase", "Persentase", "Presentase"])
def test_a_percentage_word_opening_a_division_is_a_percentage(word):
    reading = read_formula(f"{word} rumah tangga yang mengakses air bersih dibagi jumlah rumah tangga")
    assert reading.kind == "ratio_percent"
    numerator, denominator = reading.expression.removesuffix(" * 100").split(" / ")
    assert reading.variables[numerator] == f"{word} rumah tangga yang mengakses air bersih"
    assert reading.variables[denominator] == "jumlah rumah tangga"


def test_a_percentage_word_alone_names_a_measure_without_formula():
    reading = read_formula("Prosentase rumah tangga yang mengakses air bersih")
    assert reading.kind == "other" and reading.needs_review


# --- numbers inside phrases ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Jumlah anak usia 5-6 tahun yang ikut PAUD / Jumlah anak usia 5-6 tahun x 100%",
                                  "Jumlah anak usia 5 - 6 tahun yang ikut PAUD / Jumlah anak usia 5 - 6 tahun x 100%"])
def test_a_numeric_range_is_part_of_the_phrase(text):
    reading = read_formula(text)
    assert reading.kind == "ratio_percent"
    assert reading.expression.count("-") == 0
    assert sorted(reading.variables.values())[0].startswith("Jumlah anak usia 5")


def test_a_range_in_a_count():
    reading = read_formula("Jumlah penduduk usia 15-64 tahun yang bekerja")
    assert (reading.kind, len(reading.variables)) == ("count", 1)


def test_a_dash_between_quantities_still_subtracts():
    reading = read_formula("Jumlah izin yang terbit 2024 - Jumlah izin yang dicabut")
    assert reading.kind == "difference"


# --- letters and definitions written in many ways ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a / b x 100%\nDimana :\na : Jumlah desa tangguh bencana\nb : Jumlah desa rawan bencana",
    "A / B x 100%; Ket : A = Jumlah desa tangguh bencana, B = Jumlah desa rawan bencana",
    "A / B x 100%\nKeterangan:\n- A = Jumlah desa tangguh bencana\n- B = Jumlah desa rawan bencana",
])
def test_letters_defined_with_colons_bullets_and_short_labels(text):
    reading = read_formula(text)
    assert reading.expression == "desa_tangguh_bencana / desa_rawan_bencana * 100"
    assert not reading.needs_review


def test_a_definition_phrase_keeps_its_parentheses():
    reading = read_formula("A / B x 100%",
                           definisi="A = Jumlah luas sawah (Ha) yang diairi; B = Jumlah luas sawah (Ha)")
    assert reading.expression == "luas_sawah_ha_diairi / luas_sawah_ha * 100"


def test_numerator_equal_to_denominator_is_flagged():
    reading = read_formula("Jumlah servis kendaraan / Jumlah servis kendaraan x 100%")
    assert reading.needs_review
    assert any("numerator equals the denominator" in w["en"] for w in reading.warnings)


@pytest.mark.parametrize(("text", "kind", "expression"), [
    ("Perbandingan antara jumlah guru dengan jumlah murid", "ratio", "guru / murid"),
    ("Selisih antara Jumlah izin terbit dengan Jumlah izin dicabut", "difference", "izin_terbit - izin_dicabut"),
    ("Jumlah guru dibandingkan dengan jumlah murid x 100%", "ratio_percent", "guru / murid * 100"),
])
def test_comparisons_written_in_words(text, kind, expression):
    reading = read_formula(text)
    assert (reading.kind, reading.expression) == (kind, expression)


# --- layouts and notations found after the zoo was read right ------------------------------------------

def test_a_fraction_bar_of_dashes():
    reading = read_formula("Jumlah desa tangguh bencana\n----------------- x 100%\nJumlah desa rawan bencana")
    assert (reading.kind, reading.expression) == ("ratio_percent", "desa_tangguh_bencana / desa_rawan_bencana * 100")


def test_explicit_consecutive_years_are_growth_and_said_so():
    reading = read_formula("(Jumlah wisatawan tahun 2024 - Jumlah wisatawan tahun 2023) / Jumlah wisatawan tahun 2023 "
                           "x 100%")
    assert reading.kind == "growth_percent"
    assert any("2024" in w["en"] and "n-1" in w["en"] for w in reading.warnings)


def test_two_years_are_not_a_typo_of_each_other():
    reading = read_formula("Jumlah wisatawan tahun 2024 - Jumlah wisatawan tahun 2020")
    assert len(reading.variables) == 2


def test_growth_as_a_ratio_minus_one_hundred():
    reading = read_formula("Jumlah wisatawan tahun ini / Jumlah wisatawan tahun lalu x 100% - 100%")
    assert reading.kind == "growth_percent"
    assert reading.expression == "wisatawan / wisatawan[n-1] * 100 - 100"


def test_letters_defined_with_a_dot():
    reading = read_formula("(a/b) x 100%\na. Jumlah desa tangguh bencana\nb. Jumlah desa rawan bencana")
    assert reading.expression == "desa_tangguh_bencana / desa_rawan_bencana * 100"


def test_a_scale_before_the_colon():
    reading = read_formula("Jumlah desa tangguh bencana x 100% : Jumlah desa rawan bencana")
    assert reading.expression == "desa_tangguh_bencana / desa_rawan_bencana * 100"


def test_a_cell_without_formula_takes_the_one_its_definisi_states():
    reading = read_formula("Cukup jelas", definisi="Jumlah desa mandiri dibagi jumlah seluruh desa x 100%")
    assert (reading.kind, reading.expression) == ("ratio_percent", "desa_mandiri / seluruh_desa * 100")
    assert reading.needs_review and "definition" in reading.warnings[0]["en"]


def test_a_definisi_too_long_to_be_a_formula_does_not_spoil_the_reading():
    reading = read_formula("Cukup jelas", definisi="Jumlah A / Jumlah B " * 300)
    assert (reading.kind, reading.expression) == ("other", None)

"""Ratios and percentages in every spelling the decrees use."""
import pytest

from kinerja.formula import read_formula

RATIO_SPELLINGS = [
    "Jumlah PNS yang dilayani dibagi Jumlah PNS yang mengajukan x 100%",
    "Jumlah PNS yang dilayani / Jumlah PNS yang mengajukan X 100%",
    "Jumlah PNS yang dilayani : Jumlah PNS yang mengajukan x100 %",
    "Jumlah PNS yang dilayani ÷ Jumlah PNS yang mengajukan × 100%",
    "(Jumlah PNS yang dilayani / Jumlah PNS yang mengajukan) * 100",
    "Jumlah PNS yang dilayani dibagi dengan Jumlah PNS yang mengajukan dikali 100%",
    r"$\frac{\text{Jumlah PNS yang dilayani}}{\text{Jumlah PNS yang mengajukan}} \times 100\%$",
    "Jumlah PNS yang dilayani x 100 % Jumlah PNS yang mengajukan",
    "Jumlah PNS yang dilayani per jumlah PNS yang mengajukan x 100%",
    "Jumlah PNS yang dilayani/jumlah PNS yang mengajukan X 1OO%",
]


@pytest.mark.parametrize("text", RATIO_SPELLINGS)
def test_every_spelling_gives_the_same_percentage(text):
    reading = read_formula(text)
    assert reading.kind == "ratio_percent"
    assert reading.expression == "pns_dilayani / pns_mengajukan * 100"
    assert reading.variables["pns_dilayani"].lower() == "jumlah pns yang dilayani"
    assert reading.satuan == "%"


def test_lost_fraction_bar_is_read_but_flagged():
    reading = read_formula("Jumlah dokumen yang tersedia x100% Jumlah Seluruh dokumen yang seharusnya ada")
    assert reading.expression == "dokumen_tersedia / seluruh_dokumen_seharusnya_ada * 100"
    assert any("fraction bar" in w["en"] for w in reading.warnings)


def test_slash_inside_a_phrase_is_not_a_division():
    reading = read_formula("Jumlah ksp/usp yang dinilai dibagi jumlah seluruh ksp/usp x 100%")
    assert reading.expression == "ksp_usp_dinilai / seluruh_ksp_usp * 100"
    assert reading.variables["seluruh_ksp_usp"] == "jumlah seluruh ksp/usp"


def test_parenthesised_apposition_stays_in_the_phrase():
    reading = read_formula("Jumlah PMI (Pra dan Purna) yang difasilitasi / Jumlah PMI (Pra dan Purna) "
                           "yang terdata x 100%")
    assert list(reading.variables.values()) == ["Jumlah PMI (Pra dan Purna) yang difasilitasi",
                                                "Jumlah PMI (Pra dan Purna) yang terdata"]


def test_ratio_without_scale_is_a_plain_ratio_when_not_two_counts():
    reading = read_formula("PDRB Harga Konstan : Jumlah Tenaga Kerja")
    assert (reading.kind, reading.expression) == ("ratio", "pdrb_harga_konstan / tenaga_kerja")


def test_two_counts_without_scale_are_taken_as_percent_with_low_confidence():
    reading = read_formula("Jumlah TKA yang difasilitasi dibagi TKA yang mengusulkan perpanjangan")
    assert reading.kind == "ratio_percent"
    assert reading.expression.endswith("* 100")
    assert reading.needs_review


def test_prose_subtraction_before_division_groups_the_numerator():
    reading = read_formula("Jumlah verifikasi – jumlah verifikasi yang selesai / jumlah verifikasi yang "
                           "harus diverifikasi x 100 %")
    assert reading.expression == "(verifikasi - verifikasi_selesai) / verifikasi_harus_diverifikasi * 100"
    assert reading.kind == "ratio_percent"


def test_list_of_counts_over_a_total_is_a_summed_numerator():
    reading = read_formula("Jumlah LKS Bipartit, Jumlah serikat pekerja, jumlah organisasi pengusaha / "
                           "Jumlah Perusahaan x 100%")
    assert reading.expression == "(lks_bipartit + serikat_pekerja + organisasi_pengusaha) / perusahaan * 100"

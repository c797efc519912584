"""Time in formulas: year n, n-1, running totals and sub-period averages."""
import pytest

from kinerja.formula import read_formula

GROWTH = "(omzet - omzet[n-1]) / omzet[n-1] * 100"


@pytest.mark.parametrize("text", [
    "Jumlah omzet tahun ini dikurangi jumlah omzet tahun lalu dibagi jumlah omzet tahun lalu x 100%",
    "(Jumlah omzet tahun (n) - Jumlah omzet tahun (n-1)) / Jumlah omzet tahun (n-1) x 100%",
    "(Jumlah omzet (n) - Jumlah omzet (n-1)) / Jumlah omzet (n-1) x 100%",
    "(Jumlah omzet tahun n - jumlah omzet tahun n -1)/ jumlah omzet tahun n -1 *100",
    "Jumlah omzet tahun berjalan dikurangi jumlah omzet tahun sebelumnya ( n - 1) dibagi jumlah omzet "
    "tahun sebelumnya (n-1)x 100%",
    "Jumlah omzet yang dicapai tahun ke - n dikurangi jumlah omzet tahun sebelumnya dibagi jumlah omzet "
    "tahun sebelumnya x 100%",
])
def test_growth_in_every_spelling(text):
    reading = read_formula(text)
    assert reading.kind == "growth_percent"
    assert reading.expression.replace("omzet_dicapai", "omzet") == GROWTH
    assert len(reading.variables) == 1


def test_typo_in_a_repeated_phrase_is_the_same_variable():
    reading = read_formula("(Jumlah nilai eksport tahun n - jumlah nilai eksport tahun n -1)/ jumlah nilai "
                           "export tahun n -1 *100 (Realisasi per Januari sd Juni 2021 senilai 1.027,5 $USD)")
    assert reading.expression == "(nilai_eksport - nilai_eksport[n-1]) / nilai_eksport[n-1] * 100"


def test_cumulative_up_to_last_year():
    reading = read_formula("(Jumlah IKM yang difasilitasi tahun berjalan) / (Jumlah IKM terdata - Jumlah IKM "
                           "yang sudah difasilitasi s.d. tahun terakhir) * 100%")
    assert reading.expression == "ikm_difasilitasi / (ikm_terdata - cumsum(ikm_difasilitasi, n-1)) * 100"
    assert reading.kind == "ratio_percent"


@pytest.mark.parametrize("marker", ["sampai dengan tahun lalu", "s.d tahun terakhir", "kumulatif"])
def test_cumulative_spellings(marker):
    reading = read_formula(f"Jumlah koperasi dibina {marker}")
    assert reading.expression == "cumsum(koperasi_dibina, n-1)"


@pytest.mark.parametrize("text", ["IHK Tahunan (Rerata IHK bulanan)", "rata-rata IHK bulanan"])
def test_monthly_average(text):
    reading = read_formula(text)
    assert (reading.kind, reading.expression) == ("average", "mean(ihk_bulanan)")
    assert reading.variables == {"ihk_bulanan": "IHK bulanan"}

"""Variable keys: stable, readable, shared by the formulas of one document."""
from kinerja.formula import VariableRegistry, read_formula


def test_same_phrase_gets_the_same_key_whatever_its_case_spacing_or_jumlah():
    registry = VariableRegistry()
    key = registry.key_for("Jumlah Perusahaan yang wajib lapor")
    assert key == "perusahaan_wajib_lapor"
    assert registry.key_for("jumlah  perusahaan yang Wajib Lapor") == key
    assert registry.key_for("perusahaan yang wajib lapor tahun n") == key
    assert registry.key_for("Jumlah perusahaan yang wajib lapor") == key
    assert registry.phrases() == {key: "Jumlah Perusahaan yang wajib lapor"}


def test_small_typos_are_the_same_variable_but_different_words_are_not():
    registry = VariableRegistry()
    assert registry.key_for("nilai eksport") == registry.key_for("nilai export")
    assert registry.key_for("Jumlah IKM dibina") != registry.key_for("Jumlah IKM dibiayai")
    assert registry.key_for("pencari kerja terdaftar") != registry.key_for("pemberi kerja terdaftar")


def test_distinct_phrases_with_the_same_leading_words_get_distinct_keys():
    registry = VariableRegistry()
    first = registry.key_for("Jumlah dokumen laporan keuangan akhir tahun SKPD dan laporan A")
    second = registry.key_for("Jumlah dokumen laporan keuangan akhir tahun SKPD dan laporan B")
    assert first != second and second.startswith(first)


def test_formulas_of_one_document_share_keys():
    registry = VariableRegistry()
    one = read_formula("Jumlah usaha mikro yang difasilitasi dibagi jumlah seluruh usaha mikro x 100%", registry=registry)
    two = read_formula("Jumlah usaha mikro yang terdata : Seluruh Jumlah Usaha Mikro X 100%", registry=registry)
    assert one.expression.split(" / ")[1] == two.expression.split(" / ")[1] == "seluruh_usaha_mikro * 100"


def test_keys_are_valid_names_and_never_reserved():
    registry = VariableRegistry()
    for phrase in ["123 orang", "Mean", "n", "sum", "Rp. 1.000 / jam"]:
        key = registry.key_for(phrase)
        assert key[0].isalpha() and key.replace("_", "").isalnum()
        assert key not in {"n", "mean", "sum", "cumsum"}

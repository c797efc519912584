"""``kinerja formula``."""
import json

from kinerja.formula.cli import main


def test_json_has_exactly_the_catalog_keys(capsys):
    assert main(["Jumlah A yang lulus dibagi Jumlah A yang ikut x 100%", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["kind", "expression", "variables", "confidence", "warnings"]
    assert out["expression"] == "a_lulus / a_ikut * 100"


def test_json_of_a_target_has_value_and_satuan(capsys):
    assert main(["1 Unit", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["value"] == 1 and out["satuan"] == "unit" and out["expression"] is None


def test_definisi_option(capsys):
    assert main(["a / b x 100%", "--definisi", "a = Jumlah kasus selesai b = Jumlah kasus masuk", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["expression"] == "kasus_selesai / kasus_masuk * 100"


def test_text_output_shows_the_worked_example(capsys):
    assert main(["Jumlah A yang lulus dibagi Jumlah A yang ikut x 100% (64 : 12.317 X 100% = 0.52%)"]) == 0
    out = capsys.readouterr().out
    assert "0,52%" in out and "÷" in out


def test_unreadable_text_exits_2_with_both_languages(capsys):
    assert main([")))"]) == 2
    err = capsys.readouterr().err
    assert "tidak terbaca" in err and "cannot be read" in err


def test_indikator_option_and_doubts_with_their_words(capsys):
    assert main(["Persentase desa mandiri", "--indikator", "Persentase desa mandiri", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kind"] == "other" and out["confidence"] < 0.7
    assert out["warnings"][0]["words"] == "Persentase"


def test_no_formula_cell_prints_the_doubt(capsys):
    assert main(["Cukup jelas"]) == 0
    out = capsys.readouterr().out
    assert "lainnya" in out and "Cukup jelas" in out and "perlu diperiksa" in out

"""``kinerja.importer.formula_field``: what the importer keeps of each row's formula reading."""
from kinerja.importer.formula_field import FormulaField


def test_one_registry_per_document_gives_one_key_per_quantity():
    field = FormulaField()
    first = field.read("Jumlah desa mandiri / Jumlah seluruh desa x 100%", None)
    second = field.read("Jumlah seluruh desa", None)
    assert second.formula["expression"] in first.formula["expression"]


def test_confidence_and_doubts_come_with_the_formula():
    result = FormulaField().read("Dihitung oleh BPS", None)
    assert result.formula == {"kind": "other", "expression": None, "variables": {}}
    assert not result.confident and result.confidence < 0.7
    assert result.doubts[0]["words"] == "Dihitung oleh BPS"
    assert result.notes == [result.doubts[0]["id"]]


def test_a_sure_reading_has_no_doubts():
    result = FormulaField().read("Jumlah desa mandiri dibagi jumlah seluruh desa dikali 100%", None)
    assert result.confident and result.doubts == [] and result.satuan == "%"


def test_the_indicator_name_is_evidence():
    name = "Persentase desa mandiri"
    assert not FormulaField().read(name, None, indikator=name).confident


def test_an_unreadable_cell_is_flagged_in_both_languages():
    result = FormulaField().read(")))", None)
    assert result.confidence == 0.0 and result.formula["kind"] == "other"
    assert "tidak terbaca" in result.doubts[0]["id"] and "cannot be read" in result.doubts[0]["en"]


def test_an_empty_cell_is_other():
    assert FormulaField().read(None, None).formula["kind"] == "other"

"""Kinds other than ratios: counts, differences, weighted indices with bands, fixed targets, unknowns."""
import pytest

from kinerja.formula import FormulaError, read_formula


def test_count_is_the_phrase_itself():
    reading = read_formula("Jumlah Tenaga Kerja yang ditempatkan")
    assert (reading.kind, reading.expression) == ("count", "tenaga_kerja_ditempatkan")
    assert reading.variables == {"tenaga_kerja_ditempatkan": "Jumlah Tenaga Kerja yang ditempatkan"}
    assert not reading.needs_review


def test_parallel_quantities_joined_by_dan_are_added():
    reading = read_formula("Jumlah pencari kerja dan pemberi kerja yang terdaftar")
    assert reading.kind == "count"
    assert reading.expression == "pencari_kerja_terdaftar + pemberi_kerja_terdaftar"
    assert set(reading.variables.values()) == {"Jumlah pencari kerja yang terdaftar",
                                               "Jumlah pemberi kerja yang terdaftar"}


def test_a_compound_name_with_dan_stays_one_count():
    reading = read_formula("Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi")
    assert reading.kind == "count" and "+" not in reading.expression


def test_difference():
    reading = read_formula("Jumlah lembaga yang terdaftar – Jumlah lembaga yang tidak memperpanjang izin")
    assert (reading.kind, reading.expression) == ("difference", "lembaga_terdaftar - lembaga_tidak_memperpanjang_izin")


def test_weighted_index_with_grade_bands():
    reading = read_formula("Indeks = Σ (Unsur Kinerja Utama × 40%) + (Unsur Kepatuhan x 30%) + (Unsur Pelayanan "
                           "Umum x 30%); Kategori / Nilai / Interpretasi: A >90 – 100 Memuaskan; B >70 – 90 Baik; "
                           "C <70 Kurang")
    assert reading.kind == "weighted_index"
    assert reading.expression == "unsur_kinerja_utama * 0.4 + unsur_kepatuhan * 0.3 + unsur_pelayanan_umum * 0.3"
    assert reading.bands == [
        {"min": 90, "min_inclusive": False, "max": 100, "max_inclusive": True, "label": "A", "meaning": "Memuaskan"},
        {"min": 70, "min_inclusive": False, "max": 90, "max_inclusive": True, "label": "B", "meaning": "Baik"},
        {"min": None, "min_inclusive": None, "max": 70, "max_inclusive": False, "label": "C", "meaning": "Kurang"},
    ]
    assert reading.to_catalog()["bands"] == reading.bands


def test_weights_that_do_not_add_up_are_flagged():
    reading = read_formula("(Unsur A x 40%) + (Unsur B x 40%)")
    assert reading.kind == "weighted_index"
    assert any("weights" in w["en"] for w in reading.warnings)


@pytest.mark.parametrize("text, value, satuan", [("1 Unit", 1, "unit"), ("100%", 100, "%"),
                                                  ("1 Dokumen", 1, "dokumen"), ("12,5 %", 12.5, "%")])
def test_fixed_target(text, value, satuan):
    reading = read_formula(text)
    assert reading.kind == "constant_target" and reading.expression is None
    assert reading.to_catalog() == {"kind": "constant_target", "expression": None, "variables": {},
                                    "value": value, "satuan": satuan}


def test_a_measure_name_without_a_formula_is_other_and_flagged():
    reading = read_formula("Persentase Barang Milik Daerah yang disediakan")
    assert reading.kind == "other"
    assert reading.needs_review


def test_empty_cell_is_other_without_expression():
    reading = read_formula("   ")
    assert (reading.kind, reading.expression) == ("other", None)
    assert reading.needs_review


@pytest.mark.parametrize("text", [")))", "dibagi dikali", "x 100%", "/ : / :", "= = ="])
def test_unreadable_text_is_a_formula_error(text):
    with pytest.raises(FormulaError):
        read_formula(text)


def test_too_long_text_is_a_formula_error():
    with pytest.raises(FormulaError):
        read_formula("Jumlah A / " * 2000)

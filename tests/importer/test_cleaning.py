"""Extraction artefacts are removed, the writer's words are kept."""
from __future__ import annotations

from kinerja.importer.cleaning import clean_cell, title_case


def test_latex_fraction_is_written_as_a_over_b():
    text = r"$\frac{\text{Jumlah PNS dilayani}}{\text{Jumlah PNS}} \times 100\%$"
    assert clean_cell(text) == "Jumlah PNS dilayani / Jumlah PNS x 100%"


def test_fraction_with_a_difference_keeps_its_grouping():
    text = r"$\frac{\text{Jumlah (n)} - \text{Jumlah (n-1)}}{\text{Jumlah (n-1)}} \times 100\%$"
    assert clean_cell(text) == "(Jumlah (n) - Jumlah (n-1)) / Jumlah (n-1) x 100%"


def test_inline_latex_and_sigma():
    assert clean_cell(r"($TKK = a / b \times 100\%$)") == "(TKK = a / b x 100%)"
    assert clean_cell(r"$\Sigma (\text{A} \times 40\%)$") == "Σ (A x 40%)"


def test_nested_html_table_becomes_one_line_after_the_text():
    cell = ("Rumus indeks <table><tr><th>Kategori</th><th>Nilai</th></tr><tr><td>A</td><td>>90 – 100</td></tr>"
            "<tr><td>C</td><td><60</td></tr></table>")
    assert clean_cell(cell) == "Rumus indeks; Kategori / Nilai: A >90 – 100; C <60"


def test_bold_markers_and_blank_cells():
    assert clean_cell("**Kepala Dinas**") == "Kepala Dinas"
    assert clean_cell("   ") is None
    assert clean_cell(None) is None


def test_html_list_items():
    assert clean_cell("<ul><li>Satu</li><li>Dua</li></ul>") == "Satu; Dua"


def test_title_case_of_jabatan_in_capitals():
    assert title_case("KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN") == "Kepala Sub Bagian Umum dan Kepegawaian"
    assert title_case("KEPALA SEKSI PERBAIKAN SYARAT-SYARAT KERJA DAN UPAH") == \
        "Kepala Seksi Perbaikan Syarat-Syarat Kerja dan Upah"
    assert title_case("Pengumpul data Perselisihan") == "Pengumpul data Perselisihan"

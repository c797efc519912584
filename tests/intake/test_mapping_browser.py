"""A planner imports a decree whose tables the reader cannot infer: the preview says nothing was read
and what to do; the planner maps the columns by hand, corrects the parent of a new Seksi, and commits."""
from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from kinerja.catalog.models import Decree, Unit
from kinerja.intake.models import ImportSession
from support.browser import log_in, screenshot

pytestmark = pytest.mark.browser

SECTIONS = [("KEPALA BIDANG TERTIB NIAGA", "pembinaan pasar rakyat", "pasar tertib", "pasar tertib dibagi pasar"),
            ("KEPALA BIDANG PENGAWASAN BARANG", "pengawasan barang beredar", "toko diawasi", "toko diawasi"),
            ("KEPALA SEKSI PEMANTAUAN HARGA POKOK", "pemantauan harga", "komoditas dipantau", "komoditas dipantau")]


def _decree() -> bytes:
    lines = ["PEMERINTAH KABUPATEN TANAH MERAH", "DINAS PERINDUSTRIAN DAN TENAGA KERJA",
             "KEPUTUSAN KEPALA DINAS PERINDUSTRIAN DAN TENAGA KERJA", "NOMOR 800/77/DPTK/2025", "TENTANG",
             "INDIKATOR KINERJA INDIVIDU", "Menimbang : a. bahwa kinerja perlu diukur;", "MEMUTUSKAN",
             "KESATU : Indikator sebagaimana tercantum dalam Lampiran.", "Ditetapkan di : Bukit Sirih",
             "Pada tanggal : 3 Februari 2025", "KEPALA DINAS PERINDUSTRIAN DAN TENAGA KERJA", "Ir. Rahmat Hidayat",
             "NIP. 19700312 199503 1 004", ""]
    for jabatan, sasaran, indikator, formula in SECTIONS:
        lines += ["INDIKATOR KINERJA INDIVIDU", f"1. JABATAN : {jabatan}", "2. TUGAS : -", "3. FUNGSI : -",
                  "| Uraian | Ukuran | Cara Menghitung |", f"| {sasaran} | {indikator} | {formula} |", ""]
    return "\n".join(lines).encode("utf-8")


def test_planner_maps_columns_corrects_a_parent_unit_and_commits(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    log_in(page, "perencana", demo.password)

    page.goto(reverse("intake:upload", args=[agency.slug]))
    page.set_input_files("input[name=file]", files=[{"name": "iki-tanpa-judul-kolom.txt", "mimeType": "text/plain",
                                                     "buffer": _decree()}])
    with page.expect_navigation():
        page.get_by_role("button", name="Baca keputusan").click()
    problem = page.locator("#no-rows")
    expect(problem).to_contain_text("Tidak ada baris indikator yang terbaca")
    expect(problem).to_contain_text("Susun kolom")
    screenshot(page, "intake-01-nothing-read")

    with page.expect_navigation():
        problem.get_by_role("link", name="Susun kolom").click()
    for table in range(len(SECTIONS)):
        page.select_option(f"#t{table}-col0", "sasaran")
        page.select_option(f"#t{table}-col1", "indikator")
        page.select_option(f"#t{table}-col2", "formula_text")
        page.locator(f"input[name=t{table}-header][value='0']").check()
    screenshot(page, "intake-02-columns-mapped")
    with page.expect_navigation():
        page.get_by_role("button", name="Baca ulang dengan susunan ini").click()

    expect(page.locator("#no-rows")).to_have_count(0)
    rows = page.locator("tr[id^=row-]")
    expect(rows).to_have_count(len(SECTIONS))
    expect(rows.first).to_contain_text("pasar tertib")

    structure = page.locator("#structure")
    seksi = structure.locator("tr", has=page.locator("input[value='Seksi Pemantauan Harga Pokok']"))
    parent = seksi.locator("select[aria-label='Unit induk']")
    expect(parent.locator("option:checked")).to_have_text("Bidang Pengawasan Barang")  # the Bidang listed before it
    parent.select_option(label="Bidang Tertib Niaga")
    with page.expect_navigation():
        structure.get_by_role("button", name="Simpan struktur").click()
    screenshot(page, "intake-03-structure-corrected")

    with page.expect_navigation():
        page.get_by_role("button", name="Simpan ke katalog").click()
    session = ImportSession.objects.get(agency=agency, filename="iki-tanpa-judul-kolom.txt")
    assert session.status == ImportSession.Status.COMMITTED
    decree = Decree.objects.get(agency=agency, nomor="800/77/DPTK/2025")
    assert sorted(decree.indicators.values_list("name", flat=True)) == sorted(s[2] for s in SECTIONS)
    seksi_unit = Unit.objects.get(agency=agency, name="Seksi Pemantauan Harga Pokok")
    assert seksi_unit.parent.name == "Bidang Tertib Niaga"
    assert decree.menimbang == "bahwa kinerja perlu diukur;"

"""The Evaluasi AKIP journey in a real browser, on the demo: the planner accepts Kinerja's proposals,
uploads a piece of evidence and submits; the evaluator scores (one criterion changed, with a note),
writes a recommendation and makes it final; the LHE .pdf downloads and renders (pdftoppm); the planner
records a follow-up. Screenshots go to test-artifacts/screenshots/."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from kinerja.evaluasi.models import Answer, BuktiDukung, Evaluation
from support.browser import ROOT, log_in, screenshot

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ARTIFACTS = ROOT / "test-artifacts" / "evaluasi"


def _sign_in_as(page, username, password):
    page.context.clear_cookies()
    log_in(page, username, password)


def test_self_assessment_evaluation_lhe_and_follow_up(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    sheet = reverse("evaluasi:sheet", args=[agency.slug, 2025])

    # The planner: from the agency's tab to the open 2025 sheet.
    log_in(page, "perencana", demo.password)
    page.goto(reverse("catalog:agency_detail", args=[agency.slug]))
    page.get_by_role("link", name="Evaluasi AKIP").click()
    expect(page.locator("h2")).to_contain_text("Evaluasi AKIP")
    page.get_by_role("link", name="2025").click()
    proposal = page.locator('tr[data-code="1.b.8"] .proposal')
    expect(proposal).to_contain_text("Dari 6 IKU")
    screenshot(page, "evaluasi-01-sheet-proposals")
    pending = Answer.objects.filter(evaluation__year=2025, usulan="").exclude(proposed="").count()
    page.locator("#terima-usulan").click()
    expect(page.locator(".messages")).to_contain_text("Usulan Kinerja diterima")
    assert Answer.objects.filter(evaluation__year=2025, usulan="").count() == 0 and pending

    row = page.locator('tr[data-code="1.a.1"]')
    row.locator("details.add-bukti summary").click()
    row.locator('input[type="file"]').set_input_files(
        files=[{"name": "Pedoman Perencanaan 2025.pdf", "mimeType": "application/pdf", "buffer": PDF}])
    row.get_by_role("button", name="Unggah").click()
    expect(page.locator('tr[data-code="1.a.1"] .bukti-list')).to_contain_text("Pedoman Perencanaan 2025.pdf")
    assert BuktiDukung.objects.filter(evaluation__year=2025, code="1.a.1").exists()
    screenshot(page, "evaluasi-02-evidence")
    page.locator("#ajukan").click()
    expect(page.locator("#status")).to_contain_text("Diajukan ke evaluator")

    # The evaluator: start from the agency's answers, change one with a note, recommend, finalise.
    _sign_in_as(page, "evaluator", demo.password)
    page.goto(sheet)
    page.locator("#salin-usulan").click()
    expect(page.locator(".messages")).to_contain_text("disalin")
    scored = page.locator('tr[data-code="2.b.4"] td.c-answer').nth(1)
    scored.locator("select").select_option("E")
    scored.locator("textarea").fill("Realisasi triwulan banyak yang terlambat.")
    scored.get_by_role("button", name="Simpan").click()
    expect(scored.locator(".row-message")).to_have_text("Tersimpan")
    form = page.locator("#rekomendasi-baru")
    form.locator("textarea").fill("Tetapkan batas waktu pengisian realisasi dan pantau ketepatannya.")
    form.locator('input[name="owner"]').fill("Sekretaris")
    form.locator('input[name="due"]').fill("2026-09-30")
    form.locator('input[name="code"]').fill("2.b.4")
    form.get_by_role("button", name="Tambah rekomendasi").click()
    expect(page.locator("ol.recommendations")).to_contain_text("Tetapkan batas waktu pengisian realisasi")
    screenshot(page, "evaluasi-03-evaluator")
    page.locator("#final").click()
    expect(page.locator("#status")).to_contain_text("Final")
    assert Evaluation.objects.get(agency=agency, year=2025).status == "final"

    # The LHE as a PDF, rendered page by page.
    with page.expect_download() as lhe:
        page.get_by_role("link", name="LHE .pdf").click()
    assert lhe.value.suggested_filename == "lhe-akip-disperinaker-2025.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTIFACTS / "lhe-2025.pdf"
    lhe.value.save_as(pdf)
    for old in ARTIFACTS.glob("lhe-2025-*.png"):
        old.unlink()
    subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png", "-r", "50", str(pdf), str(ARTIFACTS / "lhe-2025")],
                   check=True, timeout=60)
    assert list(ARTIFACTS.glob("lhe-2025-*.png"))
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    for expected in ("LAPORAN HASIL EVALUASI", "DINAS PERINDUSTRIAN DAN TENAGA KERJA", "NILAI PENETAPAN",
                     "Tetapkan batas waktu pengisian realisasi", "Realisasi triwulan banyak yang terlambat."):
        assert expected in flat, expected
    assert "KONSEP" not in flat

    # The planner reports the follow-up.
    _sign_in_as(page, "perencana", demo.password)
    page.goto(reverse("evaluasi:follow_up", args=[agency.slug, 2025]))
    section = page.locator("section.follow-up", has_text="Tetapkan batas waktu pengisian realisasi")
    section.locator("textarea").fill("Batas waktu tanggal 10 ditetapkan dengan surat edaran Kepala Dinas.")
    section.get_by_role("button", name="Laporkan tindak lanjut").click()
    expect(page.locator("section.follow-up", has_text="Tetapkan batas waktu pengisian realisasi")
           .locator("[data-status]")).to_have_attribute("data-status", "reported")
    screenshot(page, "evaluasi-04-follow-up")

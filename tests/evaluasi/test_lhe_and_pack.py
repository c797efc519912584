"""The LHE download (.docx and .pdf from the same content model) and the evidence pack (.zip named by
criterion code, with an index .xlsx)."""
from __future__ import annotations

import io
import zipfile

from django.urls import reverse
from docx import Document as open_docx
from openpyxl import load_workbook

from evaluasi.builders import YEAR, evaluation, with_bukti
from kinerja.evaluasi.services import cycle
from kinerja.evaluasi.models import Answer


def _docx_text(data: bytes) -> str:
    doc = open_docx(io.BytesIO(data))
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def test_a_draft_lhe_says_konsep_and_a_final_one_has_the_grade(login, world):
    e = evaluation(world, "submitted")
    client = login("planner")
    draft = client.get(reverse("evaluasi:lhe", args=[world.agency.slug, YEAR, "docx"]))
    assert draft.status_code == 200 and "konsep" in draft["Content-Disposition"]
    assert "KONSEP — BELUM FINAL" in _docx_text(draft.content)
    evaluator = world.user("evaluator")
    cycle.copy_usulan(evaluator, e)
    row = Answer.objects.get(evaluation=e, code="1.b.5")
    cycle.save_penetapan(evaluator, e, "1.b.5", "C", "Indikator proses masih ada.", version=row.version)
    cycle.finalise(evaluator, e, version=e.version)
    text = _docx_text(client.get(reverse("evaluasi:lhe", args=[world.agency.slug, YEAR, "docx"])).content)
    assert "KONSEP" not in text and "PEMERINTAH KABUPATEN CONTOH" in text and "INSPEKTORAT" in text
    assert "1.b.5 Ukuran keberhasilan (indikator kinerja) telah memenuhi kriteria SMART." in text
    assert "Indikator proses masih ada." in text and "INSPEKTUR KABUPATEN CONTOH" in text
    pdf = client.get(reverse("evaluasi:lhe", args=[world.agency.slug, YEAR, "pdf"]))
    assert pdf.content.startswith(b"%PDF") and pdf["Content-Type"] == "application/pdf"
    assert client.get(reverse("evaluasi:lhe", args=[world.agency.slug, YEAR, "exe"])).status_code == 404


def test_the_evidence_pack_names_files_by_code_and_indexes_every_criterion(login, world):
    e = evaluation(world)
    first, second = with_bukti(world, e, "1.a.1"), with_bukti(world, e, "1.a.1")
    response = login("evaluator").get(reverse("evaluasi:pack", args=[world.agency.slug, YEAR]))
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = sorted(archive.namelist())
    assert names == ["1.a.1 bukti (2).pdf", "1.a.1 bukti.pdf", "indeks-bukti-dukung.xlsx"]
    sheet = load_workbook(io.BytesIO(archive.read("indeks-bukti-dukung.xlsx"))).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    codes = [r[0] for r in rows if r[0] and r[0][0].isdigit()]
    assert len(codes) == 79 and codes.count("1.a.1") == 2   # every criterion, one row per file
    file_rows = [r for r in rows if r[0] == "1.a.1"]
    assert {r[4] for r in file_rows} == {"1.a.1 bukti.pdf", "1.a.1 bukti (2).pdf"}
    assert {r[8] for r in file_rows} == {first.sha256, second.sha256}


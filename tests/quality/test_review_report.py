"""The review report (.docx / .pdf): the page's findings as a document for the Inspektorat."""
from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import docx
from django.urls import reverse

from web.factories import make_indicator


def url(agency, fmt: str) -> str:
    return reverse("quality:review_report", args=[agency.slug, fmt])


def _text_of_docx(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_it_works(world, client):
    make_indicator(world.agency, "Jumlah usaha mikro yang difasilitasi", decree=world.decree, jenis="IKU",
                   formula_text="Jumlah usaha mikro yang difasilitasi / Jumlah seluruh usaha mikro x 100%",
                   sumber_data="Laporan Bidang Usaha Mikro", penanggung_jawab="Kepala Bidang")
    client.force_login(world.user("planner"))
    response = client.get(url(world.agency, "docx"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')
    text = _text_of_docx(response.content)
    assert "LAPORAN TELAAH KUALITAS INDIKATOR KINERJA" in text
    assert "Nama diawali 'jumlah' (cacah), tetapi rumusnya persentase." in text   # the same words as the page
    assert "Nama dan rumus tidak sejalan" in text                                  # counts per kind
    assert "Kolom formula kosong." in text                                         # unit B's empty formula


def test_the_pdf_has_the_same_findings(world, client):
    client.force_login(world.user("evaluator"))
    response = client.get(url(world.agency, "pdf"))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.pdf"
        path.write_bytes(response.content)
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    assert "Kolom formula kosong." in text


def test_it_speaks_english_when_asked(world, client):
    client.force_login(world.user("planner"))
    client.cookies["django_language"] = "en"
    text = _text_of_docx(client.get(url(world.agency, "docx")).content)
    assert "INDICATOR QUALITY REVIEW REPORT" in text and "The formula cell is empty." in text


def test_an_unknown_format_is_404(world, client):
    client.force_login(world.user("planner"))
    assert client.get(url(world.agency, "xlsx")).status_code == 404
    assert client.get(url(world.agency, "exe")).status_code == 404


def test_it_checks_access(world, client):
    client.force_login(world.user("planner_y"))
    assert client.get(url(world.agency, "docx")).status_code == 404
    client.force_login(world.user("operator_a"))
    text = _text_of_docx(client.get(url(world.agency, "docx")).content)
    assert world.indicator_b.name not in text

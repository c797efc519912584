"""Every document of the demo agency, downloaded as the planner would and opened by an independent
reader: python-docx for .docx, openpyxl for .xlsx (numbers must be numbers), pdftoppm for .pdf (pages
rendered to PNG under test-artifacts/reports/ for people to look at) and pdfplumber for its text."""
from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from docx import Document as DocxDocument

from kinerja.catalog.models import Decree, Objective, PerangkatDaerah
from kinerja.reports.models import LkjipNarrative, PemdaHead, PkProgram, Signing
from kinerja.demo.history import TAHUN

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "reports"
IKU = "Tingkat Kesempatan Kerja"


@pytest.fixture
def agency(db):
    call_command("demo", stdout=io.StringIO())
    agency = PerangkatDaerah.objects.get(slug="disperinaker")  # the demo carries its measured history
    PemdaHead.objects.create(pemda=agency.pemda, jabatan="Bupati Tanah Merah", name="H. ABDUL WAHID, S.H.")
    Signing.objects.create(agency=agency, tahun=TAHUN, acting="Plt", name="Ir. SITI AMINAH, M.T.",
                           nip="19750101 200003 2 001", tanggal=date(2025, 1, 6))
    PkProgram.objects.create(agency=agency, tahun=TAHUN, program="Program Penempatan Tenaga Kerja",
                             anggaran=Decimal("1250000000"), order=1)
    objective = Objective.objects.get(agency=agency, text="Meningkatnya penyerapan tenaga kerja")
    LkjipNarrative.objects.create(agency=agency, tahun=TAHUN, objective=objective,
                                  faktor_pendukung="Kerja sama dengan 40 perusahaan mitra.",
                                  faktor_penghambat="Lowongan belum sesuai kompetensi pencari kerja.",
                                  upaya="Pelatihan berbasis kompetensi bersama BLK.")
    return agency


def download(client, agency, kind: str, fmt: str, **params) -> bytes:
    client.force_login(get_user_model().objects.get(username="perencana"))
    response = client.get(reverse("reports:download", args=[agency.slug, kind, fmt]), params)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Disposition"].startswith("attachment;")
    return response.content


def docx_text(data: bytes) -> str:
    doc = DocxDocument(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def docx_images(data: bytes) -> int:
    doc = DocxDocument(io.BytesIO(data))
    return sum(1 for rel in doc.part.rels.values() if "image" in rel.reltype)


def pdf_pages(data: bytes, name: str) -> tuple[int, str]:
    """Page count and text; every page is rendered to test-artifacts/reports/<name>-N.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    pdf = ARTIFACTS / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png", "-r", "60", str(pdf), str(ARTIFACTS / name)],
                   check=True, timeout=120)
    pngs = sorted(ARTIFACTS.glob(f"{name}-*.png"))
    pdf.unlink()
    with pdfplumber.open(io.BytesIO(data)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        assert len(pngs) == len(document.pages)
    return len(pngs), text


def xlsx_cells(data: bytes) -> list:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def number_beside(cells, text: str, column_offset: int):
    """The value ``column_offset`` columns right of the cell whose value is ``text``."""
    found = next(c for c in cells if c.value == text)
    return found.parent.cell(row=found.row, column=found.column + column_offset).value


def test_perjanjian_kinerja(client, agency):
    texts = ["PERJANJIAN KINERJA TAHUN 2025", "Plt. Kepala Dinas Perindustrian dan Tenaga Kerja", "Ir. SITI AMINAH",
             "Bupati Tanah Merah", "H. ABDUL WAHID", IKU, "Program Penempatan Tenaga Kerja"]
    text = docx_text(download(client, agency, "perjanjian-kinerja", "docx", tahun=TAHUN))
    assert all(t in text for t in texts), [t for t in texts if t not in text]
    pages, pdf_text = pdf_pages(download(client, agency, "perjanjian-kinerja", "pdf", tahun=TAHUN), "perjanjian-kinerja")
    assert pages >= 2
    assert "1.250.000.000" in pdf_text and "PERJANJIAN KINERJA TAHUN 2025" in pdf_text
    cells = xlsx_cells(download(client, agency, "perjanjian-kinerja", "xlsx", tahun=TAHUN))
    target = number_beside(cells, IKU, 2)
    assert isinstance(target, (int, float)) and target == 80
    assert number_beside(cells, "Program Penempatan Tenaga Kerja", 1) == 1250000000


def test_rencana_aksi(client, agency):
    text = docx_text(download(client, agency, "rencana-aksi", "docx", tahun=TAHUN))
    assert "RENCANA AKSI" in text and IKU in text and "TARGET TRIWULAN" in text
    pages, pdf_text = pdf_pages(download(client, agency, "rencana-aksi", "pdf", tahun=TAHUN), "rencana-aksi")
    assert pages >= 1 and "RENCANA AKSI" in pdf_text
    cells = xlsx_cells(download(client, agency, "rencana-aksi", "xlsx", tahun=TAHUN))
    # Columns after the indicator: satuan, yearly target, TW I … TW IV.
    assert [number_beside(cells, IKU, k) for k in range(2, 7)] == [80, 80, 80, 80, 80]
    yearly, *quarters = [number_beside(cells, "Jumlah kasus perselisihan hubungan industrial", k)
                         for k in range(2, 7)]
    assert all(isinstance(v, (int, float)) for v in [yearly, *quarters])
    assert quarters[0] < quarters[3] == yearly  # a summed count is planned cumulatively: TW IV is the year


def test_pengukuran_kinerja(client, agency):
    text = docx_text(download(client, agency, "pengukuran-kinerja", "docx", tahun=TAHUN, tw=3))
    assert "PENGUKURAN KINERJA" in text and "TRIWULAN III TAHUN 2025" in text and IKU in text
    pages, pdf_text = pdf_pages(download(client, agency, "pengukuran-kinerja", "pdf", tahun=TAHUN, tw=3),
                                "pengukuran-kinerja")
    assert pages >= 1 and "TRIWULAN III TAHUN 2025" in pdf_text
    cells = xlsx_cells(download(client, agency, "pengukuran-kinerja", "xlsx", tahun=TAHUN, tw=3))
    target, realisasi, capaian = (number_beside(cells, "Persentase pencari kerja terdaftar yang ditempatkan", k)
                                  for k in (2, 3, 4))
    assert all(isinstance(v, (int, float)) for v in (target, realisasi, capaian))
    # A percent cell holds the fraction under a "%" number format, as Excel users expect.
    assert capaian == pytest.approx(realisasi / target, abs=1e-4)


def test_lkjip(client, agency):
    text = docx_text(download(client, agency, "lkjip", "docx", tahun=TAHUN))
    for expected in ("BAB III", "AKUNTABILITAS KINERJA", "Faktor pendukung", "Kerja sama dengan 40 perusahaan mitra.",
                     "Pelatihan berbasis kompetensi bersama BLK.", "2022–2026", IKU):
        assert expected in text, expected
    pages, pdf_text = pdf_pages(download(client, agency, "lkjip", "pdf", tahun=TAHUN), "lkjip")
    assert pages >= 3 and "Lowongan belum sesuai kompetensi" in pdf_text
    book = openpyxl.load_workbook(io.BytesIO(download(client, agency, "lkjip", "xlsx", tahun=TAHUN)))
    assert {"Capaian 2025", "Perbandingan Tahunan", "Target Renstra"} <= set(book.sheetnames)
    comparison = [c for row in book["Perbandingan Tahunan"].iter_rows() for c in row if c.value is not None]
    # Realisasi 2022 … 2025 side by side, each a number.
    past = [number_beside(comparison, IKU, k) for k in range(2, 6)]
    assert all(isinstance(v, (int, float)) for v in past) and past == sorted(past)
    renstra = [c for row in book["Target Renstra"].iter_rows() for c in row if c.value is not None]
    assert number_beside(renstra, IKU, 2) == 90


def test_pohon_kinerja(client, agency):
    data = download(client, agency, "pohon-kinerja", "docx")
    assert docx_images(data) >= 1 and "POHON KINERJA" in docx_text(data)
    pages, pdf_text = pdf_pages(download(client, agency, "pohon-kinerja", "pdf"), "pohon-kinerja")
    # The tree is drawn as SVG text, which pdfplumber reads back without word spaces.
    squeezed = "".join(pdf_text.split())
    assert pages >= 1 and "POHONKINERJA" in squeezed and "KEPALADINAS" in squeezed
    assert "TingkatKesempatanKerja" in squeezed


@pytest.mark.parametrize("nomor", ["800/112/DPTK/2024", "800/113/DPTK/2024"])
def test_keputusan(client, agency, nomor):
    decree = Decree.objects.get(agency=agency, nomor=nomor)
    name = f"keputusan-{decree.jenis.lower()}"
    text = docx_text(download(client, agency, "keputusan", "docx", keputusan=decree.pk))
    assert f"NOMOR {nomor}" in text and "Menimbang" in text and "MEMUTUSKAN" in text and "LAMPIRAN" in text
    pages, pdf_text = pdf_pages(download(client, agency, "keputusan", "pdf", keputusan=decree.pk), name)
    assert pages >= 2 and "MEMUTUSKAN" in pdf_text
    cells = xlsx_cells(download(client, agency, "keputusan", "xlsx", keputusan=decree.pk))
    names = {c.value for c in cells}
    assert set(decree.indicators.values_list("name", flat=True)) <= names
    if decree.jenis == "IKI":
        assert "2. TUGAS" in text and "3. FUNGSI" in text

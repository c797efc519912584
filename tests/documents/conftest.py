"""Shared fixtures for the document tests: a small realistic agency, and helpers that open what we wrote."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook

from kinerja.documents.model import (
    AgencyInfo, Lkjip, LkjipNarrative, LkjipRow, PastYear, Pengukuran, PengukuranRow, PerjanjianKinerja,
    PerjanjianRow, PohonKinerja, PohonNode, ProgramRow, RencanaAksi, RencanaAksiRow, Signatory,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
ARTIFACTS = REPO / "test-artifacts" / "documents"


def gold(n: int) -> dict:
    return json.loads((SHARED / "gold" / f"seed{n}.json").read_text(encoding="utf-8"))


def save(name: str, data: bytes) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    path.write_bytes(data)
    return path


def docx_text(data: bytes) -> str:
    """Every paragraph and every table cell of the body, in order, one per line."""
    doc = open_docx(io.BytesIO(data))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.extend(c.text for c in row.cells)
    return "\n".join(lines)


def pdf_check(name: str, data: bytes) -> tuple[int, str]:
    """Save the PDF and its pages as PNG (kept as artefacts to look at); return page count and text."""
    assert data.startswith(b"%PDF"), "not a PDF"
    path = save(f"{name}.pdf", data)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to render the PDF; run scripts/install-system-deps.sh")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(ARTIFACTS / name)], check=True)
    pngs = sorted(ARTIFACTS.glob(f"{name}-*.png"))
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = text.count("\f") or 1
    assert len(pngs) == pages, f"{len(pngs)} PNG pages for {pages} PDF pages"
    return pages, text


def squash(text: str) -> str:
    return " ".join(text.split())


def open_xlsx(data: bytes):
    return load_workbook(io.BytesIO(data))


@pytest.fixture
def agency() -> AgencyInfo:
    return AgencyInfo(pemda="Kabupaten Banjar", name="Dinas Tenaga Kerja dan Transmigrasi",
                      address="Jalan A. Yani Km. 37,5 No. 119, Martapura 70613", phone="(0511) 7218166",
                      email="nakertrans.banjar@gmail.com", website="disnaker.banjarkab.go.id", city="Martapura")


@pytest.fixture
def kepala() -> Signatory:
    return Signatory(name="Hj. ST Mahmudah, SH.MH", jabatan="Kepala Dinas Tenaga Kerja dan Transmigrasi",
                     pangkat="Pembina Utama Muda", nip="19751108 199903 2 005")


@pytest.fixture
def bupati() -> Signatory:
    return Signatory(name="H. Saidi Mansyur", jabatan="Bupati Banjar")


SASARAN_A = "Terfasilitasinya Penyediaan Lapangan Kerja Baru"
SASARAN_B = "Meningkatnya produktivitas tenaga kerja"


@pytest.fixture
def perjanjian(agency, kepala, bupati) -> PerjanjianKinerja:
    return PerjanjianKinerja(
        tahun=2024, agency=agency, pihak_pertama=kepala, pihak_kedua=bupati, place="Martapura",
        tanggal=date(2024, 1, 2),
        rows=[PerjanjianRow(SASARAN_A, "Tingkat Kesempatan Kerja", "%", 95.5),
              PerjanjianRow(SASARAN_A, "Jumlah tenaga kerja yang ditempatkan", "orang", 1250),
              PerjanjianRow(SASARAN_B, "Tingkat Produktivitas Tenaga Kerja", "Rp/jam", 19970.25),
              PerjanjianRow(SASARAN_B, "Dokumen rencana pelatihan", None, "1 Dokumen")],
        programs=[ProgramRow("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 1_250_000_000),
                  ProgramRow("Program Penempatan Tenaga Kerja", 487_500_000)])


@pytest.fixture
def rencana_aksi(agency, kepala) -> RencanaAksi:
    return RencanaAksi(
        tahun=2024, agency=agency, signatory=kepala, place="Martapura", tanggal="2024-01-05",
        rows=[RencanaAksiRow(SASARAN_A, "Jumlah tenaga kerja yang ditempatkan", "orang", 1250,
                             (300, 650, 950, 1250), cumulative=True),
              RencanaAksiRow(SASARAN_B, "Tingkat Produktivitas Tenaga Kerja", "Rp/jam", 19970.25,
                             (None, None, None, 19970.25))])


@pytest.fixture
def pengukuran(agency, kepala) -> Pengukuran:
    return Pengukuran(
        tahun=2024, triwulan=2, agency=agency, signatory=kepala, place="Martapura", tanggal=date(2024, 7, 10),
        rows=[PengukuranRow(SASARAN_A, "Tingkat Kesempatan Kerja", "%", 95.5, 94.87, 99.34, "Sangat Tinggi"),
              PengukuranRow(SASARAN_A, "Jumlah tenaga kerja yang ditempatkan", "orang", 650, 412, 63.38, "Rendah"),
              PengukuranRow(SASARAN_B, "Tingkat Produktivitas Tenaga Kerja", "Rp/jam", 19970.25, None, None, None)])


@pytest.fixture
def lkjip(agency) -> Lkjip:
    return Lkjip(
        tahun=2024, agency=agency, past_years=[2021, 2022, 2023], renstra_period="2021–2026",
        rows=[LkjipRow(SASARAN_A, "Tingkat Kesempatan Kerja", "%", 95.5, 96.12, 100.65, "Sangat Tinggi",
                       past={2021: PastYear(94.2, 99.1), 2022: PastYear(95.0, 100.2), 2023: PastYear(None, None)},
                       renstra_target=97.0, realisasi_to_date=96.12, capaian_renstra=99.09),
              LkjipRow(SASARAN_B, "Tingkat Produktivitas Tenaga Kerja", "Rp/jam", 19970.25, 18500, 92.64, "Sangat Tinggi",
                       past={2022: PastYear(17100, 88.0)}, renstra_target=22000, realisasi_to_date=18500,
                       capaian_renstra=84.09)],
        narratives=[LkjipNarrative(SASARAN_A, analisis="Target tercapai berkat bursa kerja.",
                                   faktor_pendukung="Kerja sama dengan 42 perusahaan.\nBursa kerja daring.",
                                   faktor_penghambat="Data BPS terlambat terbit.",
                                   upaya="Menjadwalkan pemutakhiran data setiap triwulan.")])


@pytest.fixture
def pohon(agency) -> PohonKinerja:
    seksi = [PohonNode(f"s{i}", f"Meningkatnya layanan seksi {i}", [f"Jumlah layanan seksi {i}"],
                       jabatan=f"Kepala Seksi {i}", holder=f"Pegawai {i}") for i in range(1, 4)]
    bidang = PohonNode("b1", "Meningkatnya penempatan tenaga kerja", ["Persentase pencari kerja yang ditempatkan"],
                       jabatan="Kepala Bidang Penempatan", children=seksi)
    no_owner = PohonNode("b2", "Meningkatnya pelatihan", ["Jumlah peserta pelatihan"], jabatan=None)
    iku = PohonNode("iku1", SASARAN_A, ["Tingkat Kesempatan Kerja", "Tingkat Pengangguran Terbuka"],
                    jabatan="Kepala Dinas", holder="Hj. ST Mahmudah, SH.MH", children=[bidang, no_owner])
    orphan = PohonNode("x1", "Tertibnya arsip", ["Persentase arsip tertata"], jabatan="Pengadministrasi Umum",
                       missing_parent=True)
    return PohonKinerja(tahun=2024, agency=agency, roots=[iku, orphan])

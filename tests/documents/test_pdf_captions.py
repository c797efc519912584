"""A table's caption stays on the page of the table's header and first row: no page of the PDF ends
with a "Tabel …" line (the LKjIP Bab III once left "Tabel 3.3 …" alone at the bottom of a page)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from kinerja.documents import build_lkjip, render
from kinerja.documents.content import Column, Document, Section, Spacer, Table
from kinerja.documents.model import Lkjip, LkjipRow, PastYear

from .conftest import save

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

LONG = " yang diukur dari jumlah pencari kerja terdaftar yang ditempatkan pada perusahaan mitra"


def pages_text(name: str, data: bytes) -> list[str]:
    path = save(f"{name}.pdf", data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout.split("\f")


def page_endings(name: str, data: bytes) -> list[str]:
    """The last line of text on each page, page numbers in the footer left out."""
    endings = []
    for page in pages_text(name, data):
        lines = [line.strip() for line in page.splitlines() if line.strip() and not line.strip().isdigit()]
        if lines:
            endings.append(lines[-1])
    return endings


def orphaned_captions(name: str, data: bytes) -> list[str]:
    return [line for line in page_endings(name, data) if line.startswith("Tabel")]


def lkjip_with(agency, rows: int, long_every: int) -> Lkjip:
    """Rows of one or two lines (every ``long_every``-th indicator name wraps), so the tables end at
    many different heights on their pages."""
    return Lkjip(tahun=2024, agency=agency, past_years=[2021, 2022, 2023], renstra_period="2021–2026", rows=[
        LkjipRow(f"Sasaran {i // 3}", f"Indikator {i}" + (LONG if i % long_every == 0 else ""), "%", 90.5, 91,
                 100.55, "Tinggi", past={2021: PastYear(80, 90)}, renstra_target=97, realisasi_to_date=96,
                 capaian_renstra=99)
        for i in range(rows)])


# Each of these left a caption of Tabel 3.2 or 3.3 alone at the bottom of a page before the fix.
@pytest.mark.parametrize("rows, long_every", [(14, 3), (17, 7), (29, 2), (33, 3), (40, 5), (47, 2)])
def test_no_lkjip_page_ends_with_a_table_caption(agency, rows, long_every):
    data = render(build_lkjip(lkjip_with(agency, rows, long_every)), "pdf")
    endings = page_endings(f"lkjip-captions-{rows}-{long_every}", data)
    assert len(endings) >= 3
    assert not [line for line in endings if line.startswith("Tabel")], endings
    text = "".join(pages_text(f"lkjip-captions-{rows}-{long_every}", data))
    for caption in ("Tabel 3.1", "Tabel 3.2", "Tabel 3.3"):
        assert caption in text


def test_caption_moves_with_its_table_wherever_the_page_ends():
    """Slide a captioned table down a page point by point, across the height where the caption fits
    but the header and first row no longer do."""
    orphaned = []
    for height in range(395, 440):
        table = Table([Column("NO", 0.4, "number"), Column("SASARAN", 2), Column("INDIKATOR", 3),
                       Column("NILAI", 1, "number")],
                      [[i, f"Sasaran {i // 2}", f"Indikator {i}", i * 1.5] for i in range(3)],
                      merge_repeats=(1,), number_header=True, caption="Tabel 1 Contoh")
        data = render(Document("x", [Section([Spacer(height), table], "landscape")]), "pdf")
        if orphaned_captions("caption-slide", data):
            orphaned.append(height)
        elif height in (395, 439):
            # the sweep does cross the page end: the table is on page 1 at the top, on page 2 at the bottom
            first_page = pages_text("caption-slide", data)[0]
            assert ("Tabel 1" in first_page) == (height == 395)
    assert orphaned == []

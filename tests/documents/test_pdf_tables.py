"""PDF tables across pages: repeated header rows, merged runs that carry their text onto the next page,
embedded fonts, and the same bytes for the same document."""
from __future__ import annotations

import subprocess
from dataclasses import replace

from kinerja.documents import build_pengukuran, render, render_many
from kinerja.documents.model import PengukuranRow

from .conftest import ARTIFACTS, pdf_check, squash

SASARAN = "Sasaran Tunggal Dinas"


def _long(pengukuran, rows: int = 90):
    return replace(pengukuran, rows=[
        PengukuranRow(SASARAN, f"Indikator nomor {i:03d} yang diukur setiap triwulan", "%", 80, 60 + i % 40,
                      (60 + i % 40) / 0.8, "Tinggi") for i in range(rows)])


def test_a_merged_run_longer_than_a_page_repeats_its_text_and_the_header(pengukuran):
    pages, text = pdf_check("long-run", render(build_pengukuran(_long(pengukuran)), "pdf"))
    assert pages >= 3
    printed = [squash(p) for p in text.split("\f") if p.strip()]
    table_pages = [p for p in printed if "Indikator nomor" in p]
    assert len(table_pages) >= 3
    for page_text in table_pages:
        assert "CAPAIAN (%)" in page_text, "a page lost the header row"
        assert SASARAN in page_text, "a page that starts inside the merged sasaran does not name it"
    flat = " ".join(printed)
    # every row printed once: a split neither drops nor repeats body rows
    assert all(flat.count(f"Indikator nomor {i:03d} ") == 1 for i in range(90))
    assert "Indikator nomor 005 yang diukur setiap triwulan % 80 65 81,25 Tinggi" in flat


def test_fonts_are_embedded(pengukuran):
    path = ARTIFACTS / "long-run-fonts.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render(build_pengukuran(pengukuran), "pdf"))
    listing = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    fonts = listing.splitlines()[2:]
    assert fonts, listing
    # columns: name type encoding emb sub uni object ID; a printer must not substitute a government letter's font
    assert all(line.split()[-5] == "yes" for line in fonts), listing


def test_same_document_same_bytes(pengukuran):
    document = build_pengukuran(pengukuran)
    first = render(document, "pdf")
    assert render(document, "pdf") == first
    assert render_many([(document, "pdf"), (document, "docx")], workers=2)[0] == first

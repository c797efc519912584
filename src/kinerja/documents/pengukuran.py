"""The quarterly Pengukuran Kinerja form: target, realisasi, capaian and predikat per indicator."""
from __future__ import annotations

from kinerja.documents.blocks import agency_line, dated_signature, title
from kinerja.documents.content import Column, Document, Kop, Paragraph, Section, Spacer, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.model import Pengukuran
from kinerja.documents.wording import triwulan

COLUMNS = [Column("NO", 0.5, "center"), Column("SASARAN", 3.0), Column("INDIKATOR KINERJA", 3.5),
           Column("SATUAN", 1.0, "center"), Column("TARGET", 1.2, "number"), Column("REALISASI", 1.2, "number"),
           Column("CAPAIAN (%)", 1.1, "percent"), Column("PREDIKAT", 1.3, "center"),
           Column("KETERANGAN", 1.4)]
VERIFIED_ONLY = "Hanya realisasi yang telah diverifikasi yang dicetak; yang lain ditandai pada kolom KETERANGAN."


def build_pengukuran(p: Pengukuran) -> Document:
    if not p.rows:
        raise DocumentError("Pengukuran Kinerja tanpa indikator", "A Pengukuran Kinerja needs indicators")
    tw = triwulan(p.triwulan)
    rows = [[i, r.sasaran, r.indikator, r.satuan, r.target, r.realisasi, r.capaian, r.predikat, r.keterangan]
            for i, r in enumerate(p.rows, start=1)]
    blocks = [
        Kop(p.agency), Spacer(2),
        *title("PENGUKURAN KINERJA", f"TRIWULAN {tw} TAHUN {p.tahun}", agency_line(p.agency)),
        Table(columns=COLUMNS, rows=rows, merge_repeats=(1,), number_header=True, sheet=f"TW {tw} {p.tahun}"),
        *([Paragraph(VERIFIED_ONLY, italic=True, size=9)] if p.verified_only else []),
        *dated_signature(p.signatory, p.agency, p.place, p.tanggal),
    ]
    return Document(title=f"Pengukuran Kinerja Triwulan {tw} Tahun {p.tahun} {agency_line(p.agency)}",
                    sections=[Section(blocks, "landscape")])

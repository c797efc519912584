"""Chapter III of the LKjIP (Laporan Kinerja Instansi Pemerintah): Akuntabilitas Kinerja.

Three tables (this year's target/realisasi/capaian; the past years side by side; realisasi to date
against the Renstra end target) followed by the planner's narrative per sasaran.
"""
from __future__ import annotations

from kinerja.documents.blocks import agency_line, title
from kinerja.documents.content import Column, Document, HeaderCell, Paragraph, Section, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.model import Lkjip, LkjipNarrative

_LEAD = [Column("NO", 0.5, "center"), Column("SASARAN", 2.8), Column("INDIKATOR KINERJA", 3.2),
         Column("SATUAN", 0.9, "center")]
NARRATIVE_FIELDS = (("analisis", "Analisis capaian"), ("faktor_pendukung", "Faktor pendukung"),
                    ("faktor_penghambat", "Faktor penghambat"), ("upaya", "Upaya yang dilakukan"))


def build_lkjip(report: Lkjip) -> Document:
    if not report.rows:
        raise DocumentError("LKjIP tanpa indikator", "An LKjIP needs indicators")
    n = report.tahun
    years = sorted(report.past_years)
    if any(y >= n for y in years):
        raise DocumentError(f"Tahun pembanding harus sebelum {n}", f"Comparison years must be before {n}")
    intro = [
        *title("BAB III", "AKUNTABILITAS KINERJA"),
        Paragraph("A. Capaian Kinerja Organisasi", bold=True, space_after=6),
        Paragraph(f"Pengukuran kinerja {agency_line(report.agency)} Tahun {n} dilakukan dengan membandingkan "
                  "target dan realisasi setiap indikator kinerja sasaran sebagaimana ditetapkan dalam "
                  "Perjanjian Kinerja, sebagaimana disajikan pada tabel-tabel berikut.", align="justify"),
    ]
    numbered = list(enumerate(report.rows, start=1))
    this_year = Table(
        columns=_LEAD + [Column("TARGET", 1.2, "number"), Column("REALISASI", 1.2, "number"),
                         Column("CAPAIAN (%)", 1.1, "percent"), Column("PREDIKAT", 1.3, "center"),
                         Column("KETERANGAN", 1.3)],
        rows=[[i, r.sasaran, r.indikator, r.satuan, r.target, r.realisasi, r.capaian, r.predikat, r.keterangan]
              for i, r in numbered],
        merge_repeats=(1,), number_header=True, sheet=f"Capaian {n}",
        caption=f"Tabel 3.1 Target, Realisasi dan Capaian Kinerja Tahun {n}")
    all_years = years + [n]
    header = [
        [HeaderCell(c.title, rowspan=2) for c in _LEAD]
        + [HeaderCell("REALISASI", colspan=len(all_years)), HeaderCell("CAPAIAN (%)", colspan=len(all_years))],
        [HeaderCell(str(y)) for y in all_years] * 2,
    ]

    def past(r, y, what):
        if y == n:
            return getattr(r, what)
        figures = r.past.get(y)
        return getattr(figures, what) if figures else None

    comparison = Table(
        columns=_LEAD + [Column(f"REALISASI {y}", 1.0, "number") for y in all_years]
        + [Column(f"CAPAIAN {y} (%)", 1.0, "percent") for y in all_years],
        rows=[[i, r.sasaran, r.indikator, r.satuan] + [past(r, y, "realisasi") for y in all_years]
              + [past(r, y, "capaian") for y in all_years] for i, r in numbered],
        header=header, merge_repeats=(1,), number_header=True, sheet="Perbandingan Tahunan", font_size=8.0,
        caption=f"Tabel 3.2 Perbandingan Realisasi dan Capaian Kinerja Tahun {all_years[0]}–{n}")
    period = f" ({report.renstra_period})" if report.renstra_period else ""
    renstra = Table(
        columns=_LEAD + [Column(f"TARGET AKHIR RENSTRA{period}", 1.4, "number"),
                         Column(f"REALISASI S.D. TAHUN {n}", 1.4, "number"),
                         Column("CAPAIAN (%)", 1.1, "percent")],
        rows=[[i, r.sasaran, r.indikator, r.satuan, r.renstra_target, r.realisasi_to_date, r.capaian_renstra]
              for i, r in numbered],
        merge_repeats=(1,), number_header=True, sheet="Target Renstra",
        caption=f"Tabel 3.3 Realisasi Kinerja s.d. Tahun {n} terhadap Target Akhir Renstra{period}")
    sections = [Section(intro), Section([this_year, comparison, renstra], "landscape")]
    narrative = _narrative(report)
    if narrative:
        sections.append(Section(narrative))
    return Document(title=f"LKjIP Tahun {n} Bab III {agency_line(report.agency)}", sections=sections)


def _narrative(report: Lkjip) -> list:
    by_sasaran: dict[str, LkjipNarrative] = {}
    for item in report.narratives:
        by_sasaran[item.sasaran.strip().lower()] = item
    order: list[str] = []
    for r in report.rows:
        if r.sasaran.strip().lower() not in order:
            order.append(r.sasaran.strip().lower())
    order += [k for k in by_sasaran if k not in order]
    blocks: list = []
    number = 0
    for key in order:
        item = by_sasaran.get(key)
        filled = [(label, getattr(item, attr)) for attr, label in NARRATIVE_FIELDS
                  if item and (getattr(item, attr) or "").strip()]
        if not filled:
            continue
        number += 1
        blocks.append(Paragraph(f"Sasaran {number}: {item.sasaran}", bold=True, space_after=4, keep_with_next=True))
        for label, text in filled:
            blocks.append(Paragraph(label, bold=True, italic=True, indent=0.6, space_after=2, keep_with_next=True))
            for para in text.strip().split("\n"):
                if para.strip():
                    blocks.append(Paragraph(para.strip(), align="justify", indent=0.6, space_after=4))
    if blocks:
        blocks.insert(0, Paragraph("B. Analisis Capaian Kinerja per Sasaran", bold=True, space_after=6))
    return blocks

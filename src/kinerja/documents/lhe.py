"""The LHE (*Laporan Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah*) the Inspektorat issues to
an agency: scores per component and sub-component (self-assessment beside the evaluator's), the total
and its grade, the conclusion, the evaluator's notes per criterion, and the recommendations with who
follows them up and by when.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kinerja.documents.blocks import dated_signature, title
from kinerja.documents.content import Column, Document, Fields, Kop, Paragraph, Section, Spacer, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.model import AgencyInfo, Number, Signatory
from kinerja.documents.wording import tanggal
from kinerja.numbers import format_number


@dataclass
class LheScore:
    code: str                       # "1" for a component, "1.a" for a sub-component
    name: str
    weight: Number
    usulan: Number | None           # the agency's self-assessment
    penetapan: Number | None        # the evaluator's score


@dataclass
class LheFinding:
    code: str                       # the criterion, "1.b.5"
    criterion: str
    note: str


@dataclass
class LheRecommendation:
    text: str
    owner: str | None = None        # who follows it up
    due: date | None = None


@dataclass
class Lhe:
    tahun: int                      # the year evaluated
    issuer: AgencyInfo              # the Inspektorat: printed as the kop surat
    agency: str                     # the agency evaluated
    instrument: str                 # "LKE PermenPANRB 88/2021"
    scores: list[LheScore]
    total_usulan: Number | None
    total_penetapan: Number | None
    grade: str | None               # "BB"
    grade_label: str | None         # "Sangat Baik"
    summary: str = ""
    findings: list[LheFinding] = field(default_factory=list)
    recommendations: list[LheRecommendation] = field(default_factory=list)
    nomor: str | None = None
    signatory: Signatory | None = None
    place: str | None = None
    tanggal: date | None = None
    draft: bool = False             # not final yet: printed as KONSEP


SCORE_COLUMNS = [Column("KODE", 0.8, "center"), Column("KOMPONEN / SUB-KOMPONEN", 6.0), Column("BOBOT", 1.0, "number"),
                 Column("NILAI USULAN", 1.3, "number", 2), Column("NILAI PENETAPAN", 1.4, "number", 2)]
RECOMMENDATION_COLUMNS = [Column("NO", 0.5, "center"), Column("REKOMENDASI", 6.0), Column("PENANGGUNG JAWAB", 2.2),
                          Column("BATAS WAKTU", 1.5, "center")]


def build_lhe(lhe: Lhe) -> Document:
    if not lhe.scores:
        raise DocumentError("LHE tanpa nilai komponen", "An LHE needs component scores")
    blocks: list = [Kop(lhe.issuer), Spacer(2),
                    *title("LAPORAN HASIL EVALUASI", "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", lhe.agency,
                           f"TAHUN {lhe.tahun}")]
    if lhe.draft:
        blocks.append(Paragraph("KONSEP — BELUM FINAL", bold=True, align="center", space_after=8))
    total = lhe.total_penetapan if lhe.total_penetapan is not None else lhe.total_usulan
    grade = f"{lhe.grade} ({lhe.grade_label})" if lhe.grade else "–"
    blocks.append(Fields([
        *([("Nomor", lhe.nomor)] if lhe.nomor else []),
        ("Perangkat daerah", lhe.agency), ("Tahun yang dievaluasi", str(lhe.tahun)), ("Instrumen", lhe.instrument),
        ("Nilai", format_number(total, 2) if total is not None else "–"), ("Predikat", grade),
    ]))
    blocks += [
        Paragraph("A. Dasar dan Ruang Lingkup", bold=True, space_after=4, keep_with_next=True),
        Paragraph(f"Evaluasi dilaksanakan berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
                  f"Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, atas "
                  f"implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) {lhe.agency} tahun "
                  f"{lhe.tahun}, meliputi perencanaan kinerja, pengukuran kinerja, pelaporan kinerja dan evaluasi "
                  f"akuntabilitas kinerja internal, dengan {lhe.instrument}.", align="justify"),
        Paragraph("B. Hasil Evaluasi", bold=True, space_after=4, keep_with_next=True),
        Table(columns=SCORE_COLUMNS,
              rows=[[s.code, s.name if "." not in s.code else f"   {s.name}", s.weight, s.usulan, s.penetapan]
                    for s in lhe.scores],
              total_row=["", "NILAI AKHIR", 100, lhe.total_usulan, lhe.total_penetapan], number_header=True,
              sheet="Nilai", caption=f"Tabel 1 Nilai Evaluasi AKIP Tahun {lhe.tahun}"),
        Paragraph(f"Nilai akhir {format_number(total, 2) if total is not None else '–'} dengan predikat {grade}.",
                  bold=True, space_after=8),
    ]
    if lhe.summary.strip():
        blocks.append(Paragraph("C. Simpulan", bold=True, space_after=4, keep_with_next=True))
        blocks += [Paragraph(p.strip(), align="justify") for p in lhe.summary.split("\n") if p.strip()]
    if lhe.findings:
        blocks.append(Paragraph("D. Catatan Evaluator per Kriteria", bold=True, space_after=4, keep_with_next=True))
        for f in lhe.findings:
            blocks.append(Paragraph(f"{f.code} {f.criterion}", italic=True, indent=0.6, space_after=1,
                                    keep_with_next=True))
            blocks.append(Paragraph(f.note.strip(), align="justify", indent=0.6, space_after=4))
    blocks.append(Paragraph("E. Rekomendasi", bold=True, space_after=4, keep_with_next=True))
    if lhe.recommendations:
        blocks.append(Table(columns=RECOMMENDATION_COLUMNS,
                            rows=[[n, r.text, r.owner, tanggal(r.due) if r.due else None]
                                  for n, r in enumerate(lhe.recommendations, start=1)],
                            number_header=True, sheet="Rekomendasi",
                            caption="Tabel 2 Rekomendasi dan Tindak Lanjut yang Diharapkan"))
        blocks.append(Paragraph("Tindak lanjut setiap rekomendasi dilaporkan beserta bukti dukungnya dan akan dinilai "
                                "pada evaluasi tahun berikutnya (komponen 4.c).", align="justify"))
    else:
        blocks.append(Paragraph("Tidak ada rekomendasi.", italic=True))
    blocks += dated_signature(lhe.signatory, lhe.issuer, lhe.place, lhe.tanggal)
    return Document(title=f"LHE AKIP {lhe.agency} Tahun {lhe.tahun}", sections=[Section(blocks)])

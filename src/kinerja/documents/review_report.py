"""The indicator review report (*Laporan Telaah Kualitas Indikator Kinerja*) a planner hands to the
Inspektorat: counts per kind of problem, the findings about the whole decree, then every indicator with
its findings in words, the words of the decree they rest on, and what to write instead.

Built from the review's findings (:mod:`kinerja.review`) on the documents content model, so the .docx and
the .pdf say the same thing. The finding codes appear only as a small reference for whoever answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kinerja.documents.blocks import agency_line, dated_signature, title
from kinerja.documents.content import Column, Document, Kop, Paragraph, Section, Spacer, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.model import AgencyInfo, Signatory
from kinerja.documents.wording import tanggal
from kinerja.review import KINDS, SEVERITIES, Finding

_SEVERITY = {"id": {"error": "Galat", "warning": "Peringatan", "info": "Catatan"},
             "en": {"error": "Error", "warning": "Warning", "info": "Note"}}
_WORDS = {
    "id": {"title": "LAPORAN TELAAH KUALITAS INDIKATOR KINERJA", "kind": "Jenis masalah", "total": "Jumlah",
           "no": "No", "indicator": "Indikator", "finding": "Temuan dan bukti", "fix": "Saran perbaikan",
           "level": "Tingkat", "decree": "Temuan untuk seluruh keputusan",
           "intro": "Telaah ini memeriksa {n} indikator kinerja yang berlaku. {m} indikator tanpa temuan; "
                    "{k} temuan tercatat: {e} galat (angka akan salah atau tidak bermakna), {w} peringatan (akan "
                    "dinilai kurang oleh evaluator) dan {c} catatan.",
           "none": "Tidak ada temuan pada indikator yang ditelaah.", "rows": "baris", "why": "Mengapa",
           "caption": "Rekapitulasi temuan per jenis masalah", "list": "Temuan per indikator", "code": "kode"},
    "en": {"title": "INDICATOR QUALITY REVIEW REPORT", "kind": "Kind of problem", "total": "Total",
           "no": "No", "indicator": "Indicator", "finding": "Finding and evidence", "fix": "Suggested fix",
           "level": "Severity", "decree": "Findings about the whole decree",
           "intro": "This review examines {n} active performance indicators. {m} indicators have no finding; "
                    "{k} findings were recorded: {e} errors (the number will be wrong or meaningless), {w} "
                    "warnings (an evaluator will mark them down) and {c} notes.",
           "none": "No finding on the indicators reviewed.", "rows": "rows", "why": "Why",
           "caption": "Findings per kind of problem", "list": "Findings per indicator", "code": "code"},
}


@dataclass
class ReviewedIndicator:
    name: str
    holder: str | None                     # the jabatan or penanggung jawab
    findings: list[Finding]


@dataclass
class ReviewReport:
    agency: AgencyInfo
    indicators: int                        # how many were reviewed
    items: list[ReviewedIndicator]         # the indicators with findings
    general: list[Finding] = field(default_factory=list)   # about the whole decree
    tanggal: date | None = None
    signatory: Signatory | None = None
    place: str | None = None
    language: str = "id"


def build_review_report(report: ReviewReport) -> Document:
    lang = "en" if report.language.startswith("en") else "id"
    words = _WORDS[lang]
    if report.indicators < 0:
        raise DocumentError("Jumlah indikator tidak sah", "Invalid number of indicators")
    every = report.general + [f for item in report.items for f in item.findings]
    by_severity = {s: sum(f.severity == s for f in every) for s in SEVERITIES}
    blocks: list = [Kop(report.agency), Spacer(2),
                    *title(words["title"], agency_line(report.agency),
                           tanggal(report.tanggal) if report.tanggal else "")]
    blocks.append(Paragraph(words["intro"].format(n=report.indicators, m=report.indicators - len(report.items),
                                                  k=len(every), e=by_severity["error"], w=by_severity["warning"],
                                                  c=by_severity["info"]), align="justify"))
    if not every:
        blocks.append(Paragraph(words["none"]))
    else:
        blocks.append(_kinds_table(every, lang))
    if report.general:
        blocks.append(Paragraph(words["decree"], bold=True, keep_with_next=True))
        for f in report.general:
            blocks.append(Paragraph(f"• {f.message(lang)} {_fix(f, lang)}", indent=0.5))
    if report.items:
        blocks.append(Paragraph(words["list"], bold=True, keep_with_next=True))
        blocks.append(_findings_table(report.items, lang))
    blocks += dated_signature(report.signatory, report.agency, report.place, report.tanggal)
    return Document(title=f"{words['title'].title()} {agency_line(report.agency)}",
                    sections=[Section(blocks, "landscape")])


def _fix(f: Finding, lang: str) -> str:
    fix = f.fix(lang)
    return f"— {fix}" if fix else ""


def _kinds_table(findings: list[Finding], lang: str) -> Table:
    words = _WORDS[lang]
    names = _SEVERITY[lang]
    rows = []
    for key, kind in KINDS.items():
        mine = [f for f in findings if f.kind == key]
        if mine:
            rows.append([kind.label(lang)] + [sum(f.severity == s for f in mine) for s in SEVERITIES] + [len(mine)])
    total = ["", *[sum(f.severity == s for f in findings) for s in SEVERITIES], len(findings)]
    total[0] = words["total"]
    columns = [Column(words["kind"], 4.0)] + [Column(names[s], 1.0, "number") for s in SEVERITIES] + \
        [Column(words["total"], 1.0, "number")]
    return Table(columns=columns, rows=rows, total_row=total, caption=words["caption"], sheet=words["caption"][:31])


def _findings_table(items: list[ReviewedIndicator], lang: str) -> Table:
    words = _WORDS[lang]
    rows: list[list] = []
    for number, item in enumerate(items, start=1):
        label = item.name + (f" ({item.holder})" if item.holder else "")
        for f in item.findings:
            evidence = "; ".join(f"«{e.text}»" for e in f.evidence if e.text and e.text != "—")
            said = f"{f.message(lang)}" + (f" {evidence}" if evidence else "") + f" [{words['code']}: {f.code}]"
            rows.append([number, label, said, f.fix(lang) or "–", _SEVERITY[lang][f.severity]])
    columns = [Column(words["no"], 0.5, "center"), Column(words["indicator"], 3.0),
               Column(words["finding"], 4.5), Column(words["fix"], 3.0), Column(words["level"], 1.1, "center")]
    return Table(columns=columns, rows=rows, merge_repeats=(0, 1), font_size=8.5, sheet=words["list"][:31])

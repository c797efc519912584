"""What the side-by-side preview shows: source lines on one side, the corrected rows on the other."""
from __future__ import annotations

from dataclasses import dataclass, field

from kinerja.formula import REVIEW_THRESHOLD
from kinerja.importer import NoIndicatorRows
from kinerja.intake.models import ImportSession
from kinerja.intake.names import same_name
from kinerja.intake.quality import review_reading
from kinerja.intake.sessions import HEADER_FIELDS, ROW_FIELDS, corrected_catalog, dropped_rows
from kinerja.intake.structure import UnitPlan, plan_structure
from kinerja.review import Finding

_SERIOUS = ("error", "warning")


@dataclass
class Cell:
    field: str
    value: object
    uncertain: bool = False   # the importer was unsure and nobody has corrected it yet
    corrected: bool = False


@dataclass
class Row:
    index: int
    line: int | None
    page: int | None
    cells: list[Cell]
    formula: dict
    dropped: bool = False
    confidence: float = 1.0          # the reader's, 0..1
    flags: list[str] = field(default_factory=list)         # why the reader doubts the row
    findings: list[Finding] = field(default_factory=list)  # what the indicator review says of it

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def confidence_percent(self) -> int:
        return round(self.confidence * 100)

    @property
    def low_confidence(self) -> bool:
        return self.confidence < REVIEW_THRESHOLD

    @property
    def needs_review(self) -> bool:
        """Every unsure cell, low-confidence or flagged row, and every row the review finds fault with."""
        if self.dropped:
            return False
        return (any(c.uncertain for c in self.cells) or self.low_confidence or bool(self.flags)
                or any(f.severity in _SERIOUS for f in self.findings))


@dataclass
class Preview:
    header: list[Cell]
    rows: list[Row]
    source_lines: list[tuple[int, str]]
    warnings: list[dict]
    agency_mismatch: str | None = None   # the agency the decree names, when it is not this one
    lines_with_rows: set[int] = field(default_factory=set)
    problem: NoIndicatorRows | None = None      # nothing read: what was looked for, what to do next
    structure: list[UnitPlan] = field(default_factory=list)
    decree_findings: list[Finding] = field(default_factory=list)
    tables: int = 0

    @property
    def uncertain_count(self) -> int:
        return sum(1 for r in self.rows if r.needs_review)

    @property
    def active_count(self) -> int:
        return sum(1 for r in self.rows if not r.dropped)


def build_preview(session: ImportSession) -> Preview:
    reading = session.reading or {}
    catalog = reading.get("catalog") or {}
    corrections = session.corrections or {}
    doc_fixes = corrections.get("document", {})
    document = {**(catalog.get("document") or {}), **doc_fixes}
    header = [Cell(f, document.get(f), corrected=f in doc_fixes) for f in HEADER_FIELDS]

    uncertain: dict[int, set[str]] = {}
    for index, name in reading.get("uncertain") or []:
        uncertain.setdefault(int(index), set()).add(name)
    sources = reading.get("row_sources") or []
    notes = reading.get("row_notes") or []
    dropped = dropped_rows(session)
    corrected = corrected_catalog(session)
    with_all_rows = {**corrected, "indicators": [{**row, **corrections.get("rows", {}).get(str(i), {})}
                                                 for i, row in enumerate(catalog.get("indicators") or [])]}
    decree_findings, findings = review_reading(with_all_rows) if with_all_rows["indicators"] else ([], {})
    rows = []
    for i, original in enumerate(catalog.get("indicators") or []):
        fixes = corrections.get("rows", {}).get(str(i), {})
        row = {**original, **fixes}
        source = sources[i] if i < len(sources) else {}
        note = notes[i] if i < len(notes) else {}
        cells = [Cell(f, row.get(f), uncertain=f in uncertain.get(i, set()) and f not in fixes,
                      corrected=f in fixes) for f in ROW_FIELDS]
        confidence = 1.0 if "formula_text" in fixes or "formula" in fixes else float(note.get("confidence", 1.0))
        rows.append(Row(i, source.get("line"), source.get("page"), cells, row.get("formula") or {}, i in dropped,
                        confidence=confidence, flags=list(note.get("flags") or []), findings=findings.get(i, [])))

    named = document.get("perangkat_daerah")
    mismatch = named if named and not same_name(named, session.agency.name) else None
    tables = len(reading.get("tables") or [])
    return Preview(header=header, rows=rows,
                   source_lines=list(enumerate(reading.get("source_lines") or [], start=1)),
                   warnings=list(catalog.get("warnings") or []), agency_mismatch=mismatch,
                   lines_with_rows={r.line for r in rows if r.line},
                   problem=None if rows else NoIndicatorRows.for_tables(tables),
                   structure=plan_structure(session.agency, corrected, corrections.get("structure")),
                   decree_findings=decree_findings, tables=tables)

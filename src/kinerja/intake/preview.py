"""What the side-by-side preview shows: source lines on one side, the corrected rows on the other."""
from __future__ import annotations

from dataclasses import dataclass, field

from kinerja.intake.models import ImportSession
from kinerja.intake.names import same_name
from kinerja.intake.sessions import HEADER_FIELDS, ROW_FIELDS, dropped_rows


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

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def needs_review(self) -> bool:
        return not self.dropped and any(c.uncertain for c in self.cells)


@dataclass
class Preview:
    header: list[Cell]
    rows: list[Row]
    source_lines: list[tuple[int, str]]
    warnings: list[dict]
    agency_mismatch: str | None = None   # the agency the decree names, when it is not this one
    lines_with_rows: set[int] = field(default_factory=set)

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
    dropped = dropped_rows(session)
    rows = []
    for i, original in enumerate(catalog.get("indicators") or []):
        fixes = corrections.get("rows", {}).get(str(i), {})
        row = {**original, **fixes}
        source = sources[i] if i < len(sources) else {}
        cells = [Cell(f, row.get(f), uncertain=f in uncertain.get(i, set()) and f not in fixes,
                      corrected=f in fixes) for f in ROW_FIELDS]
        rows.append(Row(i, source.get("line"), source.get("page"), cells, row.get("formula") or {}, i in dropped))

    named = document.get("perangkat_daerah")
    mismatch = named if named and not same_name(named, session.agency.name) else None
    return Preview(header=header, rows=rows,
                   source_lines=list(enumerate(reading.get("source_lines") or [], start=1)),
                   warnings=list(catalog.get("warnings") or []), agency_mismatch=mismatch,
                   lines_with_rows={r.line for r in rows if r.line})

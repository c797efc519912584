"""The planner's say on a table the reader could not infer: which column holds what, which row is the
header, which rows are the rest of the row above.

A mapping is keyed by the table's place in the document (0-based, tables in reading order):

    {"0": {"columns": {"indikator": 2, "formula_text": 3}, "header_row": 0, "joins": [5, 6]}}

``header_row``: rows up to and including it are titles, not data. ``joins``: rows (before the header row
is dropped) that go on from the row above and are joined to it cell by cell. Rows read under a mapping
are not flagged for their columns: a person said what they are.
"""
from __future__ import annotations

from kinerja.importer.columns import FIELDS, header_map
from kinerja.importer.model import SourceDocument, Table

MAX_SHOWN_ROWS = 300
MAX_SHOWN_CELL = 400
ALLOWED = set(FIELDS) | {"jabatan", "number"}


def _snapshot(index: int, table: Table) -> dict:
    columns = table.columns or next((m for m in (header_map(r.cells) for r in table.rows) if m), None)
    return {"index": index, "line": table.rows[0].where.line if table.rows else None, "columns": columns,
            "rows": [[c[:MAX_SHOWN_CELL] for c in row.cells] for row in table.rows[:MAX_SHOWN_ROWS]]}


def apply_mapping(source: SourceDocument, mapping: dict) -> list[dict]:
    """Apply ``mapping`` to the tables of ``source`` in place; return every table as it was found."""
    found = []
    tables = [item for item in source.items if isinstance(item, Table)]
    for index, table in enumerate(tables):
        found.append(_snapshot(index, table))
        say = mapping.get(str(index)) or mapping.get(index)
        if not isinstance(say, dict):
            continue
        columns = {f: int(c) for f, c in (say.get("columns") or {}).items()
                   if f in ALLOWED and str(c).lstrip("-").isdigit() and int(c) >= 0}
        if "indikator" not in columns:
            continue
        joins = {int(j) for j in say.get("joins") or [] if str(j).isdigit()}
        header = say.get("header_row")
        header = header if isinstance(header, int) and header >= 0 else -1
        rows: list = []
        for k, row in enumerate(table.rows):  # indexes are the table's as found
            if k <= header:
                continue
            if k in joins and rows:
                above = rows[-1]
                width = max(len(above.cells), len(row.cells))
                a = above.cells + [""] * (width - len(above.cells))
                b = row.cells + [""] * (width - len(row.cells))
                above.cells = [f"{x.strip()} {y.strip()}".strip() for x, y in zip(a, b)]
                continue
            rows.append(row)
        table.rows = rows
        table.columns = columns
        table.note = None
    return found

"""Text as extracted from a PDF (or typed as .md/.txt) → lines and tables.

A line with tabs is a table row (PDF extractors put a tab between cells); a line that starts and
ends with ``|`` is a markdown table row, and ``|---|`` rows are dropped. Consecutive table rows,
blank lines between them included, form one table; any other text line ends it.
"""
from __future__ import annotations

import re

from kinerja.importer.model import SourceDocument, Table, TableRow, TextLine, Where

_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _markdown_cells(line: str) -> list[str] | None:
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|") and s.count("|") >= 3):
        return None
    return [c.strip() for c in re.split(r"(?<!\\)\|", s[1:-1])]


def text_to_source(text: str) -> SourceDocument:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    items: list = []
    table: Table | None = None
    for number, line in enumerate(lines, start=1):
        where = Where(line=number)
        if "\t" in line:
            cells = line.split("\t")
        elif _MD_SEPARATOR.match(line.strip()) and line.count("-") >= 3 and "|" in line:
            continue
        else:
            cells = _markdown_cells(line)
        if cells is not None:
            if table is None:
                table = Table()
                items.append(table)
            table.rows.append(TableRow(cells, where))
            continue
        if not line.strip():
            if table is None:
                items.append(TextLine("", where))
            continue
        table = None
        items.append(TextLine(line, where))
    return SourceDocument(items=items, lines=lines)

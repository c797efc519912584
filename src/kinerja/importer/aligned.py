"""A table whose columns are kept apart only by spaces (``pdftotext -layout``, a table typed in a
plain-text editor): cells wrap onto further lines within their column, and the table may run over a
page break with or without its header repeated.

The header's labels give the columns. Between two labels lies a stretch where the cut must fall; each
line of the table keeps only the positions of that stretch where it has a space. A line that leaves
no position in some stretch is not part of the table, so the table ends there. Lines are then cut at
the right-most position left in each stretch (the column's left edge), and physical lines are grouped
into rows: a row starts where the number column (or, without one, the indicator column) starts.
"""
from __future__ import annotations

import re

from kinerja.importer.columns import Label, header_labels, only_header_words
from kinerja.importer.model import Table, TableRow, Where
from kinerja.importer.page_marks import is_page_mark
from kinerja.importer.structure_lines import ends_table

NOTE = "tabel tanpa garis: kolom dibaca dari perataan spasi"
_ROW_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?$")
_MAX_LINES = 20000


def _fits(line: str, stretches: list[set[int]]) -> list[set[int]] | None:
    out = []
    for allowed in stretches:
        left = {p for p in allowed if p >= len(line) or line[p] == " "}
        if not left:
            return None
        out.append(left)
    return out


def _column_map(labels: list[Label]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, label in enumerate(labels):
        if label.field and label.field not in columns and label.field != "target":
            columns[label.field] = i
    return columns


def read_aligned(lines: list[str], start: int, labels: list[Label]) -> tuple[Table, int]:
    """The table whose header is ``lines[start]`` and the index of the first line after it."""
    stretches = [set(range(labels[j].start + 1, labels[j + 1].start)) for j in range(len(labels) - 1)]
    stretches = _fits(lines[start], stretches) or stretches
    taken: list[int] = []
    i = start + 1
    blank_run = 0
    while i < len(lines) and i - start < _MAX_LINES:
        line = lines[i].expandtabs()
        if is_page_mark(line):
            i += 1
            continue
        if not line.strip():
            blank_run += 1
            if blank_run > 2:
                break
            i += 1
            continue
        if header_labels(line) is not None or not taken and only_header_words(line):
            # the header repeated after a page break, or the rest of a label wrapped under it
            i += 1
            blank_run = 0
            continue
        if ends_table(line):
            break
        fitted = _fits(line, stretches)
        if fitted is None:
            break
        stretches = fitted
        taken.append(i)
        blank_run = 0
        i += 1
    end = taken[-1] + 1 if taken else start + 1
    cuts = [max(s) for s in stretches]
    columns = _column_map(labels)
    anchor = columns.get("number", columns.get("indikator"))
    table = Table(columns=columns, note=NOTE)
    previous_line = None
    for index in taken:
        line = lines[index].expandtabs()
        bounds = [0, *cuts, max(len(line), cuts[-1] + 1 if cuts else len(line))]
        cells = [line[bounds[k]:bounds[k + 1]].strip() for k in range(len(bounds) - 1)]
        if _starts_row(cells, anchor, columns, table.rows, previous_line, index):
            table.rows.append(TableRow(cells, Where(line=index + 1)))
        else:
            row = table.rows[-1]
            row.cells = [f"{a} {b}".strip() for a, b in zip(row.cells, cells)]
        previous_line = (index, cells)
    return table, end


def _starts_row(cells: list[str], anchor: int | None, columns: dict[str, int], rows: list[TableRow],
                previous_line: tuple[int, list[str]] | None, index: int) -> bool:
    if not rows:
        return True
    if anchor is None:
        return False
    text = cells[anchor]
    if "number" in columns:
        return bool(_ROW_NUMBER.match(text))
    if not text:
        return False
    if previous_line is None or index - previous_line[0] > 1 or not previous_line[1][anchor]:
        return True
    present = [c for c in cells if c]
    return len(present) >= 2 and all(c[:1].isupper() or c[:1].isdigit() or c[:1] == "(" for c in present)


def header_at(line: str) -> list[Label] | None:
    """The labels of ``line`` when it is the header of an aligned table (labels apart by 2+ spaces)."""
    labels = header_labels(line.expandtabs())
    if labels is None or len(labels) < 3:
        return None
    gaps = [labels[j + 1].start - labels[j].end for j in range(len(labels) - 1)]
    return labels if sum(g >= 2 for g in gaps) >= len(gaps) / 2 else None

"""Text as extracted from a PDF (or typed as .md/.txt) → lines and tables.

Tables come in many shapes once the borders are gone, and each is recognised where it starts:

- a line with tabs, or with ``|`` pipes (markdown, with or without a header row, rows that wrap onto
  a second line), is a table row; consecutive rows form one table;
- a header written as plain words opens a table of the rest: labels 2+ spaces apart → columns aligned
  with spaces (:mod:`aligned`); labels one space apart → one line per row (:mod:`flat_rows`); one
  label per line → one cell per line;
- ``1. Nama indikator : …`` / ``a. Formula : …`` lines → the numbered list form (:mod:`records`).

Page marks ("Halaman 2", form feeds) inside a table are skipped, so a table continues over a page
break. Everything else is a text line for the header, the jabatan sections and the signature.
"""
from __future__ import annotations

import re

from kinerja.importer import cues
from kinerja.importer.aligned import header_at, read_aligned
from kinerja.importer.columns import header_labels, header_map
from kinerja.importer.flat_rows import cell_header_at, read_cells, read_flat
from kinerja.importer.model import SourceDocument, Table, TableRow, TextLine, Where
from kinerja.importer.page_marks import is_page_mark
from kinerja.importer.records import read_records, starts_records

_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
NOTE_GUESSED = "tabel tanpa baris judul: kolom ditebak dari isinya"
_ROW_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?$")


def _markdown_cells(line: str) -> list[str] | None:
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|") and s.count("|") >= 3):
        return None
    return [c.strip() for c in re.split(r"(?<!\\)\|", s[1:-1])]


def _cells(line: str) -> list[str] | None:
    if "\t" in line:
        return line.split("\t")
    return _markdown_cells(line)


def text_to_source(text: str) -> SourceDocument:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    items: list = []
    table: Table | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        where = Where(line=i + 1)
        if _MD_SEPARATOR.match(line.strip()) and line.count("-") >= 3 and "|" in line:
            i += 1
            continue
        cells = _cells(line)
        if cells is not None:
            if table is None:
                table = Table()
                items.append(table)
            table.rows.append(TableRow(cells, where))
            i += 1
            continue
        if table is not None and (is_page_mark(line) or not line.strip()):
            i += 1  # a table goes on over a blank line or a page break
            continue
        table = None
        found = _free_table(lines, i)
        if found is not None:
            items.append(found[0])
            i = found[1]
            continue
        if is_page_mark(line):
            i += 1
            continue
        items.append(TextLine(line if line.strip() else "", where))
        i += 1
    _settle([item for item in items if isinstance(item, Table) and item.columns is None])
    return SourceDocument(items=items, lines=lines)


def _free_table(lines: list[str], i: int) -> tuple[Table, int] | None:
    """A table without tab or pipe separators that starts at ``lines[i]``, and the line after it."""
    line = lines[i]
    if not line.strip():
        return None
    labels = header_at(line)
    if labels is not None:
        return read_aligned(lines, i, labels)
    labels = header_labels(line)
    # one line per row is told from OCR's interleaved columns (ocr_table) by the row number it starts with
    if labels is not None and len(labels) >= 3 and labels[0].field == "number":
        return read_flat(lines, i, labels)
    fields = cell_header_at(lines, i)
    if fields is not None:
        return read_cells(lines, i, fields)
    if starts_records(lines, i):
        return read_records(lines, i)
    return None


# --- tables with separators ----------------------------------------------------------------------

def _settle(tables: list[Table]) -> None:
    """Tables without a header row get their columns from their content, judged over every such table
    of the same width together (one decree prints all its tables alike); rows that wrap are joined."""
    headless: dict[int, list[Table]] = {}
    for table in tables:
        if any(header_map(row.cells) for row in table.rows):
            _join_wrapped(table, _number_column(table))
            continue
        number = _guess_number_column(table)
        if number is not None:
            _join_wrapped(table, number, {}, join_all=_numbered_per_row(table, number))
        width = max((len(r.cells) for r in table.rows), default=0)
        headless.setdefault(width, []).append(table)
        table.note = str(number) if number is not None else ""
    for group in headless.values():
        guess = cues.guess_columns([r.cells for t in group for r in t.rows])
        for table in group:
            number = int(table.note) if table.note else None
            table.note = None
            if guess is None:
                continue
            table.columns = dict(guess[0])
            if number is not None:
                table.columns["number"] = number
            table.note = NOTE_GUESSED


def _at(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _guess_number_column(table: Table) -> int | None:
    """The column holding row numbers: numbers where it is not blank, from the first row on, in a tenth of the lines or more."""
    width = max((len(r.cells) for r in table.rows), default=0)
    for index in range(min(width, 2)):
        values = [_at(r.cells, index) for r in table.rows]
        present = [v for v in values if v]
        if present and values[0] and all(_ROW_NUMBER.match(v) for v in present) and len(present) * 10 >= len(values):
            return index
    return None


def _numbered_per_row(table: Table, number: int) -> bool:
    """Without a header, is every unnumbered line the rest of the row above? Yes when such lines carry
    text in the column after the number (the sasaran, by the decrees' habit: a new indicator of the same
    sasaran leaves it blank), or mostly go on in lower case."""
    unnumbered = [r.cells for r in table.rows if not _at(r.cells, number) and any(c.strip() for c in r.cells)]
    if not unnumbered:
        return False
    if any(_at(cells, number + 1) for cells in unnumbered):
        return True
    lower = sum(any(c.strip()[:1].islower() for c in cells) for cells in unnumbered)
    return lower * 2 >= len(unnumbered)


def _number_column(table: Table) -> int | None:
    for row in table.rows:
        columns = header_map(row.cells)
        if columns:
            return columns.get("number")
    return None


def _join_wrapped(table: Table, number: int | None, columns: dict[str, int] | None = None, *,
                  join_all: bool | None = None) -> None:
    """In a table numbered row by row, a line without a number is the rest of the row above.

    Numbered per row or per sasaran? Per sasaran, an unnumbered row is another indicator of the same
    sasaran, so its sasaran cell is blank and every numbered row has one. A numbered row with a blank
    sasaran, or an unnumbered row with sasaran text, means the numbers count rows; otherwise only an
    unnumbered row whose cells go on in lower case is taken for the rest of the row above.
    """
    if number is None:
        return
    columns = columns or next((c for c in (header_map(r.cells) for r in table.rows) if c), {})
    sasaran = columns.get("sasaran")

    def cell(row: TableRow, index: int | None) -> str:
        return row.cells[index].strip() if index is not None and index < len(row.cells) else ""

    data = [r for r in table.rows if not header_map(r.cells)]
    numbered = [r for r in data if _ROW_NUMBER.match(cell(r, number))]
    if not numbered:
        return
    unnumbered = [r for r in data if not cell(r, number)]
    per_row = join_all if join_all is not None else sasaran is not None and (
        any(not cell(r, sasaran) for r in numbered) or any(cell(r, sasaran) for r in unnumbered))
    joined: list[TableRow] = []
    for row in table.rows:
        present = [c.strip() for i, c in enumerate(row.cells) if c.strip() and i != number]
        rest = not cell(row, number) and bool(present) and (per_row or all(c[:1].islower() for c in present))
        if joined and rest and not header_map(row.cells) and not header_map(joined[-1].cells):
            above = joined[-1]
            width = max(len(above.cells), len(row.cells))
            cells_above = above.cells + [""] * (width - len(above.cells))
            cells_here = row.cells + [""] * (width - len(row.cells))
            above.cells = [f"{a.strip()} {b.strip()}".strip() for a, b in zip(cells_above, cells_here)]
            continue
        joined.append(row)
    table.rows = joined

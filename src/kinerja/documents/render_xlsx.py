"""Render the tables of a :class:`~kinerja.documents.content.Document` to .xlsx bytes (openpyxl).

Numbers are written as numbers with a number format, so Excel shows them in the reader's locale
("1.234,50" in Indonesian) and can still sum them; capaian goes in as a fraction formatted as a
percentage. Unknown values are "–", never 0. Merged-looking cells of the printed table are repeated
on every row so the sheet can be filtered and sorted.
"""
from __future__ import annotations

import io
import math
import re
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from kinerja.documents.content import Document, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.wording import MISSING, shown_decimals
from kinerja.documents.xlsx_text import cell_text, put_text

NUMBER_FORMATS = {"number": "#,##0.00", "money": '"Rp"\\ #,##0', "percent": "0.00%"}
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_BAD_SHEET_CHARS = re.compile(r"[\[\]\*\?/\\:]")
# Shared style objects: building a new one per cell dominates the time of a large sheet.
_AT = {h: Alignment(horizontal=h, vertical="top", wrap_text=h == "left") for h in ("left", "center", "right")}
_AT_WRAP_CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
_HEAD_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_BOLD = Font(bold=True)


def render_xlsx(document: Document) -> bytes:
    tables = document.tables()
    if not tables:
        raise DocumentError(f"Dokumen '{document.title}' tidak memuat tabel untuk Excel",
                            f"Document '{document.title}' has no table to put in Excel")
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = cell_text(document.title)
    sheets: dict[str, object] = {}
    for table in tables:
        name = _sheet_name(table.sheet or document.title)
        if name not in sheets:
            ws = wb.create_sheet(name)
            put_text(ws.cell(row=1, column=1), document.title)
            ws.cell(row=1, column=1).font = Font(bold=True, size=12)
            sheets[name] = ws
            _set_widths(ws, table)
            freeze = True
        else:
            freeze = False
        _write_table(sheets[name], table, freeze=freeze and _single_table(tables, table, document))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _single_table(tables: list[Table], table: Table, document: Document) -> bool:
    return sum(1 for t in tables if (t.sheet or document.title) == (table.sheet or document.title)) == 1


def _sheet_name(text: str) -> str:
    return _BAD_SHEET_CHARS.sub(" ", cell_text(text)).strip()[:31] or "Tabel"


def _set_widths(ws, table: Table) -> None:
    share = sum(c.width for c in table.columns)
    for i, col in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(8.0, 130 * col.width / share)


def _write_table(ws, table: Table, *, freeze: bool) -> None:
    row = ws.max_row + 2
    if table.caption:
        put_text(ws.cell(row=row, column=1), table.caption)
        ws.cell(row=row, column=1).font = Font(bold=True)
        row += 1
    top = row
    grid_rows = _header_cells(table)
    for r, line in enumerate(grid_rows):
        for c, (text, colspan, rowspan) in line:
            put_text(ws.cell(row=row + r, column=c + 1), text)
            if colspan > 1 or rowspan > 1:
                ws.merge_cells(start_row=row + r, start_column=c + 1,
                               end_row=row + r + rowspan - 1, end_column=c + colspan)
    height = len(grid_rows)
    for r in range(row, row + height):
        for c in range(1, len(table.columns) + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = _BOLD
            cell.fill = _HEAD_FILL
            cell.border = _BORDER
            cell.alignment = _HEAD_ALIGN
    row += height
    if freeze:
        ws.freeze_panes = ws.cell(row=row, column=1)
    for values in table.rows:
        _write_row(ws, row, table, values, bold=False)
        row += 1
    if table.total_row:
        _write_row(ws, row, table, table.total_row, bold=True)
        row += 1
    if freeze and table.rows:
        ws.auto_filter.ref = f"A{top + height - 1}:{get_column_letter(len(table.columns))}{row - 1}"


def _header_cells(table: Table) -> list[list[tuple[int, tuple[str, int, int]]]]:
    """Header rows as (column index, (text, colspan, rowspan)), skipping grid slots a span covers."""
    ncols = len(table.columns)
    taken = [[False] * ncols for _ in table.header_rows()]
    out = []
    for r, line in enumerate(table.header_rows()):
        placed = []
        c = 0
        for h in line:
            while c < ncols and taken[r][c]:
                c += 1
            for dr in range(h.rowspan):
                for dc in range(h.colspan):
                    if r + dr < len(taken) and c + dc < ncols:
                        taken[r + dr][c + dc] = True
            placed.append((c, (h.text, h.colspan, h.rowspan)))
            c += h.colspan
        out.append(placed)
    return out


def _write_row(ws, row: int, table: Table, values, *, bold: bool) -> None:
    for c, (col, value) in enumerate(zip(table.columns, values), start=1):
        cell = ws.cell(row=row, column=c)
        cell.border = _BORDER
        numeric = isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
        if numeric and isinstance(value, float) and not math.isfinite(value):
            value, numeric = None, False
        if value is None:
            cell.value = MISSING if col.kind != "text" else None
            cell.alignment = _AT["center"]
        elif numeric and col.kind in NUMBER_FORMATS:
            number = float(value)
            cell.value = number / 100 if col.kind == "percent" else number
            cell.number_format = _format(col.kind, shown_decimals(value, col.decimals), integral=number == int(number))
            cell.alignment = _AT["right"]
        elif numeric:
            cell.value = float(value) if isinstance(value, Decimal) else value
            cell.alignment = _AT["center"]
        else:
            put_text(cell, value)
            cell.alignment = _AT_WRAP_CENTER if col.kind != "text" else _AT["left"]
        if bold:
            cell.font = _BOLD


def _format(kind: str, decimals: int | None, *, integral: bool) -> str:
    if decimals is None:
        # "12" should not print as "12,00" in a column of counts
        return "#,##0" if kind == "number" and integral else NUMBER_FORMATS[kind]
    frac = "." + "0" * decimals if decimals else ""
    if kind == "percent":
        return f"0{frac}%"
    if kind == "money":
        return f'"Rp"\\ #,##0{frac}'
    return f"#,##0{frac}"

"""An .xlsx decree: each sheet is one table; rows above its header are read as text (titles).

Merged cells are filled with their top-left value, so a sasaran merged over several rows repeats in
each of them, as the catalog convention wants.
"""
from __future__ import annotations

import io

from kinerja.importer.columns import header_map
from kinerja.importer.errors import DecreeFormatError, unreadable
from kinerja.importer.model import SourceDocument, Table, TableRow, TextLine, Where
from kinerja.importer.sniff import check_zip

MAX_ROWS = 20000
MAX_COLUMNS = 60


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_to_source(data: bytes) -> SourceDocument:
    check_zip(data)
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        items: list = []
        lines: list[str] = []
        for table_number, sheet in enumerate(workbook.worksheets, start=1):
            if sheet.max_row > MAX_ROWS:
                raise unreadable("Excel (.xlsx)", f"lembar '{sheet.title}' terlalu panjang / sheet too long")
            fill: dict[tuple[int, int], object] = {}
            for merged in sheet.merged_cells.ranges:
                top_left = sheet.cell(merged.min_row, merged.min_col).value
                for r in range(merged.min_row, min(merged.max_row, MAX_ROWS) + 1):
                    for c in range(merged.min_col, min(merged.max_col, MAX_COLUMNS) + 1):
                        fill[(r, c)] = top_left
            table: Table | None = None
            for r, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
                cells = [_text(fill.get((r, cell.column), cell.value)) for cell in row]
                while cells and not cells[-1].strip():
                    cells.pop()
                if not any(c.strip() for c in cells):
                    continue
                lines.append(" | ".join(cells))
                where = Where(line=len(lines), table=table_number, row=r)
                if table is None and header_map(cells) is None:
                    items.append(TextLine(" ".join(c for c in cells if c.strip()), where))
                    continue
                if table is None:
                    table = Table()
                    items.append(table)
                table.rows.append(TableRow(cells, where))
    except DecreeFormatError:
        raise
    except Exception as exc:  # untrusted input: zlib, lxml, zipfile and the library's own errors all mean "damaged"
        raise unreadable("Excel (.xlsx)", f"{type(exc).__name__}: {str(exc)[:120]}") from None
    return SourceDocument(items=items, lines=lines)

"""Text into a spreadsheet cell without letting it become a formula.

A cell whose text starts with ``=`` (or ``+``, ``-``, ``@``, a tab or a line break, which Excel and
LibreOffice also read as the start of a formula when the cell is edited) can run a formula the
writer never meant: ``=HYPERLINK("http://…", "Klik")``, ``=cmd|' /c calc'!A0``. People do type
such text: a sasaran "- Meningkatnya …", a formula "= a / b × 100%". So the text is kept exactly as
typed — still readable, still searchable — but stored as a string cell with Excel's *quote prefix*
(the invisible apostrophe of a cell typed as '=…), which no spreadsheet evaluates, on opening or on
editing. Numbers are written by the callers as numbers and never pass through here.

Characters XML 1.0 cannot hold (NUL and the other C0 controls except tab and line breaks) are
dropped instead of failing the whole export, and text is cut to Excel's 32,767 characters.
"""
from __future__ import annotations

import re

from openpyxl.cell.cell import Cell
from openpyxl.workbook import Workbook

MAX_CELL_TEXT = 32_767
# Half- and full-width forms: an East Asian keyboard types the latter, and Excel reads them alike.
FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_text(value: object) -> str:
    """``value`` as text a worksheet can hold."""
    return _ILLEGAL.sub("", str(value))[:MAX_CELL_TEXT]


def starts_like_formula(text: str) -> bool:
    stripped = text.lstrip(" ")
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def put_text(cell: Cell, value: object) -> None:
    """Write ``value`` into ``cell`` as plain text: never a formula, the text unchanged."""
    text = cell_text(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise store text starting with "=" as a formula
    if starts_like_formula(text):
        cell.quotePrefix = True


def neutralise(workbook: Workbook) -> Workbook:
    """Pass every text cell of ``workbook`` through :func:`put_text` (for writers that append rows
    of mixed values); numbers, dates and empty cells are left as they are."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    put_text(cell, cell.value)
    return workbook

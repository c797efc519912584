"""What every reader (text, .docx, .pdf, .xlsx) hands to the decree parser.

A decree is a stream of text lines and tables in reading order. Each carries where it came from
(line, page, table, row) so that warnings and the preview can point back at the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Where:
    line: int | None = None   # 1-based line of ``source_lines``
    page: int | None = None   # 1-based page (PDF)
    table: int | None = None  # 1-based table number in the document
    row: int | None = None    # 1-based row within that table

    def as_dict(self) -> dict:
        return {"line": self.line, "page": self.page, "table": self.table}

    def warning(self, message: str) -> dict:
        out: dict = {"line": self.line, "message": message}
        if self.page is not None:
            out["page"] = self.page
        if self.table is not None:
            out["table"] = self.table
            out["row"] = self.row
        return out


@dataclass
class TextLine:
    text: str
    where: Where
    paragraph: bool = False  # a whole paragraph (.docx), not a line that may wrap into the next one


@dataclass
class TableRow:
    cells: list[str]
    where: Where


@dataclass
class Table:
    rows: list[TableRow] = field(default_factory=list)
    # Set when the columns were not named by a header row but inferred (from the cells' content, or a
    # header whose borders were lost): every row is data, and ``note`` says how the table was read.
    columns: dict[str, int] | None = None
    note: str | None = None


Item = TextLine | Table


@dataclass
class SourceDocument:
    """A decree as a reader extracted it: items in order and the text lines to preview."""

    items: list[Item]
    lines: list[str]

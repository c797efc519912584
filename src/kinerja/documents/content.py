"""The intermediate "document content" every builder produces and every renderer reads.

A builder (decree, perjanjian, …) says *what* is on the page; the .docx, .pdf and .xlsx renderers
say *how*. Because the three formats read the same blocks they cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from kinerja.documents.model import AgencyInfo, Signatory

Align = Literal["left", "center", "right", "justify"]
CellKind = Literal["text", "center", "number", "percent", "money"]
Orientation = Literal["portrait", "landscape"]
CellValue = str | int | float | Decimal | None


@dataclass
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: Align = "left"
    size: float | None = None       # points; None = the document's body size
    indent: float = 0.0             # left indent, cm
    space_after: float = 4.0        # points
    keep_with_next: bool = False


@dataclass
class Spacer:
    height: float = 12.0            # points


@dataclass
class Kop:
    """The letterhead: pemda, agency, address and contacts over a double rule."""

    agency: AgencyInfo


@dataclass
class Clause:
    """A labelled, numbered block of a decree: "Menimbang : a. bahwa …  b. bahwa …"."""

    label: str                      # "Menimbang"; "" continues the previous clause
    items: list[tuple[str, str]]    # (marker, text): ("a.", "bahwa …"), ("KESATU", "…")


@dataclass
class Fields:
    """"Label : value" lines with aligned colons (Nama, Jabatan, NOMOR, TANGGAL …)."""

    rows: list[tuple[str, str]]
    indent: float = 0.0             # cm; the Lampiran reference sits at the right of the page
    bold_values: bool = False


@dataclass
class Signature:
    """One signature block at the right of the page."""

    signatory: Signatory
    lines_before: list[str] = field(default_factory=list)  # "Ditetapkan di : …", "Pada Tanggal : …"
    caption: str | None = None      # "Pihak Pertama," above the jabatan


@dataclass
class SignaturePair:
    """Two signatures side by side (Perjanjian Kinerja): left = pihak kedua, right = pihak pertama."""

    left: Signature
    right: Signature
    place_date: str | None = None   # "Martapura, 2 Januari 2024", above the right-hand block


@dataclass
class Column:
    title: str
    width: float = 1.0              # relative share of the table width
    kind: CellKind = "text"
    decimals: int | None = None     # None: up to two, trailing zeros dropped


@dataclass
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[CellValue]]
    header: list[list[HeaderCell]] | None = None   # multi-level header; None = one row of column titles
    merge_repeats: tuple[int, ...] = ()            # columns whose equal consecutive cells merge vertically
    number_header: bool = False                    # a "(1) (2) (3) …" row under the titles
    sheet: str | None = None                       # .xlsx sheet this table goes to
    caption: str | None = None                     # printed above the table, and above it in .xlsx
    total_row: list[CellValue] | None = None       # a bold last row ("Jumlah")
    font_size: float = 9.0
    formats: frozenset[str] = frozenset({"docx", "pdf", "xlsx"})  # a flat data table may be .xlsx-only

    def header_rows(self) -> list[list[HeaderCell]]:
        if self.header is not None:
            return self.header
        return [[HeaderCell(c.title) for c in self.columns]]


@dataclass
class Figure:
    """A picture drawn twice from the same layout: vector for the PDF, PNG for the .docx.

    Both are drawn on demand and must be picklable (``functools.partial`` of a module function) so
    :func:`~kinerja.documents.render.render_many` can send the document to another process.
    """

    draw: Callable[[Any], None]     # paints on a ReportLab canvas in px units, origin at the bottom-left
    png: Callable[[], bytes]
    width_px: float
    height_px: float
    caption: str | None = None


@dataclass
class Section:
    """A run of blocks on pages of one orientation; each section starts on a new page."""

    blocks: list[Block]
    orientation: Orientation = "portrait"


Block = Paragraph | Spacer | Kop | Clause | Fields | Signature | SignaturePair | Table | Figure


@dataclass
class Document:
    title: str                      # the PDF title and the .xlsx workbook title
    sections: list[Section]
    font_size: float = 11.0

    def tables(self, fmt: str = "xlsx") -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table) and fmt in b.formats]

"""The layout zoo: every layout by name, each a function from a catalog to the file bytes and the row
fields it prints."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import file_layouts as F
from . import text_layouts as T


@dataclass(frozen=True)
class Layout:
    name: str
    render: Callable[[dict], bytes]
    columns: list
    iki_only: bool = False   # the layout is a way of heading jabatan sections

    def fields(self) -> set[str]:
        return T.fields_of(self.columns)


def _text(table, columns, **kw) -> Callable[[dict], bytes]:
    return lambda catalog: T.document(catalog, table, columns, **kw).encode("utf-8")


ZOO: list[Layout] = [
    Layout("tabs", _text(T.tabs, T.FULL), T.FULL),
    Layout("pipes-other-words", _text(T.pipes, T.OTHER_WORDS), T.OTHER_WORDS),
    Layout("pipes-no-header-wrapped", _text(T.pipes_wrapped_without_header, T.SHORT), T.SHORT),
    Layout("space-aligned", _text(T.aligned, T.FULL), T.FULL),
    Layout("flat-rows", _text(T.flat, T.SHORT), T.SHORT),
    Layout("cell-per-line", _text(T.cell_per_line, T.OTHER_WORDS), T.OTHER_WORDS),
    Layout("numbered-list", _text(T.numbered_list, T.FULL), T.FULL),
    Layout("pages-repeated-header", _text(T.paged(T.aligned, repeat_header=True), T.SHORT), T.SHORT),
    Layout("pages-no-repeated-header", _text(T.paged(T.tabs, repeat_header=False), T.FULL), T.FULL),
    Layout("iki-lettered-headings", _text(T.pipes, T.SHORT, block=T.heading_block), T.SHORT, iki_only=True),
    Layout("iki-signature-block", _text(T.tabs, T.SHORT, block=T.bare_block, after=T.signature_after), T.SHORT,
           iki_only=True),
    Layout("iki-jabatan-column", lambda c: T.jabatan_column(c, T.SHORT).encode("utf-8"), T.SHORT),
    Layout("docx-merged-cells", lambda c: F.docx_merged(c, T.FORMULA_FIRST), T.FORMULA_FIRST),
    Layout("pdf-ruled-merged-cells", lambda c: F.pdf(c, T.SHORT, ruled=True, landscape=False), T.SHORT),
    Layout("pdf-landscape-unruled", lambda c: F.pdf(c, T.SHORT, ruled=False, landscape=True), T.SHORT),
    Layout("xlsx-merged-header", lambda c: F.xlsx_merged_header(c, T.FULL), T.FULL),
]

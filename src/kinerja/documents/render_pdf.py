"""Render a :class:`~kinerja.documents.content.Document` to PDF with ReportLab.

Why ReportLab and not HTML + WeasyPrint: WeasyPrint's CSS table layout costs 0.4–1 ms of CPU per cell,
so the six documents of a 300-indicator agency took ~37 s of CPU; ReportLab lays the same tables out
in well under a second each. Table cells are pre-wrapped plain strings (ReportLab's ``Paragraph``
markup parser would be most of the cost); running text uses ``Paragraph`` for justification.

A merged run of equal cells (``Table.merge_repeats``) is drawn as one cell by leaving out the lines
between its rows, not with a SPAN: ReportLab cannot break a table inside a span, and a long run may
be taller than a page. When a page starts inside a run, the run's text is repeated at its top.
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.flowables import _listWrapOn

from kinerja.documents import page
from kinerja.documents.content import (
    Clause, Document, Fields, Figure, Kop, Paragraph, Signature, SignaturePair, Spacer, Table,
)
from kinerja.documents.pdf_fonts import BODY, face
from kinerja.documents.table_grid import column_widths, header_grid, vertical_runs
from kinerja.documents.wording import cell_text, contact_line, jabatan_title

LEADING = 1.25              # line height over font size for running text
CELL_LEADING = 1.2          # and in table cells
CELL_PAD_X, CELL_PAD_Y = 3.0, 2.0
GRID_LINE = 0.6
HEADER_FILL = colors.HexColor("#d9d9d9")
BLACK = colors.black
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_CELL_ALIGN = {"text": "LEFT", "center": "CENTER", "number": "RIGHT", "percent": "RIGHT", "money": "RIGHT"}


def render_pdf(document: Document) -> bytes:
    return _PdfWriter(document).write()


class _PdfWriter:
    def __init__(self, document: Document) -> None:
        self.source = document
        self.size = document.font_size
        self.orientation = "portrait"
        self.styles: dict[tuple, ParagraphStyle] = {}
        self.widths: dict[tuple[str, str, float], float] = {}

    def write(self) -> bytes:
        sections = self.source.sections
        first = sections[0].orientation if sections else "portrait"
        order = [first] + [o for o in ("portrait", "landscape") if o != first]
        out = io.BytesIO()
        # invariant: no creation timestamp or random id, so the same document gives the same bytes.
        # initialFontName: otherwise every page names base-14 Helvetica, a font that is not embedded.
        doc = BaseDocTemplate(out, title=self.source.title, invariant=True, initialFontName=face(BODY),
                              initialFontSize=self.size, pageTemplates=[_template(o) for o in order])
        doc.keepTogetherClass = _KeepWithStart
        story: list = []
        for index, section in enumerate(sections):
            if index:
                story += [NextPageTemplate(section.orientation), PageBreak()]
            self.orientation = section.orientation
            for block in section.blocks:
                story.extend(self._block(block))
        doc.build(story or [RLSpacer(1, 1)])
        return out.getvalue()

    @property
    def width(self) -> float:
        return page.usable_cm(self.orientation)[0] * cm

    # -- text ------------------------------------------------------------------------------------
    def style(self, size: float | None = None, *, bold: bool = False, italic: bool = False,
              align: str = "left", space_after: float = 0.0, indent: float = 0.0,
              keep_with_next: bool = False) -> ParagraphStyle:
        size = size or self.size
        key = (size, bold, italic, align, space_after, indent, keep_with_next)
        if key not in self.styles:
            self.styles[key] = ParagraphStyle(
                f"s{len(self.styles)}", fontName=face(BODY, bold, italic), fontSize=size, leading=size * LEADING,
                alignment=_ALIGN[align], spaceAfter=space_after, leftIndent=indent,
                keepWithNext=int(keep_with_next))
        return self.styles[key]

    def para(self, text: str, style: ParagraphStyle, *, underline: bool = False) -> RLParagraph:
        markup = escape(text).replace("\n", "<br/>")
        return RLParagraph(f"<u>{markup}</u>" if underline and markup else markup, style)

    def text_width(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        if key not in self.widths:
            self.widths[key] = stringWidth(text, font, size)
        return self.widths[key]

    def wrap(self, text: str, font: str, size: float, width: float) -> str:
        """Greedy word wrap to ``width`` points; a word wider than the cell is cut."""
        space = self.text_width(" ", font, size)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in paragraph.split():
                w = self.text_width(word, font, size)
                if line and used + space + w <= width:
                    line.append(word)
                    used += space + w
                    continue
                if line:
                    lines.append(" ".join(line))
                while w > width and len(word) > 1:
                    cut = self._fit(word, font, size, width)
                    lines.append(word[:cut])
                    word = word[cut:]
                    w = self.text_width(word, font, size)
                line, used = [word], w
            lines.append(" ".join(line))
        return "\n".join(lines)

    def _fit(self, word: str, font: str, size: float, width: float) -> int:
        used = 0.0
        for i, char in enumerate(word):
            used += stringWidth(char, font, size)
            if used > width:
                return max(1, i)
        return len(word)

    # -- blocks ----------------------------------------------------------------------------------
    def _block(self, block) -> list:
        if isinstance(block, Paragraph):
            style = self.style(block.size, bold=block.bold, italic=block.italic, align=block.align,
                               space_after=block.space_after, indent=block.indent * cm,
                               keep_with_next=block.keep_with_next)
            return [self.para(block.text, style, underline=block.underline)]
        if isinstance(block, Spacer):
            return [RLSpacer(1, block.height)]
        if isinstance(block, Kop):
            return self._kop(block)
        if isinstance(block, Clause):
            return [self._clause(block)]
        if isinstance(block, Fields):
            return [self._fields(block.rows, block.indent * cm, block.bold_values)]
        if isinstance(block, Signature):
            return [RLSpacer(1, 10), KeepTogether(self._signature(block, self.width / 2, self.width / 2))]
        if isinstance(block, SignaturePair):
            return [RLSpacer(1, 10), self._pair(block)]
        if isinstance(block, Table):
            return self._table(block) if "pdf" in block.formats else []
        if isinstance(block, Figure):
            return [self._figure(block)]
        raise TypeError(type(block).__name__)

    def _kop(self, kop: Kop) -> list:
        a = kop.agency
        out = [self.para(f"PEMERINTAH {a.pemda.upper()}", self.style(14, bold=True, align="center")),
               self.para(a.name.upper(), self.style(16, bold=True, align="center"))]
        for line in (a.address, contact_line(a)):
            if line:
                out.append(self.para(line, self.style(9, align="center")))
        return out + [_DoubleRule(), RLSpacer(1, 10)]

    def _clause(self, clause: Clause) -> RLTable:
        label_w, colon_w, marker_w = 3.1 * cm, 0.4 * cm, 0.8 * cm
        body = self.style(align="justify")
        rows, spans = [], []
        for i, (mark, text) in enumerate(clause.items):
            label = clause.label if i == 0 else ""
            bold = bool(label) and label.isupper()
            cells = [self.para(label, self.style(bold=bold)) if label else "", ":" if label and i == 0 else ""]
            if mark:
                cells += [mark, self.para(text, body)]
            else:
                cells += [self.para(text, body), ""]
                spans.append(("SPAN", (2, i), (3, i)))
            rows.append(cells)
        table = RLTable(rows, colWidths=[label_w, colon_w, marker_w, self.width - label_w - colon_w - marker_w],
                        hAlign="LEFT", style=[*_PLAIN, *spans, ("FONTNAME", (0, 0), (-1, -1), face(BODY)),
                                               ("FONTSIZE", (0, 0), (-1, -1), self.size)])
        table.spaceAfter = 1
        return table

    def _fields(self, rows, indent: float, bold_values: bool, width: float | None = None) -> RLTable:
        width = width or self.width
        key_w = max((self.text_width(k, face(BODY), self.size) for k, _ in rows), default=0) + 4
        colon_w = self.text_width(":", face(BODY), self.size) + 4
        value = self.style(bold=bold_values, align="justify")
        data = [[k, ":", self.para(v, value)] for k, v in rows]
        widths = [key_w, colon_w, max(2 * cm, width - indent - key_w - colon_w)]
        if indent:
            data = [["", *row] for row in data]
            widths.insert(0, indent)
        table = RLTable(data, colWidths=widths, hAlign="LEFT",
                        style=[*_PLAIN, ("FONTNAME", (0, 0), (-1, -1), face(BODY)),
                               ("FONTSIZE", (0, 0), (-1, -1), self.size)])
        table.spaceAfter = 3
        return table

    def _signature(self, sig: Signature, indent: float, width: float) -> list:
        s = sig.signatory
        centre = self.style(align="center", indent=indent)
        out: list = []
        if sig.lines_before:
            rows = [tuple(x.split(" : ", 1)) if " : " in x else (x, "") for x in sig.lines_before]
            out += [self._fields(rows, indent, False, indent + width), RLSpacer(1, self.size)]
        if sig.caption:
            out.append(self.para(sig.caption, centre))
        out.append(self.para(jabatan_title(s), self.style(bold=True, align="center", indent=indent)))
        out.append(RLSpacer(1, 54))
        out.append(self.para(s.name, self.style(bold=True, align="center", indent=indent), underline=True))
        if s.pangkat:
            out.append(self.para(s.pangkat, centre))
        if s.nip:
            out.append(self.para(f"NIP. {s.nip}", centre))
        return out

    def _pair(self, pair: SignaturePair) -> RLTable:
        half = self.width / 2
        centre = self.style(align="center")
        # The left block starts one line lower, so both "Pihak …," captions sit on the same line.
        top = self.para(pair.place_date, centre) if pair.place_date else RLSpacer(1, 0)
        cells = [[RLSpacer(1, self.size * LEADING if pair.place_date else 0), *self._signature(pair.left, 0, half)],
                 [top, *self._signature(pair.right, 0, half)]]
        return RLTable([cells], colWidths=[half, half], style=_PLAIN)

    def _figure(self, fig: Figure) -> KeepTogether:
        width, height = page.fit_figure_cm(fig.width_px, fig.height_px, self.orientation)
        out: list = [_Picture(fig, width * cm, height * cm)]
        if fig.caption:
            out.append(self.para(fig.caption, self.style(9, italic=True, align="center", space_after=8)))
        return KeepTogether(out)

    # -- tables ----------------------------------------------------------------------------------
    def _table(self, t: Table) -> list:
        widths = [w * cm for w in column_widths(t.columns, page.usable_cm(self.orientation)[0])]
        size = t.font_size
        regular, bold, italic = face(BODY), face(BODY, bold=True), face(BODY, italic=True)
        ncols = len(t.columns)
        grid = header_grid(t.header_rows(), ncols)
        data: list[list[str]] = []
        style: list[tuple] = [("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), size),
                              ("LEADING", (0, 0), (-1, -1), size * CELL_LEADING),
                              ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
                              ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
                              ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 1),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for r, line in enumerate(grid):
            row = []
            for c, (text, colspan, rowspan, origin) in enumerate(line):
                inner = sum(widths[c:c + colspan]) - 2 * CELL_PAD_X
                row.append(self.wrap(text, bold, size, inner) if origin else "")
                if origin and (colspan > 1 or rowspan > 1):
                    style.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
            data.append(row)
        if t.number_header:
            data.append([f"({i + 1})" for i in range(ncols)])
            style.append(("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), italic))
        heads = len(data)
        style += [("FONTNAME", (0, 0), (-1, len(grid) - 1), bold), ("ALIGN", (0, 0), (-1, heads - 1), "CENTER"),
                  ("VALIGN", (0, 0), (-1, heads - 1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, heads - 1), HEADER_FILL),
                  ("INNERGRID", (0, 0), (-1, heads - 1), GRID_LINE, BLACK),
                  ("BOX", (0, 0), (-1, -1), GRID_LINE, BLACK)]
        for c, col in enumerate(t.columns):
            if col.kind != "text":
                style.append(("ALIGN", (c, heads), (c, -1), _CELL_ALIGN[col.kind]))
        runs = vertical_runs(t)
        carry: dict[int, list[str | None]] = {c: [None] * len(t.rows) for c in t.merge_repeats}
        inner = [w - 2 * CELL_PAD_X for w in widths]
        for r, values in enumerate(t.rows):
            row = []
            for c, (col, value) in enumerate(zip(t.columns, values)):
                text = self.wrap(cell_text(value, col.kind, col.decimals), regular, size, inner[c])
                if runs.get((r, c)) == "continue":
                    carry[c][r] = text
                    text = ""
                row.append(text)
            data.append(row)
        if t.total_row:
            data.append([self.wrap(cell_text(v, col.kind, col.decimals) if v is not None else "", bold, size, inner[c])
                         for c, (col, v) in enumerate(zip(t.columns, t.total_row))])
            style.append(("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), bold))
        if len(data) > heads:
            style.append(("LINEAFTER", (0, heads), (-2, -1), GRID_LINE, BLACK))
            style.append(("LINEABOVE", (0, heads), (-1, heads), GRID_LINE, BLACK))
            merged = set(t.merge_repeats)
            for c in range(ncols):
                if c not in merged:
                    style.append(("LINEBELOW", (c, heads), (c, -1), GRID_LINE, BLACK))
                    continue
                for r in range(len(data) - heads):
                    if runs.get((r + 1, c)) != "continue":
                        style.append(("LINEBELOW", (c, heads + r), (c, heads + r), GRID_LINE, BLACK))
        table = _GridTable(data, colWidths=widths, repeatRows=heads, style=style, hAlign="CENTER")
        table.heads, table.offset, table.carry = heads, 0, carry
        table.spaceAfter = 8
        out: list = []
        if t.caption:
            out.append(self.para(t.caption, self.style(bold=True, align="center", space_after=6,
                                                       keep_with_next=True)))
        return out + [table]


# Plain (borderless) layout tables: text flush with the column edges, a little air below each row.
_PLAIN = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
          ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]


class _GridTable(RLTable):
    """A bordered table whose merged runs carry their text onto the next page when split there."""

    heads = 0
    offset = 0                              # index in the full table of this piece's first body row
    carry: dict[int, list[str | None]] = {}  # column -> text to show where a page starts inside a run

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        first, rest = parts
        for part in parts:
            part.heads, part.carry = self.heads, self.carry
        first.offset = self.offset
        rest.offset = self.offset + len(first._cellvalues) - self.heads
        # The page break closes every cell, merged runs included.
        first.setStyle([("LINEBELOW", (0, -1), (-1, -1), GRID_LINE, BLACK)])
        grown = False
        for c, texts in self.carry.items():
            if rest.offset < len(texts) and texts[rest.offset] is not None:
                rest._cellvalues[self.heads][c] = texts[rest.offset]
                grown = True
        if grown:
            rest._argH[self.heads] = None  # the repeated text may need a taller row
        return parts


class _KeepWithStart(KeepTogether):
    """Keep-with-next for headings: a heading before a table needs only the table's header and first
    row on the same page, not the whole table (which would push a long table to the next page)."""

    start: float | None = None

    def wrap(self, aW, aH):
        dims: list = []
        _listWrapOn(self._content, aW, self.canv, dims=dims)
        last = self._content[-1]
        if isinstance(last, _GridTable) and dims:
            # The frame also spends each heading's space after it (and any extra space before the
            # next flowable): leaving those out let a caption stay on a page with a few points too
            # few for the table's first row, so the caption ended that page alone.
            lead = self._content[:-1]
            spaces = sum(f.getSpaceAfter() for f in lead) + sum(
                max(f.getSpaceBefore() - prev.getSpaceAfter(), 0) for prev, f in zip(lead, self._content[1:]))
            self.start = sum(h for _, h in dims[:-1]) + spaces + sum(last._rowHeights[:last.heads + 1])
        return super().wrap(aW, aH)

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self.start is not None and self.start <= aH:
            return self._content[:]
        return super().split(aW, aH)


class _DoubleRule(Flowable):
    """The kop surat's closing rule: a thick line over a thin one."""

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, 6

    def draw(self):
        self.canv.setLineWidth(2.2)
        self.canv.line(0, 4.5, self.width, 4.5)
        self.canv.setLineWidth(0.7)
        self.canv.line(0, 1, self.width, 1)


class _Picture(Flowable):
    """A figure drawn by its own vector function, scaled from layout px to the given size."""

    def __init__(self, figure: Figure, width: float, height: float) -> None:
        super().__init__()
        self.figure, self.width, self.height = figure, width, height
        self.hAlign = "CENTER"

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        self.canv.saveState()
        self.canv.scale(self.width / self.figure.width_px, self.height / self.figure.height_px)
        self.figure.draw(self.canv)
        self.canv.restoreState()


def _template(orientation: str) -> PageTemplate:
    width, height = (v * cm for v in page.page_size_cm(orientation))
    left, right = page.MARGIN_LEFT_CM * cm, page.MARGIN_RIGHT_CM * cm
    top, bottom = page.MARGIN_TOP_CM * cm, page.MARGIN_BOTTOM_CM * cm
    frame = Frame(left, bottom, width - left - right, height - top - bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id=orientation)

    def page_number(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(face(BODY), 8)
        canvas.drawRightString(width - right, bottom / 2, str(canvas.getPageNumber()))
        canvas.restoreState()

    return PageTemplate(id=orientation, frames=[frame], onPage=page_number, pagesize=(width, height))

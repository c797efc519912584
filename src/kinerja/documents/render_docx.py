"""Render a :class:`~kinerja.documents.content.Document` to .docx bytes (python-docx).

The result is meant to be edited in Word: real paragraphs and tables in the body (no text boxes),
header rows marked to repeat on every page, a new section per orientation.
"""
from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape as xml_escape

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from kinerja.documents import page
from kinerja.documents.content import (
    Clause, Document, Fields, Figure, Kop, Paragraph, Signature, SignaturePair, Spacer, Table,
)
from kinerja.documents.table_grid import column_widths, header_grid, vertical_runs
from kinerja.documents.wording import cell_text, contact_line, jabatan_title

FONT = "Arial"
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def render_docx(document: Document) -> bytes:
    return _DocxWriter(document).write()


class _DocxWriter:
    def __init__(self, document: Document) -> None:
        self.source = document
        self.doc = new_docx()
        self.orientation = "portrait"
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(document.font_size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        self.cell_styles: dict[float, object] = {}
        self.doc.core_properties.title = document.title

    # -- sections ----------------------------------------------------------------------------
    def write(self) -> bytes:
        for index, section in enumerate(self.source.sections):
            self._start_section(section.orientation, first=index == 0)
            for block in section.blocks:
                self._block(block)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _start_section(self, orientation: str, *, first: bool) -> None:
        sec = self.doc.sections[0] if first else self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = page.page_size_cm(orientation)
        sec.orientation = WD_ORIENT.LANDSCAPE if orientation == "landscape" else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(width), Cm(height)
        sec.top_margin, sec.bottom_margin = Cm(page.MARGIN_TOP_CM), Cm(page.MARGIN_BOTTOM_CM)
        sec.left_margin, sec.right_margin = Cm(page.MARGIN_LEFT_CM), Cm(page.MARGIN_RIGHT_CM)
        if first:
            self._page_number_footer(sec)
        self.orientation = orientation

    def _page_number_footer(self, sec) -> None:
        para = sec.footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run()
        for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
            el = OxmlElement(tag)
            if attr:
                el.set(qn("w:fldCharType"), attr)
            else:
                el.set(qn("xml:space"), "preserve")
                el.text = "PAGE"
            run._r.append(el)
        run.font.size = Pt(8)

    @property
    def width_cm(self) -> float:
        return page.usable_cm(self.orientation)[0]

    # -- blocks ------------------------------------------------------------------------------
    def _block(self, block) -> None:
        if isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, Spacer):
            para = self.doc.add_paragraph()
            para.paragraph_format.space_after = Pt(block.height)
        elif isinstance(block, Kop):
            self._kop(block)
        elif isinstance(block, Clause):
            self._clause(block)
        elif isinstance(block, Fields):
            self._fields(self.doc, block.rows, block.indent, block.bold_values)
        elif isinstance(block, Signature):
            self._signature(self.doc, block, indent=self.width_cm * 0.5)
        elif isinstance(block, SignaturePair):
            self._signature_pair(block)
        elif isinstance(block, Table):
            if "docx" in block.formats:
                self._table(block)
        elif isinstance(block, Figure):
            self._figure(block)

    def _paragraph(self, p: Paragraph, container=None):
        para = (container or self.doc).add_paragraph()
        run = None
        for line in p.text.split("\n"):
            if run is not None:
                run.add_break()
            run = para.add_run(line)
            run.bold, run.italic, run.underline = p.bold, p.italic, p.underline
            if p.size:
                run.font.size = Pt(p.size)
        fmt = para.paragraph_format
        para.alignment = _ALIGN[p.align]
        fmt.space_after = Pt(p.space_after)
        fmt.keep_with_next = p.keep_with_next
        if p.indent:
            fmt.left_indent = Cm(p.indent)
        return para

    def _kop(self, kop: Kop) -> None:
        a = kop.agency
        lines = [(f"PEMERINTAH {a.pemda.upper()}", 14, True), (a.name.upper(), 16, True)]
        if a.address:
            lines.append((a.address, 9, False))
        contact = contact_line(a)
        if contact:
            lines.append((contact, 9, False))
        for i, (text, size, bold) in enumerate(lines):
            para = self._paragraph(Paragraph(text, bold=bold, align="center", size=size, space_after=0))
            if i == len(lines) - 1:
                _bottom_rule(para)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(6)

    def _clause(self, clause: Clause) -> None:
        colon, marker, text = 3.3, 3.7, 4.5
        for i, (mark, body) in enumerate(clause.items):
            label = clause.label if i == 0 else ""
            start = text if mark else marker
            para = self.doc.add_paragraph()
            fmt = para.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(start), Cm(-start)
            fmt.space_after = Pt(3)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.tab_stops.add_tab_stop(Cm(colon))
            fmt.tab_stops.add_tab_stop(Cm(marker))
            if mark:
                fmt.tab_stops.add_tab_stop(Cm(text))
            colon_text = ":" if i == 0 and clause.label else ""
            head = f"{label}\t{colon_text}\t" + (f"{mark}\t" if mark else "")
            lead = para.add_run(head)
            lead.bold = bool(label) and label.isupper()
            para.add_run(body)

    def _fields(self, container, rows, indent: float, bold_values: bool) -> None:
        label_cm = max((len(k) for k, _ in rows), default=0) * 0.22 + 0.3
        for key, value in rows:
            para = container.add_paragraph()
            fmt = para.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(indent + label_cm + 0.4), Cm(-(label_cm + 0.4))
            fmt.tab_stops.add_tab_stop(Cm(indent + label_cm))
            fmt.tab_stops.add_tab_stop(Cm(indent + label_cm + 0.4))
            para.add_run(f"{key}\t:\t")
            run = para.add_run(value)
            run.bold = bold_values

    def _signature(self, container, sig: Signature, indent: float) -> None:
        s = sig.signatory
        if sig.lines_before:
            self._fields(container, [tuple(x.split(" : ", 1)) if " : " in x else (x, "")
                                     for x in sig.lines_before], indent, False)
            self._sig_line(container, "", indent)
        if sig.caption:
            self._sig_line(container, sig.caption, indent)
        self._sig_line(container, jabatan_title(s), indent, bold=True)
        for _ in range(3):
            self._sig_line(container, "", indent)
        self._sig_line(container, s.name, indent, bold=True, underline=True)
        if s.pangkat:
            self._sig_line(container, s.pangkat, indent)
        if s.nip:
            self._sig_line(container, f"NIP. {s.nip}", indent)

    def _sig_line(self, container, text: str, indent: float, *, bold: bool = False,
                  underline: bool = False) -> None:
        para = container.add_paragraph()
        para.paragraph_format.left_indent = Cm(indent)
        para.paragraph_format.keep_with_next = True
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold, run.underline = bold, underline

    def _signature_pair(self, pair: SignaturePair) -> None:
        self.doc.add_paragraph()
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        left, right = table.rows[0].cells
        for cell, sig, top in ((left, pair.left, ""), (right, pair.right, pair.place_date or "")):
            cell.width = Cm(self.width_cm / 2)
            first = cell.paragraphs[0]
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first.add_run(top)
            self._signature(cell, sig, indent=0)
            for para in cell.paragraphs:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # -- tables ------------------------------------------------------------------------------
    def _cell_style(self, size: float):
        if size not in self.cell_styles:
            style = self.doc.styles.add_style(f"Tabel {size:g}", 1)
            style.base_style = self.doc.styles["Normal"]
            style.font.size = Pt(size)
            style.paragraph_format.space_after = Pt(0)
            self.cell_styles[size] = style
        return self.cell_styles[size]

    def _table(self, t: Table) -> None:
        if t.caption:
            self._paragraph(Paragraph(t.caption, bold=True, align="center", keep_with_next=True,
                                      space_after=6))
        ncols = len(t.columns)
        table = self.doc.add_table(rows=0, cols=ncols)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = column_widths(t.columns, self.width_cm)
        for col, w in zip(table.columns, widths):
            col.width = Cm(w)
        style = self._cell_style(t.font_size)
        header = t.header_rows()
        self._header(table, t, header, widths, style)
        # Body rows are written as XML in one go: python-docx's per-cell API is quadratic in table size.
        spans = vertical_runs(t)
        twips = [round(w / 2.54 * 1440) for w in widths]
        kinds = [c.kind for c in t.columns]
        rows_xml = []
        for r, values in enumerate(t.rows):
            texts = [cell_text(v, col.kind, col.decimals) for col, v in zip(t.columns, values)]
            rows_xml.append(_row_xml(texts, kinds, twips, style.style_id,
                                     [spans.get((r, c)) for c in range(ncols)], bold=False))
        if t.total_row:
            texts = [cell_text(v, col.kind, col.decimals) if v is not None else ""
                     for col, v in zip(t.columns, t.total_row)]
            rows_xml.append(_row_xml(texts, kinds, twips, style.style_id, [None] * ncols, bold=True))
        if rows_xml:
            holder = parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(rows_xml)}</w:tbl>')
            for tr in list(holder):
                table._tbl.append(tr)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(6)

    def _header(self, table, t: Table, header, widths, style) -> None:
        grid = header_grid(header, len(t.columns))
        rows = [table.add_row() for _ in header]
        if t.number_header:
            rows.append(table.add_row())
        for row in rows:
            _repeat_header(row)
        cells = [row.cells for row in rows]
        for r, line in enumerate(grid):
            for c, (text, colspan, rowspan, origin) in enumerate(line):
                cell = cells[r][c]
                cell.width = Cm(widths[c])
                _shade(cell)
                if origin:
                    para = cell.paragraphs[0]
                    para.style = style
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    para.add_run(text).bold = True
        for r, line in enumerate(grid):
            for c, (text, colspan, rowspan, origin) in enumerate(line):
                if origin and (colspan > 1 or rowspan > 1):
                    merged = cells[r][c].merge(cells[r + rowspan - 1][c + colspan - 1])
                    for extra in merged.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
        if t.number_header:
            for c, cell in enumerate(cells[-1]):
                para = cell.paragraphs[0]
                para.style = style
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para.add_run(f"({c + 1})").italic = True
                _shade(cell)

    def _figure(self, fig: Figure) -> None:
        width, _ = page.fit_figure_cm(fig.width_px, fig.height_px, self.orientation)
        self.doc.add_picture(io.BytesIO(fig.png()), width=Cm(width))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if fig.caption:
            self._paragraph(Paragraph(fig.caption, italic=True, align="center", size=9, space_after=8))


# Word rejects properties out of schema order, so new ones go before their successors.
_AFTER_VMERGE = ("w:tcBorders", "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                 "w:vAlign", "w:hideMark")
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
               "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


_JC = {"text": "left", "center": "center", "number": "right", "percent": "right", "money": "right"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _runs_xml(text: str, bold: bool) -> str:
    if not text:
        return ""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    lines = _NOT_XML.sub("", text).split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{xml_escape(line)}</w:t>' for line in lines)
    return f"<w:r>{props}{inner}</w:r>"


def _row_xml(texts: list[str], kinds: list[str], twips: list[int], style_id: str, merges: list[str | None],
             *, bold: bool) -> str:
    cells = []
    for text, kind, width, merge in zip(texts, kinds, twips, merges):
        vmerge = {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(merge or "", "")
        body = "" if merge == "continue" else _runs_xml(text, bold)
        cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vmerge}</w:tcPr>'
                     f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/><w:jc w:val="{_JC[kind]}"/></w:pPr>'
                     f"{body}</w:p></w:tc>")
    return f"<w:tr>{''.join(cells)}</w:tr>"


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _shade(cell) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    if tc_pr.find(qn("w:shd")) is not None:
        return
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "D9D9D9")
    tc_pr.insert_element_before(shd, *_AFTER_VMERGE[2:])


def _bottom_rule(para) -> None:
    p_pr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thinThickSmallGap")
    bottom.set(qn("w:sz"), "24")
    bottom.set(qn("w:space"), "4")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    p_pr.insert_element_before(borders, *_AFTER_PBDR)

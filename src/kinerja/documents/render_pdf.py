"""Render a :class:`~kinerja.documents.content.Document` to HTML, and that HTML to PDF with WeasyPrint."""
from __future__ import annotations

import base64
import logging
from html import escape
from itertools import groupby

from kinerja.documents import page
from kinerja.documents.content import (
    Clause, Document, Fields, Figure, Kop, Paragraph, Signature, SignaturePair, Spacer, Table,
)
from kinerja.documents.render_docx import _contact_line
from kinerja.documents.wording import cell_text, jabatan_title

_CSS = """
@page { size: A4 portrait; margin: %(mt)scm %(mr)scm %(mb)scm %(ml)scm;
        @bottom-right { content: counter(page); font-size: 8pt;
                        font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; } }
@page landscape { size: A4 landscape; }
body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: %(fs)spt;
       line-height: 1.25; margin: 0; }
section.landscape { page: landscape; }
section + section { break-before: page; }
p { margin: 0 0 4pt 0; }
.kop { text-align: center; border-bottom: 4pt double #000; padding-bottom: 3pt; margin-bottom: 10pt; }
.kop .pemda { font-size: 14pt; font-weight: bold; }
.kop .agency { font-size: 16pt; font-weight: bold; }
.kop .small { font-size: 9pt; }
table.plain { border-collapse: collapse; margin: 0 0 3pt 0; }
table.plain td { padding: 0 2pt 2pt 0; vertical-align: top; text-align: justify; }
table.plain td.key { white-space: nowrap; }
table.clause { width: 100%%; }
table.clause td.label { width: 3.1cm; }
table.clause td.colon { width: 0.4cm; }
table.clause td.marker { width: 0.8cm; white-space: nowrap; }
.signature { break-inside: avoid; margin-top: 10pt; text-align: center; }
.signature table.plain td { text-align: left; }
.sig-space { height: 54pt; }
.sig-name { font-weight: bold; text-decoration: underline; margin: 0; }
table.pair { width: 100%%; border-collapse: collapse; break-inside: avoid; margin-top: 10pt; }
table.pair td { width: 50%%; text-align: center; vertical-align: top; }
table.grid { border-collapse: collapse; width: 100%%; margin: 0 0 8pt 0; table-layout: fixed; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.grid th { background: #d9d9d9; text-align: center; vertical-align: middle; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
table.grid td.number, table.grid td.percent, table.grid td.money { text-align: right; white-space: nowrap; }
table.grid td.center { text-align: center; }
table.grid tr.total td { font-weight: bold; }
table.grid th.colno { font-style: italic; font-weight: normal; }
.caption { text-align: center; font-weight: bold; margin: 4pt 0 6pt 0; }
figure { margin: 0; text-align: center; break-inside: avoid; }
figcaption { font-size: 9pt; font-style: italic; }
"""


def render_html(document: Document) -> str:
    css = _CSS % {"mt": page.MARGIN_TOP_CM, "mr": page.MARGIN_RIGHT_CM, "mb": page.MARGIN_BOTTOM_CM,
                  "ml": page.MARGIN_LEFT_CM, "fs": document.font_size}
    parts = [f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(document.title)}'
             f"</title><style>{css}</style></head><body>"]
    for section in document.sections:
        parts.append(f'<section class="{section.orientation}">')
        parts.extend(_block(b, section.orientation) for b in section.blocks)
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def render_pdf(document: Document) -> bytes:
    # WeasyPrint logs every unsupported CSS hint at WARNING; they are noise for generated HTML.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    from weasyprint import HTML

    return HTML(string=render_html(document)).write_pdf()


def _block(block, orientation: str) -> str:
    if isinstance(block, Paragraph):
        return _paragraph(block)
    if isinstance(block, Spacer):
        return f'<div style="height:{block.height}pt"></div>'
    if isinstance(block, Kop):
        return _kop(block)
    if isinstance(block, Clause):
        return _clause(block)
    if isinstance(block, Fields):
        return _fields(block.rows, block.indent, block.bold_values)
    if isinstance(block, Signature):
        width = page.usable_cm(orientation)[0]
        return f'<div class="signature" style="margin-left:{width * 0.5:.2f}cm">{_signature(block)}</div>'
    if isinstance(block, SignaturePair):
        return _pair(block)
    if isinstance(block, Table):
        return _table(block) if "pdf" in block.formats else ""
    if isinstance(block, Figure):
        return _figure(block, orientation)
    raise TypeError(type(block).__name__)


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _paragraph(p: Paragraph) -> str:
    style = [f"text-align:{p.align}", f"margin-bottom:{p.space_after}pt"]
    if p.bold:
        style.append("font-weight:bold")
    if p.italic:
        style.append("font-style:italic")
    if p.underline:
        style.append("text-decoration:underline")
    if p.size:
        style.append(f"font-size:{p.size}pt")
    if p.indent:
        style.append(f"margin-left:{p.indent}cm")
    if p.keep_with_next:
        style.append("break-after:avoid")
    return f'<p style="{";".join(style)}">{_text(p.text)}</p>'


def _kop(kop: Kop) -> str:
    a = kop.agency
    lines = [f'<div class="pemda">PEMERINTAH {escape(a.pemda.upper())}</div>',
             f'<div class="agency">{escape(a.name.upper())}</div>']
    if a.address:
        lines.append(f'<div class="small">{escape(a.address)}</div>')
    contact = _contact_line(a)
    if contact:
        lines.append(f'<div class="small">{escape(contact)}</div>')
    return f'<div class="kop">{"".join(lines)}</div>'


def _clause(clause: Clause) -> str:
    rows = []
    for i, (mark, body) in enumerate(clause.items):
        label = escape(clause.label) if i == 0 else ""
        colon = ":" if i == 0 and clause.label else ""
        weight = ' style="font-weight:bold"' if label and label.isupper() else ""
        if mark:
            cells = f'<td class="marker">{escape(mark)}</td><td>{_text(body)}</td>'
        else:
            cells = f'<td colspan="2">{_text(body)}</td>'
        rows.append(f'<tr><td class="key label"{weight}>{label}</td><td class="colon">{colon}</td>{cells}</tr>')
    return f'<table class="plain clause">{"".join(rows)}</table>'


def _fields(rows, indent: float, bold_values: bool) -> str:
    value_style = ' style="font-weight:bold"' if bold_values else ""
    body = "".join(f'<tr><td class="key">{escape(k)}</td><td>:</td><td{value_style}>{_text(v)}</td></tr>'
                   for k, v in rows)
    return f'<table class="plain" style="margin-left:{indent}cm">{body}</table>'


def _signature(sig: Signature) -> str:
    s = sig.signatory
    parts = []
    if sig.lines_before:
        parts.append(_fields([tuple(x.split(" : ", 1)) if " : " in x else (x, "") for x in sig.lines_before],
                             0, False))
        parts.append("<p>&nbsp;</p>")
    if sig.caption:
        parts.append(f"<p>{escape(sig.caption)}</p>")
    parts.append(f"<p><b>{escape(jabatan_title(s))}</b></p>")
    parts.append('<div class="sig-space"></div>')
    parts.append(f'<p class="sig-name">{escape(s.name)}</p>')
    if s.pangkat:
        parts.append(f"<p>{escape(s.pangkat)}</p>")
    if s.nip:
        parts.append(f"<p>NIP. {escape(s.nip)}</p>")
    return "".join(parts)


def _pair(pair: SignaturePair) -> str:
    top = escape(pair.place_date or "")
    return (f'<table class="pair"><tr><td><p>&nbsp;</p>{_signature(pair.left)}</td>'
            f"<td><p>{top}</p>{_signature(pair.right)}</td></tr></table>")


def _table(t: Table) -> str:
    share = sum(c.width for c in t.columns)
    cols = "".join(f'<col style="width:{100 * c.width / share:.2f}%">' for c in t.columns)
    head = []
    for line in t.header_rows():
        cells = "".join(
            f'<th{_span("colspan", h.colspan)}{_span("rowspan", h.rowspan)}>{_text(h.text)}</th>' for h in line)
        head.append(f"<tr>{cells}</tr>")
    if t.number_header:
        head.append("<tr>" + "".join(f'<th class="colno">({i + 1})</th>' for i in range(len(t.columns))) + "</tr>")
    spans = _rowspans(t)
    body = []
    for r, values in enumerate(t.rows):
        cells = []
        for c, (col, value) in enumerate(zip(t.columns, values)):
            span = spans.get((r, c), 1)
            if span == 0:
                continue
            cells.append(f'<td class="{col.kind}"{_span("rowspan", span)}>'
                         f"{_text(cell_text(value, col.kind, col.decimals))}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    if t.total_row:
        cells = "".join(f'<td class="{col.kind}">{_text(cell_text(v, col.kind, col.decimals) if v is not None else "")}</td>'
                        for col, v in zip(t.columns, t.total_row))
        body.append(f'<tr class="total">{cells}</tr>')
    caption = f'<p class="caption">{_text(t.caption)}</p>' if t.caption else ""
    return (f'{caption}<table class="grid" style="font-size:{t.font_size}pt"><colgroup>{cols}</colgroup>'
            f"<thead>{''.join(head)}</thead><tbody>{''.join(body)}</tbody></table>")


def _span(name: str, value: int) -> str:
    return f' {name}="{value}"' if value > 1 else ""


def _rowspans(t: Table) -> dict[tuple[int, int], int]:
    spans: dict[tuple[int, int], int] = {}
    for c in t.merge_repeats:
        r = 0
        for _, group in groupby(range(len(t.rows)), key=lambda i: t.rows[i][c]):
            size = len(list(group))
            if size > 1:
                spans[(r, c)] = size
                for k in range(1, size):
                    spans[(r + k, c)] = 0
            r += size
    return spans


def _figure(fig: Figure, orientation: str) -> str:
    width, height = page.fit_figure_cm(fig.width_px, fig.height_px, orientation)
    data = base64.b64encode(fig.svg.encode("utf-8")).decode("ascii")
    caption = f"<figcaption>{escape(fig.caption)}</figcaption>" if fig.caption else ""
    return (f'<figure><img src="data:image/svg+xml;base64,{data}" '
            f'style="width:{width:.2f}cm;height:{height:.2f}cm">{caption}</figure>')

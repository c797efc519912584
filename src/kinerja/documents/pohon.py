"""The pohon kinerja (performance cascade): layout in pure Python, drawn as SVG and as PNG.

The tree grows left to right: agency IKU on the left, each level of jabatan to its right. Leaves are
stacked vertically, so a 300-indicator agency stays a tall list rather than an unreadably wide row.
One layout feeds every drawing (SVG for the app, vector ReportLab drawing for the PDF, PNG via Pillow
for the .docx), so they show the same boxes and the same line breaks.

SVG hooks for the page's script: ``svg.pohon-kinerja > g.pohon-viewport`` (pan/zoom transform),
``g.pohon-node#pohon-n-<id>`` with ``data-node``, ``data-parent``, ``data-depth``, ``data-search``
(lower-case text), ``data-gap``; ``path.pohon-edge`` with ``data-from``/``data-to``;
``g.pohon-toggle[data-node]`` on nodes with children (collapse).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from functools import partial
from html import escape
from typing import Any

from PIL import Image, ImageDraw
from reportlab.lib.colors import HexColor

from kinerja.documents import fonts, pdf_fonts
from kinerja.documents.blocks import agency_line, title
from kinerja.documents.content import Column, Document, Figure, Paragraph, Section, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.model import PohonKinerja, PohonNode

BOX_W = 230.0
GAP_X = 44.0
GAP_Y = 12.0
PAD = 7.0
MARGIN = 12.0
# The tallest piece of tree one printed page holds while text stays about 7 pt (see page.fit_figure_cm).
PRINT_MAX_HEIGHT = 520.0

COLOURS = {"stroke": "#1f4e79", "fill": "#f3f7fc", "root": "#dbe8f5", "text": "#111111",
           "muted": "#444444", "edge": "#7f8c99", "gap": "#c00000", "gap_fill": "#fdecea"}
GAP_LABELS = {"parent": "Tidak mendukung kinerja atasan", "responsible": "Penanggung jawab belum ditetapkan"}


@dataclass
class _Line:
    text: str
    size: float
    bold: bool = False
    italic: bool = False
    colour: str = COLOURS["text"]

    @property
    def height(self) -> float:
        return self.size * 1.3


@dataclass
class Box:
    node: PohonNode
    key: str                         # id safe for SVG/HTML
    parent_key: str | None
    depth: int
    lines: list[_Line]
    x: float = 0.0
    y: float = 0.0
    w: float = BOX_W
    h: float = 0.0
    children: list[Box] = field(default_factory=list)
    span: float = 0.0                # height of the subtree

    @property
    def gaps(self) -> list[str]:
        return [k for k, on in (("parent", self.node.missing_parent),
                                ("responsible", self.node.missing_responsible)) if on]


@dataclass
class Layout:
    boxes: list[Box]
    width: float
    height: float


def _lines(node: PohonNode, depth: int) -> list[_Line]:
    inner = BOX_W - 2 * PAD - 4  # a little slack: browsers' fonts may run wider than DejaVu's metrics
    out: list[_Line] = []
    if node.jabatan and node.jabatan.strip():
        out += [_Line(t, 9.5, bold=True, colour=COLOURS["stroke"]) for t in fonts.wrap(node.jabatan.upper(), inner, 9.5, True)]
    if node.holder:
        out += [_Line(t, 9, italic=True, colour=COLOURS["muted"]) for t in fonts.wrap(node.holder, inner, 9, False, True)]
    out += [_Line(t, 10.5, bold=depth == 0) for t in fonts.wrap(node.label, inner, 10.5, depth == 0)]
    for indikator in node.indikator:
        wrapped = fonts.wrap(indikator, inner - 10, 9.5)
        out += [_Line(("• " if i == 0 else "   ") + t, 9.5) for i, t in enumerate(wrapped)]
    for gap in (g for g, on in (("parent", node.missing_parent), ("responsible", node.missing_responsible)) if on):
        out += [_Line(t, 9, bold=True, colour=COLOURS["gap"]) for t in fonts.wrap("⚠ " + GAP_LABELS[gap], inner, 9, True)]
    return out


def layout(roots: list[PohonNode]) -> Layout:
    """Place every node: x by depth, y so each parent sits centred beside its children."""
    if not roots:
        raise DocumentError("Pohon kinerja kosong", "The pohon kinerja is empty")
    used: dict[str, int] = {}
    seen: set[int] = set()
    boxes: list[Box] = []

    def build(node: PohonNode, depth: int, parent: str | None) -> Box:
        if id(node) in seen:
            raise DocumentError(f"Pohon kinerja berputar pada '{node.label}'",
                                f"The pohon kinerja loops back at '{node.label}'")
        seen.add(id(node))
        box = Box(node, _key(node.id, used), parent, depth, _lines(node, depth))
        box.h = sum(line.height for line in box.lines) + 2 * PAD
        boxes.append(box)
        box.children = [build(c, depth + 1, box.key) for c in node.children]
        kids = sum(c.span for c in box.children) + GAP_Y * max(0, len(box.children) - 1)
        box.span = max(box.h, kids)
        seen.discard(id(node))
        return box

    tops = [build(r, 0, None) for r in roots]

    def place(box: Box, top: float) -> None:
        box.x = MARGIN + box.depth * (BOX_W + GAP_X)
        if not box.children:
            box.y = top + (box.span - box.h) / 2
            return
        kids = sum(c.span for c in box.children) + GAP_Y * (len(box.children) - 1)
        y = top + (box.span - kids) / 2
        for child in box.children:
            place(child, y)
            y += child.span + GAP_Y
        centre = (box.children[0].y + box.children[0].h / 2 + box.children[-1].y + box.children[-1].h / 2) / 2
        centre = min(max(centre, top + box.h / 2), top + box.span - box.h / 2)
        box.y = centre - box.h / 2

    y = MARGIN
    for top in tops:
        place(top, y)
        y += top.span + GAP_Y * 2
    depth = max(b.depth for b in boxes)
    return Layout(boxes, 2 * MARGIN + (depth + 1) * BOX_W + depth * GAP_X, y - GAP_Y * 2 + MARGIN)


def _key(raw: str, used: dict[str, int]) -> str:
    key = re.sub(r"[^A-Za-z0-9_-]+", "-", str(raw)).strip("-") or "n"
    count = used.get(key, 0)
    used[key] = count + 1
    return key if count == 0 else f"{key}-{count + 1}"


def _edge_path(parent: Box, child: Box) -> tuple[float, float, float, float, float]:
    x1, y1 = parent.x + parent.w, parent.y + parent.h / 2
    x2, y2 = child.x, child.y + child.h / 2
    return x1, y1, x1 + GAP_X / 2, x2, y2


def svg(roots: list[PohonNode], *, interactive: bool = True, title_text: str = "Pohon kinerja",
        laid_out: Layout | None = None) -> str:
    """The tree as a standalone SVG (viewBox, so it scales to any screen)."""
    lay = laid_out or layout(roots)
    by_key = {b.key: b for b in lay.boxes}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="pohon-kinerja" viewBox="0 0 {lay.width:.0f} '
           f'{lay.height:.0f}" width="{lay.width:.0f}" height="{lay.height:.0f}" role="img" '
           f'aria-label="{escape(title_text)}" font-family="{fonts.FAMILY}">',
           f"<title>{escape(title_text)}</title>", '<g class="pohon-viewport">']
    for box in lay.boxes:
        if box.parent_key:
            x1, y1, xm, x2, y2 = _edge_path(by_key[box.parent_key], box)
            out.append(f'<path class="pohon-edge" id="pohon-e-{box.key}" data-from="{box.parent_key}" '
                       f'data-to="{box.key}" d="M{x1:.1f} {y1:.1f}H{xm:.1f}V{y2:.1f}H{x2:.1f}" fill="none" '
                       f'stroke="{COLOURS["edge"]}" stroke-width="1.2"/>')
    for box in lay.boxes:
        out.append(_svg_node(box, interactive))
    out.append("</g></svg>")
    return "".join(out)


def _svg_node(box: Box, interactive: bool) -> str:
    node = box.node
    gaps = box.gaps
    stroke = COLOURS["gap"] if gaps else COLOURS["stroke"]
    fill = COLOURS["gap_fill"] if gaps else (COLOURS["root"] if box.depth == 0 else COLOURS["fill"])
    dash = ' stroke-dasharray="5 3"' if gaps else ""
    search = " ".join([node.label, *node.indikator, node.jabatan or "", node.holder or ""]).lower()
    classes = "pohon-node" + "".join(f" pohon-gap-{g}" for g in gaps)
    attrs = (f'class="{classes}" id="pohon-n-{box.key}" data-node="{escape(node.id)}" data-depth="{box.depth}" '
             f'data-search="{escape(search)}"')
    if box.parent_key:
        attrs += f' data-parent="{box.parent_key}"'
    if gaps:
        attrs += f' data-gap="{" ".join(gaps)}"'
    tooltip = "\n".join([node.label, *(f"• {i}" for i in node.indikator),
                         *(GAP_LABELS[g] for g in gaps), node.jabatan or ""]).strip()
    parts = [f"<g {attrs}><title>{escape(tooltip)}</title>",
             f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="5" '
             f'fill="{fill}" stroke="{stroke}" stroke-width="1.3"{dash}/>']
    y = box.y + PAD
    for line in box.lines:
        y += line.size * 1.05
        style = (' font-weight="bold"' if line.bold else "") + (' font-style="italic"' if line.italic else "")
        parts.append(f'<text x="{box.x + PAD:.1f}" y="{y:.1f}" font-size="{line.size}" fill="{line.colour}"'
                     f"{style}>{escape(line.text)}</text>")
        y += line.height - line.size * 1.05
    if interactive and box.children:
        cx, cy = box.x + box.w, box.y + box.h / 2
        parts.append(f'<g class="pohon-toggle" data-node="{box.key}" role="button" tabindex="0" '
                     f'aria-label="buka/tutup"><circle cx="{cx:.1f}" cy="{cy:.1f}" r="7" fill="#fff" '
                     f'stroke="{stroke}"/><text x="{cx:.1f}" y="{cy + 4:.1f}" font-size="11" '
                     f'text-anchor="middle" fill="{stroke}">−</text></g>')
    parts.append("</g>")
    return "".join(parts)


def png(roots: list[PohonNode], *, scale: float = 1.5, laid_out: Layout | None = None) -> bytes:
    """The same picture as :func:`svg` (without the collapse buttons), drawn with Pillow."""
    lay = laid_out or layout(roots)
    by_key = {b.key: b for b in lay.boxes}
    img = Image.new("RGB", (max(1, round(lay.width * scale)), max(1, round(lay.height * scale))), "white")
    draw = ImageDraw.Draw(img)

    def s(v: float) -> float:
        return v * scale

    for box in lay.boxes:
        if box.parent_key:
            x1, y1, xm, x2, y2 = _edge_path(by_key[box.parent_key], box)
            draw.line([(s(x1), s(y1)), (s(xm), s(y1)), (s(xm), s(y2)), (s(x2), s(y2))],
                      fill=COLOURS["edge"], width=max(1, round(1.2 * scale)))
    for box in lay.boxes:
        gaps = box.gaps
        stroke = COLOURS["gap"] if gaps else COLOURS["stroke"]
        fill = COLOURS["gap_fill"] if gaps else (COLOURS["root"] if box.depth == 0 else COLOURS["fill"])
        rect = (s(box.x), s(box.y), s(box.x + box.w), s(box.y + box.h))
        draw.rounded_rectangle(rect, radius=s(5), fill=fill, outline=None if gaps else stroke,
                               width=max(1, round(1.3 * scale)))
        if gaps:
            _dashed_rect(draw, rect, stroke, max(1, round(1.3 * scale)), s(5), s(3))
        y = box.y + PAD
        for line in box.lines:
            f = fonts.font(line.size * scale, line.bold, line.italic)
            draw.text((s(box.x + PAD), s(y + line.size * 1.05)), line.text, font=f, fill=line.colour, anchor="ls")
            y += line.height
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=1)  # speed over size: the .docx zips it again anyway
    return out.getvalue()


def draw_pdf(canvas: Any, laid_out: Layout) -> None:
    """The same picture as :func:`png`, as vector graphics with real text on a ReportLab canvas.

    Units are layout px; the caller scales. ReportLab's y axis points up, so every y is flipped.
    """
    lay = laid_out
    by_key = {b.key: b for b in lay.boxes}
    top = lay.height
    canvas.saveState()
    canvas.setStrokeColor(HexColor(COLOURS["edge"]))
    canvas.setLineWidth(1.2)
    for box in lay.boxes:
        if box.parent_key:
            x1, y1, xm, x2, y2 = _edge_path(by_key[box.parent_key], box)
            path = canvas.beginPath()
            path.moveTo(x1, top - y1)
            path.lineTo(xm, top - y1)
            path.lineTo(xm, top - y2)
            path.lineTo(x2, top - y2)
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineWidth(1.3)
    for box in lay.boxes:
        gaps = box.gaps
        stroke = COLOURS["gap"] if gaps else COLOURS["stroke"]
        fill = COLOURS["gap_fill"] if gaps else (COLOURS["root"] if box.depth == 0 else COLOURS["fill"])
        canvas.setStrokeColor(HexColor(stroke))
        canvas.setFillColor(HexColor(fill))
        if gaps:
            canvas.setDash(5, 3)
        else:
            canvas.setDash()
        canvas.roundRect(box.x, top - box.y - box.h, box.w, box.h, 5, stroke=1, fill=1)
        y = box.y + PAD
        for line in box.lines:
            canvas.setFillColor(HexColor(line.colour))
            canvas.setFont(pdf_fonts.face(pdf_fonts.PICTURE, line.bold, line.italic), line.size)
            canvas.drawString(box.x + PAD, top - (y + line.size * 1.05), line.text)
            y += line.height
    canvas.restoreState()


def _dashed_rect(draw: ImageDraw.ImageDraw, rect, colour: str, width: int, dash: float, gap: float) -> None:
    x0, y0, x1, y1 = rect
    for (ax, ay, bx, by) in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)):
        length = abs(bx - ax) + abs(by - ay)
        pos = 0.0
        while pos < length:
            end = min(pos + dash, length)
            t0, t1 = pos / length, end / length
            draw.line([(ax + (bx - ax) * t0, ay + (by - ay) * t0), (ax + (bx - ax) * t1, ay + (by - ay) * t1)],
                      fill=colour, width=width)
            pos = end + gap


def gaps(roots: list[PohonNode]) -> list[tuple[PohonNode, list[str]]]:
    """Every node with a gap, in tree order, with the gap kinds ("parent", "responsible")."""
    found = []
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        kinds = [k for k, on in (("parent", node.missing_parent), ("responsible", node.missing_responsible)) if on]
        if kinds:
            found.append((node, kinds))
        stack.extend(reversed(node.children))
    return found


def print_pieces(roots: list[PohonNode], max_height: float = PRINT_MAX_HEIGHT) -> list[PohonNode]:
    """Split the forest into pieces that fit a printed page; a split parent is repeated on each piece."""
    pieces: list[PohonNode] = []
    for root in roots:
        pieces += _split(root, 0, max_height)
    return pieces


def _split(node: PohonNode, depth: int, max_height: float) -> list[PohonNode]:
    if not node.children or _span(node, depth) <= max_height:
        return [node]
    groups: list[list[PohonNode]] = [[]]
    total = 0.0
    for child in node.children:
        for piece in _split(child, depth + 1, max_height):
            h = _span(piece, depth + 1)
            if groups[-1] and total + GAP_Y + h > max_height:
                groups.append([piece])
                total = h
            else:
                total += (GAP_Y if groups[-1] else 0.0) + h
                groups[-1].append(piece)
    return [replace(node, children=g) for g in groups]


def _span(node: PohonNode, depth: int) -> float:
    own = sum(line.height for line in _lines(node, depth)) + 2 * PAD
    kids = sum(_span(c, depth + 1) for c in node.children) + GAP_Y * max(0, len(node.children) - 1)
    return max(own, kids)


def build_pohon(tree: PohonKinerja) -> Document:
    """The pohon kinerja as a document: one landscape page per piece of the tree, then the gaps."""
    pieces = print_pieces(tree.roots)
    blocks: list = [*title("POHON KINERJA", agency_line(tree.agency), f"TAHUN {tree.tahun}" if tree.tahun else "")]
    for i, piece in enumerate(pieces, start=1):
        lay = layout([piece])
        blocks.append(Figure(draw=partial(draw_pdf, laid_out=lay), png=partial(png, [piece], laid_out=lay),
                             width_px=lay.width, height_px=lay.height,
                             caption=f"Gambar {i} dari {len(pieces)}: {piece.label}"))
    found = gaps(tree.roots)
    sections = [Section(blocks, "landscape")]
    if found:
        rows = [[i, n.label, "; ".join(n.indikator), n.jabatan, "; ".join(GAP_LABELS[k] for k in kinds)]
                for i, (n, kinds) in enumerate(found, start=1)]
        sections.append(Section([
            Paragraph("CELAH POHON KINERJA", bold=True, align="center", size=12, space_after=8),
            Table(columns=[Column("NO", 0.5, "center"), Column("KINERJA", 3.0), Column("INDIKATOR", 3.5),
                           Column("JABATAN", 2.0), Column("CELAH", 2.5)], rows=rows, sheet="Celah"),
        ], "landscape"))
    return Document(title=f"Pohon Kinerja {agency_line(tree.agency)}", sections=sections)

"""A .pdf decree with a text layer: ruled tables read from their rules, the rest as lines.

PDFium (through pypdfium2) gives the text as runs with their boxes and the drawing as paths, some
40× faster than a pure-Python parser on a dense Lampiran. On each page, rules that meet form a
table, read by :mod:`pdf_grid` (merged cells, rows cut by a page break); the text outside tables
becomes lines in vertical order. A document without rules is laid out as text with each run at its
horizontal place (as ``pdftotext -layout`` does), so a table without ruling lines is read like one
typed with spaces. A scan without a text layer is refused with a message saying so.
"""
from __future__ import annotations

from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError, unreadable
from kinerja.importer.model import SourceDocument, Table, TableRow, TextLine, Where
from kinerja.importer.pdf_grid import Grid, continue_from, read_grid, tables
from kinerja.importer.text_source import text_to_source

MAX_PAGES = 400
MAX_PATHS_PER_PAGE = 50_000
_THIN = 2.5       # points: a path this narrow is a rule
_WIDE_GAP = 0.7   # of the font size: a gap wider than this between two runs separates two columns


def _inside(obj: dict, boxes: list[tuple]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def text_size(words: list[dict]) -> float:
    sizes = sorted(w["bottom"] - w["top"] for w in words)
    return (sizes[len(sizes) // 2] if sizes else 0.0) or 8.0


def layout_lines(words: list[dict], size: float) -> list[str]:
    """Runs placed on text lines at their horizontal position: a wide gap becomes 2+ spaces at the same
    character column on every line (of every page: ``size`` is the document's), a word gap one space."""
    if not words:
        return []
    unit = size * 0.4
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= size * 0.4:
            lines[-1].append(w)
        else:
            lines.append([w])
    out = []
    for line in lines:
        text, cursor, previous = "", 0, None
        for w in sorted(line, key=lambda w: w["x0"]):
            if previous is None or w["x0"] - previous["x1"] > size * _WIDE_GAP:
                position = max(round(w["x0"] / unit), cursor + 2 if previous is not None else 0)
            else:
                position = cursor + 1
            text += " " * (position - len(text)) + w["text"]
            cursor, previous = len(text), w
        out.append(text)
    return out


def _runs(page, height: float) -> list[dict]:
    textpage = page.get_textpage()
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = " ".join(textpage.get_text_bounded(left, bottom, right, top).split())
        if text:
            runs.append({"x0": left, "x1": right, "top": height - top, "bottom": height - bottom, "text": text})
    return runs


def _edges(page, height: float) -> list[dict]:
    """Rules as edges: thin paths, and the four sides of a small rectangle path (a cell's border)."""
    import pypdfium2.raw as pdfium_c

    edges = []
    for count, obj in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=4)):
        if count > MAX_PATHS_PER_PAGE:
            break
        left, bottom, right, top = obj.get_bounds()
        x0, x1, y0, y1 = left, right, height - top, height - bottom
        if x1 - x0 <= _THIN and y1 - y0 > _THIN:
            edges.append({"orientation": "v", "x0": (x0 + x1) / 2, "x1": (x0 + x1) / 2, "top": y0, "bottom": y1})
        elif y1 - y0 <= _THIN and x1 - x0 > _THIN:
            edges.append({"orientation": "h", "x0": x0, "x1": x1, "top": (y0 + y1) / 2, "bottom": (y0 + y1) / 2})
        elif x1 - x0 > _THIN and y1 - y0 > _THIN and pdfium_c.FPDFPath_CountSegments(obj.raw) <= 6:
            edges += [{"orientation": "h", "x0": x0, "x1": x1, "top": y0, "bottom": y0},
                      {"orientation": "h", "x0": x0, "x1": x1, "top": y1, "bottom": y1},
                      {"orientation": "v", "x0": x0, "x1": x0, "top": y0, "bottom": y1},
                      {"orientation": "v", "x0": x1, "x1": x1, "top": y0, "bottom": y1}]
    return edges


def pdf_to_source(data: bytes) -> SourceDocument:
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            if len(document) > MAX_PAGES:
                raise DecreeTooLargeError(f"PDF lebih dari {MAX_PAGES} halaman", f"The PDF has over {MAX_PAGES} pages")
            pages = []
            last: Grid | None = None
            for index in range(len(document)):
                page = document[index]
                height = page.get_height()
                runs = _runs(page, height)
                grids = [read_grid(group, bbox, runs) for group, bbox in tables(_edges(page, height))]
                grids = [g for g in grids if g.rows]
                for grid in grids:
                    if last is not None and grid is grids[0]:
                        continue_from(last, grid)
                    last = grid
                grids = [g for g in grids if g.rows]
                boxes = [g.bbox for g in grids]
                pages.append(([r for r in runs if not _inside(r, boxes)], grids))
                page.close()
        finally:
            document.close()
    except (DecreeFormatError, DecreeTooLargeError):
        raise
    except Exception as exc:  # PDFium reports a damaged or encrypted file as PdfiumError, or worse
        raise unreadable("PDF", f"{type(exc).__name__}: {str(exc)[:120]}") from None
    if not any(outside or grids for outside, grids in pages):
        raise DecreeFormatError("PDF tidak memiliki lapisan teks (hasil pindai); jalankan OCR terlebih dahulu",
                                "The PDF has no text layer (a scan); run OCR on it first")
    if not any(grids for _, grids in pages):
        size = text_size([w for outside, _ in pages for w in outside])
        return text_to_source("\n\f\n".join("\n".join(layout_lines(outside, size)) for outside, _ in pages))
    items: list = []
    lines: list[str] = []
    table_number = 0
    for page_number, (outside, grids) in enumerate(pages, start=1):
        blocks: list[tuple[float, str, object]] = []
        # runs on one line share their vertical middle (a colon's small box does not share its top)
        by_middle: dict[float, list[dict]] = {}
        for w in sorted(outside, key=lambda w: w["top"]):
            middle = (w["top"] + w["bottom"]) / 2
            tolerance = max(2.0, (w["bottom"] - w["top"]) / 2)
            key = next((k for k in by_middle if abs(k - middle) <= tolerance), middle)
            by_middle.setdefault(key, []).append(w)
        for _, ws in by_middle.items():
            top = min(w["top"] for w in ws)
            blocks.append((top, "text", " ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]))))
        blocks += [(g.bbox[1], "table", g) for g in grids]
        for _, kind, content in sorted(blocks, key=lambda b: b[0]):
            if kind == "text":
                lines.append(content)
                items.append(TextLine(content, Where(line=len(lines), page=page_number)))
                continue
            table_number += 1
            table = Table()
            for row_number, cells in enumerate(content.rows, start=1):
                lines.append(" | ".join(" ".join(c.split()) for c in cells))
                table.rows.append(TableRow(cells, Where(line=len(lines), page=page_number, table=table_number,
                                                        row=row_number)))
            items.append(table)
    return SourceDocument(items=items, lines=lines)

"""A .pdf decree with a text layer: pdfplumber's tables first, its text as a fallback.

On each page, table regions are read as cells and the text outside them as lines, merged in
vertical order. A PDF in which pdfplumber finds no table is read as text, like a ``.txt`` seed. A
scan without a text layer is refused with a message saying so.
"""
from __future__ import annotations

import io

from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError, unreadable
from kinerja.importer.model import SourceDocument, Table, TableRow, TextLine, Where
from kinerja.importer.text_source import text_to_source

MAX_PAGES = 400


def _inside(obj: dict, boxes: list[tuple]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def pdf_to_source(data: bytes) -> SourceDocument:
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise DecreeTooLargeError(f"PDF lebih dari {MAX_PAGES} halaman", f"The PDF has over {MAX_PAGES} pages")
            pages = []
            any_table = False
            all_text = []
            for page in pdf.pages:
                tables = page.find_tables()
                any_table = any_table or bool(tables)
                boxes = [t.bbox for t in tables]
                outside = page.filter(lambda obj, boxes=boxes: not (obj.get("object_type") == "char"
                                                                    and _inside(obj, boxes)))
                text_lines = outside.extract_text_lines() if boxes else page.extract_text_lines()
                all_text.append(page.extract_text() or "")
                pages.append((text_lines, [(t.bbox[1], t.extract()) for t in tables]))
    except (DecreeFormatError, DecreeTooLargeError):
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise unreadable("PDF", f"{type(exc).__name__}: {str(exc)[:120]}") from None
    if not any(t.strip() for t in all_text):
        raise DecreeFormatError("PDF tidak memiliki lapisan teks (hasil pindai); jalankan OCR terlebih dahulu",
                                "The PDF has no text layer (a scan); run OCR on it first")
    if not any_table:
        return text_to_source("\n".join(all_text))
    items: list = []
    lines: list[str] = []
    table_number = 0
    for page_number, (text_lines, tables) in enumerate(pages, start=1):
        blocks = [(line["top"], "text", line["text"]) for line in text_lines]
        blocks += [(top, "table", rows) for top, rows in tables]
        for _, kind, content in sorted(blocks, key=lambda b: b[0]):
            if kind == "text":
                lines.append(content)
                items.append(TextLine(content, Where(line=len(lines), page=page_number)))
                continue
            table_number += 1
            table = Table()
            for row_number, row in enumerate(content, start=1):
                cells = [c or "" for c in row]
                lines.append(" | ".join(" ".join(c.split()) for c in cells))
                table.rows.append(TableRow(cells, Where(line=len(lines), page=page_number, table=table_number,
                                                        row=row_number)))
            items.append(table)
    return SourceDocument(items=items, lines=lines)

"""One entry point for every format: ``render(document, "docx" | "pdf" | "xlsx") -> bytes``."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

from kinerja.documents.content import Document, Figure
from kinerja.documents.errors import DocumentError
from kinerja.documents.render_docx import render_docx
from kinerja.documents.render_pdf import render_pdf
from kinerja.documents.render_xlsx import render_xlsx

FORMATS = {"docx": render_docx, "pdf": render_pdf, "xlsx": render_xlsx}
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render(document: Document, fmt: str) -> bytes:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise DocumentError(f"Format '{fmt}' tidak didukung (docx, pdf, xlsx)",
                            f"Format '{fmt}' is not supported (docx, pdf, xlsx)")
    return FORMATS[fmt](document)


def render_many(jobs: list[tuple[Document, str]], workers: int | None = None) -> list[bytes]:
    """Render several documents at once, one process per CPU: rendering is CPU-bound pure Python, so
    threads would not help. Used for "download everything" (all documents, all formats)."""
    if workers == 1 or len(jobs) < 2:
        return [render(doc, fmt) for doc, fmt in jobs]
    # Longest first, so one big job does not start last and leave the other workers idle.
    order = sorted(range(len(jobs)), key=lambda i: -_weight(*jobs[i]))
    out: list[bytes] = [b""] * len(jobs)
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        futures = {pool.submit(render, *jobs[i]): i for i in order}
        for future, i in futures.items():
            out[i] = future.result()
    return out


# Measured costs (benchmarks/documents_bench.py): a table cell is ~0.1–0.2 ms in any format; a pohon
# picture is ~30 ms in a .docx (Pillow draws and encodes a PNG) but ~3 ms in the vector PDF.
_FIGURE_WEIGHT = {"docx": 200, "pdf": 20, "xlsx": 0}


def _weight(document: Document, fmt: str) -> int:
    cells = sum(len(t.rows) * len(t.columns) for t in document.tables(fmt))
    figures = sum(isinstance(b, Figure) for s in document.sections for b in s.blocks)
    return cells + figures * _FIGURE_WEIGHT.get(fmt, 0)


def formats_for(document: Document) -> list[str]:
    """The formats this document can be rendered to: .xlsx only where it has a table."""
    return ["docx", "pdf"] + (["xlsx"] if document.tables("xlsx") else [])

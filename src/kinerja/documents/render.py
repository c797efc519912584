"""One entry point for every format: ``render(document, "docx" | "pdf" | "xlsx") -> bytes``."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

from kinerja.documents.content import Document
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
    """Render several documents at once, one process per CPU: PDF layout is CPU-bound pure Python,
    so threads would not help. Used for "download everything" (all documents, all formats)."""
    if workers == 1 or len(jobs) < 2:
        return [render(doc, fmt) for doc, fmt in jobs]
    # Longest first, so one big PDF does not start last and leave the other workers idle.
    order = sorted(range(len(jobs)), key=lambda i: -_weight(*jobs[i]))
    out: list[bytes] = [b""] * len(jobs)
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        futures = {pool.submit(render, *jobs[i]): i for i in order}
        for future, i in futures.items():
            out[i] = future.result()
    return out


def _weight(document: Document, fmt: str) -> int:
    rows = sum(len(t.rows) * len(t.columns) for t in document.tables(fmt))
    return rows * (10 if fmt == "pdf" else 1)


def formats_for(document: Document) -> list[str]:
    """The formats this document can be rendered to: .xlsx only where it has a table."""
    return ["docx", "pdf"] + (["xlsx"] if document.tables("xlsx") else [])

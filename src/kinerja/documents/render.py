"""One entry point for every format: ``render(document, "docx" | "pdf" | "xlsx") -> bytes``."""
from __future__ import annotations

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


def formats_for(document: Document) -> list[str]:
    """The formats this document can be rendered to: .xlsx only where it has a table."""
    return ["docx", "pdf"] + (["xlsx"] if document.tables("xlsx") else [])

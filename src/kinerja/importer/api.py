"""Entry points: :func:`read_decree` (a file or its bytes) and :func:`read_decree_text`."""
from __future__ import annotations

import os
from pathlib import Path

from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError
from kinerja.importer.mapping import apply_mapping
from kinerja.importer.model import SourceDocument
from kinerja.importer.parser import build_catalog
from kinerja.importer.pdf_streams import check_pdf_streams
from kinerja.importer.reading import DecreeReading
from kinerja.importer.sandbox import run_bounded
from kinerja.importer.sniff import MAX_INPUT_BYTES, MAX_TEXT_CHARS, decode_text, detect
from kinerja.importer.text_source import text_to_source


def _reading(source: SourceDocument, mapping: dict | None = None) -> DecreeReading:
    tables = apply_mapping(source, mapping or {})
    catalog, drafts, uncertain, notes = build_catalog(source)
    row_sources = [draft.where.as_dict() for draft in drafts]
    return DecreeReading(catalog=catalog, source_lines=source.lines, row_sources=row_sources, uncertain=uncertain,
                         row_notes=notes, tables=tables)


def read_decree_text(text: str, *, mapping: dict | None = None) -> DecreeReading:
    """Read a decree from text as extracted from a PDF (tabs or ``|`` between cells).

    ``mapping`` is the planner's say on tables the reader got wrong (see :func:`mapping.apply_mapping`)."""
    if not isinstance(text, str):
        raise DecreeFormatError("Masukan harus berupa teks", "The input must be text")
    if len(text) > MAX_TEXT_CHARS:
        raise DecreeTooLargeError("Teks terlalu panjang", "The text is too long")
    if not text.strip():
        raise DecreeFormatError("Teks kosong", "The text is empty")
    return _reading(text_to_source(text), mapping)


def _load(source: str | os.PathLike | bytes) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise DecreeTooLargeError(f"Berkas {path.name} terlalu besar ({size // 1048576} MiB)",
                                      f"The file {path.name} is too large ({size // 1048576} MiB)")
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError, OSError) as exc:
        raise DecreeFormatError(f"Berkas tidak dapat dibuka: {path.name}", f"Cannot open the file: {path.name}",
                                where=type(exc).__name__) from None


def read_decree(source: str | os.PathLike | bytes, *, filename: str | None = None,
                bounded: bool = True, mapping: dict | None = None) -> DecreeReading:
    """Read a decree from a .docx, .pdf (with a text layer), .xlsx, .md or .txt file.

    The type comes from the content, not from ``filename`` (which only names the file in messages).
    The reading runs in a child process with a memory ceiling and a time limit (:mod:`sandbox`);
    ``bounded=False`` reads in this process (for callers that are already such a child).
    """
    data = _load(source)
    kind = detect(data)
    if kind == "pdf":
        check_pdf_streams(data)
    if bounded:
        return run_bounded(read_detected, data, kind, mapping)
    return read_detected(data, kind, mapping)


def read_detected(data: bytes, kind: str, mapping: dict | None = None) -> DecreeReading:
    """The reading of ``data`` already judged to be ``kind`` (see :func:`sniff.detect`)."""
    if kind == "text":
        return read_decree_text(decode_text(data), mapping=mapping)
    if kind == "docx":
        from kinerja.importer.docx_source import docx_to_source
        return _reading(docx_to_source(data), mapping)
    if kind == "xlsx":
        from kinerja.importer.xlsx_source import xlsx_to_source
        return _reading(xlsx_to_source(data), mapping)
    from kinerja.importer.pdf_source import pdf_to_source
    return _reading(pdf_to_source(data), mapping)

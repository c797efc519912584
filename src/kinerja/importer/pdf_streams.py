"""How far a PDF's compressed streams inflate, found out before any parser inflates them.

A PDF stream is usually Flate-compressed; a small file can hold a stream that inflates to gigabytes.
Each stream is inflated here in bounded chunks and only counted, so the check itself needs a few
kilobytes whatever the stream holds. A stream that is not Flate data (an image, another filter) is
left to the reader, which runs under a memory ceiling anyway (:mod:`sandbox`).
"""
from __future__ import annotations

import re
import zlib

from kinerja.importer.errors import DecreeTooLargeError

MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
_CHUNK = 1024 * 1024
_STREAM = re.compile(rb"stream\r?\n")
_END = b"endstream"


def _inflated_size(data: bytes, limit: int) -> int:
    """Bytes ``data`` inflates to, counted up to just past ``limit``; 0 when it is not zlib data."""
    inflater = zlib.decompressobj()
    total = 0
    pending = data
    try:
        while pending and total <= limit:
            out = inflater.decompress(pending, _CHUNK)
            total += len(out)
            pending = inflater.unconsumed_tail
            if not out and not pending:
                break
    except zlib.error:
        return total
    return total


def check_pdf_streams(data: bytes) -> None:
    """Refuse a PDF whose one stream inflates past 64 MiB or whose streams together pass 512 MiB."""
    total = 0
    position = 0
    while True:
        m = _STREAM.search(data, position)
        if m is None:
            return
        end = data.find(_END, m.end())
        if end < 0:
            return
        size = _inflated_size(data[m.end():end], MAX_STREAM_BYTES)
        if size > MAX_STREAM_BYTES:
            raise DecreeTooLargeError(
                f"PDF berisi aliran data yang mengembang melebihi {MAX_STREAM_BYTES // 1048576} MiB (bom dekompresi); "
                "berkas ditolak",
                f"The PDF holds a stream that inflates past {MAX_STREAM_BYTES // 1048576} MiB (a decompression bomb); "
                "the file is refused")
        total += size
        if total > MAX_TOTAL_BYTES:
            raise DecreeTooLargeError(
                f"Isi PDF mengembang melebihi {MAX_TOTAL_BYTES // 1048576} MiB; berkas ditolak",
                f"The PDF's content inflates past {MAX_TOTAL_BYTES // 1048576} MiB; the file is refused")
        position = end + len(_END)

"""What a file really is, from its bytes, and whether it is safe to open.

The name can lie (a .docx that is a PDF, a .pdf that is a zip bomb), so the type comes from the
content. Office files are zip archives: their declared sizes are checked before anything is
unpacked, and an archive that would unpack too large, or too suspiciously well, is refused.
"""
from __future__ import annotations

import io
import zipfile

from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError

MAX_INPUT_BYTES = 25 * 1024 * 1024
MAX_UNPACKED_BYTES = 150 * 1024 * 1024
MAX_ZIP_ENTRIES = 3000
MAX_RATIO = 150          # uncompressed / compressed, for any entry bigger than 1 MiB
# one part (document.xml, a sheet): a 50-page decree's is a few MiB; XML parses to many times its size
MAX_PART_BYTES = 48 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000


def _too_large(what_id: str, what_en: str, limit: int, unit: str = "MiB") -> DecreeTooLargeError:
    size = limit // (1024 * 1024) if unit == "MiB" else limit
    return DecreeTooLargeError(f"{what_id} melebihi batas {size:,} {unit}".replace(",", "."),
                               f"{what_en} exceeds the {size:,} {unit} limit")


def check_size(data: bytes) -> None:
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large("Berkas", "The file", MAX_INPUT_BYTES)
    if not data.strip():
        raise DecreeFormatError("Berkas kosong", "The file is empty")


def check_zip(data: bytes) -> zipfile.ZipFile:
    """Open an Office archive after checking its declared sizes (no zip bombs)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # a damaged central directory raises BadZipFile, NotImplementedError, struct.error …
        raise DecreeFormatError("Arsip Office rusak atau terpotong", f"The Office archive is damaged or truncated ({exc})") \
            from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DecreeFormatError("Arsip berisi terlalu banyak berkas", "The archive holds too many files")
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise _too_large("Isi arsip", "The archive's content", MAX_UNPACKED_BYTES)
        if info.file_size > MAX_PART_BYTES:
            raise DecreeTooLargeError(
                f"Bagian '{info.filename}' arsip Office berukuran {info.file_size // 1048576} MiB setelah dibuka "
                f"(batas {MAX_PART_BYTES // 1048576} MiB)",
                f"The Office part '{info.filename}' is {info.file_size // 1048576} MiB unpacked "
                f"(the limit is {MAX_PART_BYTES // 1048576} MiB)")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DecreeTooLargeError(
                f"Arsip mencurigakan: '{info.filename}' mengembang {info.file_size // max(info.compress_size, 1)}x",
                f"Suspicious archive: '{info.filename}' expands {info.file_size // max(info.compress_size, 1)}x")
    return archive


def detect(data: bytes) -> str:
    """``"pdf"``, ``"docx"``, ``"xlsx"`` or ``"text"``; anything else is a :class:`DecreeFormatError`."""
    check_size(data)
    head = data[:8]
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        names = set(check_zip(data).namelist())
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise DecreeFormatError("Arsip zip ini bukan dokumen Word (.docx) atau Excel (.xlsx)",
                                "This zip archive is not a Word (.docx) or Excel (.xlsx) document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DecreeFormatError("Format Office lama (.doc/.xls) tidak didukung; simpan ulang sebagai .docx/.xlsx",
                                "Old Office formats (.doc/.xls) are not supported; save as .docx/.xlsx")
    if head.startswith(b"{\\rtf"):
        raise DecreeFormatError("Berkas RTF tidak didukung; simpan ulang sebagai .docx",
                                "RTF files are not supported; save as .docx")
    return "text"


def decode_text(data: bytes) -> str:
    """Bytes of a .txt/.md file as text; binary content is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecreeFormatError("Teks UTF-16 rusak", "Damaged UTF-16 text") from None
    else:
        if b"\x00" in data[:65536]:
            raise binary()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if len(text) > MAX_TEXT_CHARS:
        raise _too_large("Teks", "The text", MAX_TEXT_CHARS, "karakter/characters")
    sample = text[:65536]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f") + sample.count("\ufffd")
    if sample and control > len(sample) * 0.05:
        raise binary()
    return text


def binary() -> DecreeFormatError:
    return DecreeFormatError("Berkas berisi data biner, bukan teks, .docx, .xlsx atau .pdf",
                             "The file holds binary data, not text, .docx, .xlsx or .pdf")

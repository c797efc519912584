"""Bukti dukung: files checked by their content (not their name), stored outside the web root.

Files land in ``settings.PRIVATE_FILES_DIR/evidence/<agency>/`` under a random name; the original
name is kept in the row. Views stream them only after :class:`~kinerja.accounts.access.Scope` says the
user may see the realisasi's unit.
"""
from __future__ import annotations

import hashlib
import secrets
import zipfile
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.db import transaction

from kinerja.accounts.access import Scope
from kinerja.measurement.errors import MeasurementError
from kinerja.measurement.models import Evidence, Realisasi

KINDS = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def sniff(head: bytes, data: bytes) -> str | None:
    """The kind of file ``data`` is (pdf, png, jpg, xlsx, docx), judged from its bytes; None otherwise."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return None
        if "[Content_Types].xml" in names:
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "word/document.xml" in names:
                return "docx"
    return None


def evidence_dir() -> Path:
    return Path(settings.PRIVATE_FILES_DIR) / "evidence"


def max_bytes() -> int:
    return int(getattr(settings, "KINERJA_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))


def attach(user, realisasi: Realisasi, upload) -> Evidence:
    """Check and store ``upload`` (a Django UploadedFile) as evidence of ``realisasi``."""
    scope = Scope.of(user)
    if not (scope.can_enter_realisasi(realisasi.indicator.unit) or scope.can_verify(realisasi.indicator.agency)):
        raise MeasurementError("Anda tidak dapat menambah bukti dukung untuk realisasi ini.",
                               "You may not add evidence to this realisasi.")
    if realisasi.status in (Realisasi.Status.VERIFIED, Realisasi.Status.LOCKED):
        raise MeasurementError("Realisasi sudah diverifikasi atau dikunci; bukti dukung tidak dapat ditambah.",
                               "The realisasi is verified or locked; evidence cannot be added.")
    limit = max_bytes()
    if upload.size > limit:
        raise MeasurementError(f"Berkas lebih dari {limit // (1024 * 1024)} MB.",
                               f"The file is larger than {limit // (1024 * 1024)} MB.")
    data = upload.read()
    kind = sniff(data[:16], data)
    if kind is None:
        raise MeasurementError("Jenis berkas tidak diterima: hanya PDF, gambar (PNG/JPEG), XLSX atau DOCX.",
                               "File type not accepted: only PDF, images (PNG/JPEG), XLSX or DOCX.")
    folder = evidence_dir() / str(realisasi.agency_id)
    folder.mkdir(parents=True, exist_ok=True)
    stored = f"{realisasi.agency_id}/{secrets.token_hex(16)}.{kind}"
    path = evidence_dir() / stored
    path.write_bytes(data)
    try:
        with transaction.atomic():
            return Evidence.objects.create(
                realisasi=realisasi, agency_id=realisasi.agency_id, stored_name=stored,
                original_name=Path(upload.name or f"bukti.{kind}").name[:255], content_type=KINDS[kind],
                size=len(data), sha256=hashlib.sha256(data).hexdigest(), uploaded_by=user)
    except Exception:
        path.unlink(missing_ok=True)
        raise


def download_name(evidence: Evidence) -> str:
    """The original name with the extension of what the file really is ("x.pdf" holding a .docx
    downloads as "x.docx"), so the reader's program opens it."""
    kind = next((k for k, media in KINDS.items() if media == evidence.content_type), None)
    path = Path(evidence.original_name or "bukti")
    if kind is None or path.suffix.lower().lstrip(".") in ({kind} | ({"jpeg"} if kind == "jpg" else set())):
        return path.name
    return f"{path.stem or 'bukti'}.{kind}"


def path_of(evidence: Evidence) -> Path:
    return evidence_dir() / evidence.stored_name


def remove(user, evidence: Evidence) -> None:
    realisasi = evidence.realisasi
    scope = Scope.of(user)
    if realisasi.status not in (Realisasi.Status.DRAFT, Realisasi.Status.RETURNED) or not \
            scope.can_enter_realisasi(realisasi.indicator.unit):
        raise MeasurementError("Bukti dukung ini tidak dapat dihapus.", "This evidence cannot be removed.")
    path = path_of(evidence)
    evidence.delete()
    path.unlink(missing_ok=True)

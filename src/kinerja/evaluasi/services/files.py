"""Files of the evaluation (bukti dukung, follow-up evidence): checked by their content, stored outside
the web root under a random name, streamed only after an access check.

The check is the measurement app's (:func:`kinerja.measurement.services.evidence.sniff`, the same size
limit), so an agency meets one rule for what a bukti dukung may be.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path, PurePath

from django.conf import settings

from kinerja.evaluasi.errors import EvaluasiError
from kinerja.measurement.services.evidence import KINDS, max_bytes, sniff


@dataclass(frozen=True)
class Stored:
    stored_name: str
    original_name: str
    content_type: str
    size: int
    sha256: str


def folder() -> Path:
    return Path(settings.PRIVATE_FILES_DIR) / "evaluasi"


def path_of(stored_name: str) -> Path:
    return folder() / stored_name


def read_upload(upload) -> tuple[bytes, str]:
    """The bytes of a Django UploadedFile and the kind they are, or a clear refusal."""
    limit = max_bytes()
    if upload is None:
        raise EvaluasiError("Pilih berkas yang akan diunggah.", "Choose a file to upload.")
    if upload.size > limit:
        raise EvaluasiError(f"Berkas lebih dari {limit // (1024 * 1024)} MB.",
                            f"The file is larger than {limit // (1024 * 1024)} MB.")
    data = upload.read()
    kind = sniff(data[:16], data)
    if kind is None:
        raise EvaluasiError("Jenis berkas tidak diterima: hanya PDF, gambar (PNG/JPEG), XLSX atau DOCX. Isi berkas "
                            "diperiksa, bukan namanya.",
                            "File type not accepted: only PDF, images (PNG/JPEG), XLSX or DOCX. The content is "
                            "checked, not the name.")
    return data, kind


def store(agency_id: int, data: bytes, kind: str, name: str) -> Stored:
    """Write ``data`` under a random name; the caller deletes it (:func:`discard`) if its row is not saved."""
    (folder() / str(agency_id)).mkdir(parents=True, exist_ok=True)
    stored = f"{agency_id}/{secrets.token_hex(16)}.{kind}"
    path_of(stored).write_bytes(data)
    return Stored(stored, clean_name(name, kind), KINDS[kind], len(data), hashlib.sha256(data).hexdigest())


def discard(stored_name: str) -> None:
    if stored_name:
        path_of(stored_name).unlink(missing_ok=True)


def clean_name(name: str | None, kind: str) -> str:
    """The name people gave, without folders or control characters, ending in the kind it really is."""
    base = PurePath((name or "").replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip(" .") or "bukti"
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem[:200]}.{kind}"

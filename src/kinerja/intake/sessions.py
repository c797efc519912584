"""Import sessions: upload a decree, correct what the importer read, commit or discard.

The importer's reading is stored as read; the planner's corrections are kept beside it, cell by cell,
and laid over it only when the preview is drawn or the decree is committed. So a correction can be
undone, and what the machine read stays visible for comparison.
"""
from __future__ import annotations

import copy
import dataclasses

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from kinerja.catalog.models import Decree, PerangkatDaerah
from kinerja.errors import KinerjaError
from kinerja.formula.errors import FormulaError
from kinerja.formula.reader import read_formula
from kinerja.formula.registry import VariableRegistry
from kinerja.importer import DecreeReading, read_decree
from kinerja.intake.commit import commit_catalog
from kinerja.intake.errors import ImportRejected
from kinerja.intake.models import ImportSession

ROW_FIELDS = ("jabatan", "sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab",
              "sumber_data")
HEADER_FIELDS = ("nomor", "tahun", "jenis", "tentang", "ditetapkan_di", "tanggal", "penandatangan", "pangkat", "nip")


class UploadRejected(KinerjaError):
    """An upload refused before reading: too large, empty, or not a decree the importer can read."""


class SessionClosed(KinerjaError):
    """A committed session can no longer be corrected or committed again."""


def reading_as_json(reading: DecreeReading) -> dict:
    return {
        "catalog": reading.catalog,
        "source_lines": list(reading.source_lines),
        "row_sources": [dict(s) if not dataclasses.is_dataclass(s) else dataclasses.asdict(s)
                        for s in reading.row_sources],
        "uncertain": [[int(i), str(f)] for i, f in reading.uncertain],
        "row_notes": [dict(n) for n in reading.row_notes],
        "tables": list(reading.tables),
    }


def read_upload(data: bytes, filename: str) -> DecreeReading:
    """The importer's reading of an uploaded file; the file type is judged by content, not name."""
    limit = settings.KINERJA_MAX_UPLOAD_BYTES
    if len(data) > limit:
        raise UploadRejected(f"Berkas terlalu besar ({len(data) // 1024} KiB; batas {limit // 1024} KiB)",
                             f"The file is too large ({len(data) // 1024} KiB; the limit is {limit // 1024} KiB)")
    if not data.strip():
        raise UploadRejected("Berkas kosong", "The file is empty")
    return read_decree(data, filename=filename)


def start_session(agency: PerangkatDaerah, data: bytes, filename: str, *, user=None, label: str = "",
                  amends: Decree | None = None) -> ImportSession:
    """Read an uploaded decree and keep it, with its reading, for preview. Nothing enters the catalog.

    Raises :class:`UploadRejected` or the importer's ``DecreeFormatError`` (both bilingual); a file
    that cannot be read leaves no session behind.
    """
    if amends is not None and amends.agency_id != agency.pk:
        raise UploadRejected("Keputusan yang diubah milik perangkat daerah lain",
                             "The amended decree belongs to another agency")
    reading = read_upload(data, filename)
    session = ImportSession(agency=agency, uploaded_by=user if getattr(user, "pk", None) else None,
                            uploaded_by_label=label or getattr(user, "username", "") or "",
                            filename=filename[:255], reading=reading_as_json(reading), amends=amends)
    session.file.save(filename, ContentFile(data), save=False)
    session.save()
    return session


# --- corrections ---------------------------------------------------------------------------------

def dropped_rows(session: ImportSession) -> set[int]:
    return {int(i) for i in session.corrections.get("dropped", [])}


def corrected_catalog(session: ImportSession) -> dict:
    """The reading with every correction applied and dropped rows left out."""
    catalog = copy.deepcopy(session.reading.get("catalog") or {})
    document = catalog.setdefault("document", {})
    document.update(session.corrections.get("document", {}))
    rows = catalog.get("indicators") or []
    for index, fields in session.corrections.get("rows", {}).items():
        if 0 <= int(index) < len(rows):
            rows[int(index)].update(fields)
    dropped = dropped_rows(session)
    catalog["indicators"] = [row for i, row in enumerate(rows) if i not in dropped]
    return catalog


def _registry_for(catalog: dict) -> VariableRegistry:
    """A registry that already knows the document's variables, so a re-read row keeps their keys."""
    registry = VariableRegistry()
    for row in catalog.get("indicators") or []:
        for phrase in ((row.get("formula") or {}).get("variables") or {}).values():
            registry.key_for(phrase)
    return registry


def _clean_value(field: str, value: str | None):
    text = " ".join((value or "").split()) if field != "definisi" else (value or "").strip()
    if field == "tahun":
        return int(text) if text.isdigit() else text or None
    return text or None


def _reread_formula(catalog: dict, row: dict) -> tuple[dict, KinerjaError | None]:
    try:
        reading = read_formula(row.get("formula_text") or "", definisi=row.get("definisi"),
                               registry=_registry_for(catalog))
    except FormulaError as exc:
        return {"kind": "other", "expression": None, "variables": {}}, exc
    return reading.to_catalog(), None


def correct_cell(session: ImportSession, row: int | None, field: str, value: str | None) -> KinerjaError | None:
    """Record one corrected cell (``row`` None = the decree header). A corrected formula text is read
    again by the formula engine; its error, if any, is returned for display (the correction stands)."""
    _require_open(session)
    problem = None
    if row is None:
        if field not in HEADER_FIELDS:
            raise UploadRejected(f"Kolom '{field}' tidak dapat diubah", f"Field '{field}' cannot be corrected")
        session.corrections.setdefault("document", {})[field] = _clean_value(field, value)
    else:
        rows = (session.reading.get("catalog") or {}).get("indicators") or []
        if field not in ROW_FIELDS or not 0 <= row < len(rows):
            raise UploadRejected(f"Sel baris {row + 1}, kolom '{field}' tidak ada",
                                 f"There is no cell at row {row + 1}, field '{field}'")
        cells = session.corrections.setdefault("rows", {}).setdefault(str(row), {})
        cells[field] = _clean_value(field, value)
        if field in ("formula_text", "definisi"):
            catalog = corrected_catalog(session)
            merged = {**rows[row], **cells}
            cells["formula"], problem = _reread_formula(catalog, merged)
    session.save(update_fields=["corrections", "updated_at"])
    return problem


def remap_session(session: ImportSession, mapping: dict) -> DecreeReading:
    """Read the uploaded file again with the planner's column mapping (see kinerja.importer.mapping).

    The rows change, so corrections and dropped rows of the old reading are let go; the header's and
    the unit tree's corrections stay.
    """
    _require_open(session)
    session.file.open("rb")
    try:
        data = session.file.read()
    finally:
        session.file.close()
    reading = read_decree(data, filename=session.filename, mapping=mapping)
    session.reading = reading_as_json(reading)
    kept = {k: v for k, v in session.corrections.items() if k in ("document", "structure")}
    session.corrections = {**kept, "layout": mapping}
    session.save(update_fields=["reading", "corrections", "updated_at"])
    return reading


def correct_structure(session: ImportSession, key: str, *, name: str | None, kind: str | None,
                      parent: str | None) -> None:
    """Record the planner's correction of one planned unit: its name, kind, and parent unit."""
    _require_open(session)
    session.corrections.setdefault("structure", {})[key] = {"name": name, "kind": kind, "parent": parent or ""}
    session.save(update_fields=["corrections", "updated_at"])


def set_row_dropped(session: ImportSession, row: int, dropped: bool) -> None:
    """Leave a row the importer wrongly took for an indicator out of the commit (or put it back)."""
    _require_open(session)
    current = dropped_rows(session)
    current = current | {row} if dropped else current - {row}
    session.corrections["dropped"] = sorted(current)
    session.save(update_fields=["corrections", "updated_at"])


def _require_open(session: ImportSession) -> None:
    if not session.is_open:
        raise SessionClosed("Impor ini sudah disimpan ke katalog dan tidak dapat diubah lagi",
                            "This import is already in the catalog and can no longer be changed")


# --- commit and discard --------------------------------------------------------------------------

def commit_session(session: ImportSession, *, user=None, label: str | None = None) -> Decree:
    """Commit the corrected reading. On refusal the session is marked failed with the reasons (the
    catalog untouched) and :class:`ImportRejected` is raised; the planner may correct and retry."""
    refused: ImportRejected | None = None
    decree = None
    with transaction.atomic():
        locked = ImportSession.objects.select_for_update().get(pk=session.pk)
        _require_open(locked)
        try:
            decree = commit_catalog(locked.agency, corrected_catalog(locked), amends=locked.amends,
                                    actor=user, label=label, structure=locked.corrections.get("structure"))
        except ImportRejected as exc:  # the commit's own savepoint is rolled back; record why and go on
            refused = exc
            locked.status, locked.error_id, locked.error_en = ImportSession.Status.FAILED, exc.message_id, exc.message_en
        else:
            locked.status, locked.decree, locked.error_id, locked.error_en = (
                ImportSession.Status.COMMITTED, decree, "", "")
        locked.save(update_fields=["status", "decree", "error_id", "error_en", "updated_at"])
    session.refresh_from_db()
    if refused is not None:
        raise refused
    return decree


def discard_session(session: ImportSession) -> None:
    """Forget an uncommitted import and its stored file. A committed one stays as the decree's record."""
    _require_open(session)
    session.file.delete(save=False)
    session.delete()

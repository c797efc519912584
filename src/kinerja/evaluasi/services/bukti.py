"""Bukti dukung per criterion: an uploaded file, or a Kinerja document rendered to PDF when linked and
kept as it was then (the evidence shows what was reported, not today's recomputation)."""
from __future__ import annotations

from django.db import transaction

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Decree
from kinerja.documents import render
from kinerja.errors import KinerjaError
from kinerja.evaluasi.errors import EvaluasiError, NotAllowed
from kinerja.evaluasi.models import BuktiDukung, Evaluation
from kinerja.evaluasi.services import files
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.reports.services import documents as docs

S = Evaluation.Status


def _may_change(user, evaluation: Evaluation) -> None:
    if not Scope.of(user).can_self_assess(evaluation.agency):
        raise NotAllowed("Hanya perencana perangkat daerah yang mengelola bukti dukung.",
                         "Only the agency's planner manages the evidence.")
    if evaluation.status == S.FINAL:
        raise EvaluasiError("Evaluasi sudah final; bukti dukung tidak dapat diubah.",
                            "The evaluation is final; its evidence cannot change.")


def _criterion(evaluation: Evaluation, code: str) -> str:
    if tree_of(evaluation.instrument).criterion(code) is None:
        raise EvaluasiError(f"Kriteria {code[:32]} tidak ada di LKE evaluasi ini.",
                            f"Criterion {code[:32]} is not in this evaluation's LKE.")
    return code


def _save(user, evaluation: Evaluation, code: str, stored: files.Stored, **extra) -> BuktiDukung:
    try:
        with transaction.atomic():
            return BuktiDukung.objects.create(
                evaluation=evaluation, agency_id=evaluation.agency_id, code=code, stored_name=stored.stored_name,
                original_name=stored.original_name, content_type=stored.content_type, size=stored.size,
                sha256=stored.sha256, uploaded_by=user, **extra)
    except Exception:
        files.discard(stored.stored_name)
        raise


def attach(user, evaluation: Evaluation, code: str, upload) -> BuktiDukung:
    _may_change(user, evaluation)
    code = _criterion(evaluation, code)
    data, kind = files.read_upload(upload)
    return _save(user, evaluation, code, files.store(evaluation.agency_id, data, kind, upload.name))


DOCUMENT_KINDS = tuple(docs.KINDS)


def link_document(user, evaluation: Evaluation, code: str, kind: str, year: int, *, quarter: int = 1,
                  decree: Decree | None = None) -> BuktiDukung:
    """Render the agency's document ``kind`` of ``year`` (quarter ``quarter``, or ``decree``) to PDF now and
    keep it as this criterion's evidence."""
    _may_change(user, evaluation)
    code = _criterion(evaluation, code)
    if kind not in docs.KINDS:
        raise EvaluasiError("Jenis dokumen tidak dikenal.", "Unknown document kind.")
    if not 2000 <= year <= 2100 or quarter not in (1, 2, 3, 4):
        raise EvaluasiError("Tahun atau triwulan tidak sah.", "Invalid year or quarter.")
    try:
        pdf = render(docs.document(evaluation.agency, kind, year, quarter, decree), "pdf")
    except KinerjaError as exc:
        raise EvaluasiError(exc.message_id, exc.message_en) from None
    name = docs.filename(evaluation.agency, kind, "pdf", year, quarter if docs.KINDS[kind].per_quarter else None,
                         decree)
    stored = files.store(evaluation.agency_id, pdf, "pdf", name)
    return _save(user, evaluation, code, stored, kind=BuktiDukung.Kind.DOCUMENT, document_kind=kind,
                 document_year=decree.tahun if decree else year)


def remove(user, bukti: BuktiDukung) -> None:
    _may_change(user, bukti.evaluation)
    stored = bukti.stored_name
    bukti.delete()
    files.discard(stored)

"""Recommendations of the LHE and their follow-up (tindak lanjut): the evaluator writes them before
the evaluation is final; afterwards the agency reports what it did, with evidence, and the evaluator
accepts or returns each report. Next year's criterion 4.c.1 reads how many were accepted."""
from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from kinerja.accounts.access import Scope
from kinerja.evaluasi.errors import ConflictError, EvaluasiError, NotAllowed
from kinerja.evaluasi.models import Evaluation, FollowUp, Recommendation
from kinerja.evaluasi.services import files
from kinerja.evaluasi.services.instruments import tree_of

S = Evaluation.Status
RS = Recommendation.Status
MAX_TEXT = 4000


def _evaluator(user, evaluation: Evaluation) -> None:
    if not Scope.of(user).can_evaluate(evaluation.agency):
        raise NotAllowed("Hanya evaluator (Inspektorat) pemda ini yang menulis rekomendasi dan memverifikasi "
                         "tindak lanjut.",
                         "Only this pemda's evaluator (Inspektorat) writes recommendations and verifies follow-up.")


def _text(value: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    text = (value or "").replace("\x00", "").strip()
    if required and not text:
        raise EvaluasiError("Isian ini wajib diisi.", "This field is required.")
    if len(text) > limit:
        raise EvaluasiError(f"Isian paling panjang {limit} huruf.", f"This field is at most {limit} characters.")
    return text


def _code(evaluation: Evaluation, code: str) -> str:
    code = (code or "").strip()
    if code and tree_of(evaluation.instrument).criterion(code) is None:
        raise EvaluasiError(f"Kriteria {code[:32]} tidak ada di LKE evaluasi ini.",
                            f"Criterion {code[:32]} is not in this evaluation's LKE.")
    return code


def _claim(rec: Recommendation, version: int) -> Recommendation:
    current = Recommendation.objects.select_for_update().select_related("evaluation").get(pk=rec.pk)
    if current.version != version:
        raise ConflictError(current.version)
    return current


def add_recommendation(user, evaluation: Evaluation, *, text: str, owner: str = "", due: date | None = None,
                       code: str = "") -> Recommendation:
    _evaluator(user, evaluation)
    if evaluation.status != S.SUBMITTED:
        raise EvaluasiError("Rekomendasi ditulis setelah penilaian mandiri diajukan dan sebelum evaluasi final.",
                            "Recommendations are written after the self-assessment is submitted and before the "
                            "evaluation is final.")
    values = {"text": _text(text), "owner": _text(owner, required=False, limit=200), "due": due,
              "code": _code(evaluation, code)}
    with transaction.atomic():
        Evaluation.objects.select_for_update().filter(pk=evaluation.pk).first()  # numbers are given one at a time
        number = (Recommendation.objects.filter(evaluation=evaluation).aggregate(n=Max("number"))["n"] or 0) + 1
        return Recommendation.objects.create(evaluation=evaluation, agency_id=evaluation.agency_id, number=number,
                                             **values)


def edit_recommendation(user, rec: Recommendation, *, text: str, owner: str, due: date | None, code: str,
                        version: int) -> Recommendation:
    _evaluator(user, rec.evaluation)
    with transaction.atomic():
        current = _claim(rec, version)
        if current.evaluation.status != S.SUBMITTED:
            raise EvaluasiError("Evaluasi sudah final; rekomendasi tidak diubah lagi.",
                                "The evaluation is final; its recommendations no longer change.")
        current.text, current.owner = _text(text), _text(owner, required=False, limit=200)
        current.due, current.code = due, _code(current.evaluation, code)
        current.version += 1
        current.save()
    return current


def remove_recommendation(user, rec: Recommendation, *, version: int) -> None:
    _evaluator(user, rec.evaluation)
    with transaction.atomic():
        current = _claim(rec, version)
        if current.evaluation.status != S.SUBMITTED:
            raise EvaluasiError("Evaluasi sudah final; rekomendasi tidak dihapus.",
                                "The evaluation is final; its recommendations are not removed.")
        current.delete()


def report(user, rec: Recommendation, *, text: str, upload=None, version: int) -> FollowUp:
    """The agency's follow-up of ``rec``, with optional evidence; the recommendation waits for the evaluator."""
    if not Scope.of(user).can_self_assess(rec.evaluation.agency):
        raise NotAllowed("Hanya perencana perangkat daerah yang melaporkan tindak lanjut.",
                         "Only the agency's planner reports follow-up.")
    body = _text(text)
    data = kind = None
    if upload is not None:
        data, kind = files.read_upload(upload)
    with transaction.atomic():
        current = _claim(rec, version)
        if current.evaluation.status != S.FINAL:
            raise EvaluasiError("Tindak lanjut dilaporkan setelah evaluasi final.",
                                "Follow-up is reported once the evaluation is final.")
        if current.status not in (RS.OPEN, RS.RETURNED):
            raise EvaluasiError("Tindak lanjut rekomendasi ini sudah dilaporkan atau diterima.",
                                "This recommendation's follow-up is already reported or accepted.")
        stored = files.store(current.agency_id, data, kind, upload.name) if data is not None else None
        try:
            follow_up = FollowUp.objects.create(
                recommendation=current, agency_id=current.agency_id, text=body, reported_by=user,
                **({"stored_name": stored.stored_name, "original_name": stored.original_name,
                    "content_type": stored.content_type, "size": stored.size, "sha256": stored.sha256}
                   if stored else {}))
            current.status = RS.REPORTED
            current.version += 1
            current.save()
        except Exception:
            if stored:
                files.discard(stored.stored_name)
            raise
    return follow_up


def decide(user, rec: Recommendation, *, accept: bool, note: str, version: int) -> FollowUp:
    """Accept the latest reported follow-up (the recommendation is done) or return it with a note."""
    _evaluator(user, rec.evaluation)
    note = _text(note, required=not accept)
    with transaction.atomic():
        current = _claim(rec, version)
        if current.status != RS.REPORTED:
            raise EvaluasiError("Tidak ada tindak lanjut yang menunggu verifikasi.", "No follow-up awaits verification.")
        follow_up = current.follow_ups.filter(decision=FollowUp.Decision.PENDING).order_by("-reported_at", "-pk").first()
        if follow_up is None:
            raise EvaluasiError("Tidak ada tindak lanjut yang menunggu verifikasi.", "No follow-up awaits verification.")
        follow_up.decision = FollowUp.Decision.ACCEPTED if accept else FollowUp.Decision.RETURNED
        follow_up.decision_note, follow_up.decided_by, follow_up.decided_at = note, user, timezone.now()
        follow_up.save()
        current.status = RS.VERIFIED if accept else RS.RETURNED
        current.version += 1
        current.save()
    return follow_up

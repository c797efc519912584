"""The cycle of one agency-year: open (with Kinerja's proposals) → the planner's usulan → submitted →
the evaluator's penetapan → final (locked).

Every write is a ``save()`` (so the audit trail says who changed what, and when) under the row's
``version``: a stale version is a :class:`ConflictError` and nothing is written. Who may do what is
asked of :class:`~kinerja.accounts.access.Scope` here as well as in the views, so no other caller (a
command, a test, a future API) can go round it.
"""
from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from kinerja.accounts.access import Scope
from kinerja.catalog.models import PerangkatDaerah
from kinerja.evaluasi.errors import ConflictError, EvaluasiError, NotAllowed
from kinerja.evaluasi.facts import gather
from kinerja.evaluasi.models import Answer, Evaluation
from kinerja.evaluasi.services.instruments import instrument_for, tree_of
from kinerja.lke import LkeError, normalise_answer, propose

S = Evaluation.Status
MAX_NOTE = 4000
YEARS = range(2000, 2101)


def _planner(user, evaluation: Evaluation) -> None:
    if not Scope.of(user).can_self_assess(evaluation.agency):
        raise NotAllowed("Hanya perencana perangkat daerah yang mengisi penilaian mandiri.",
                         "Only the agency's planner fills in the self-assessment.")


def _evaluator(user, evaluation: Evaluation) -> None:
    if not Scope.of(user).can_evaluate(evaluation.agency):
        raise NotAllowed("Hanya evaluator (Inspektorat) pemda ini yang menetapkan nilai.",
                         "Only this pemda's evaluator (Inspektorat) sets the score.")


def _state(evaluation: Evaluation, *allowed: str) -> None:
    if evaluation.status not in allowed:
        raise EvaluasiError(f"Evaluasi berstatus '{evaluation.get_status_display()}': langkah ini tidak dapat "
                            f"dilakukan sekarang.",
                            f"The evaluation is '{evaluation.status}': this step cannot be taken now.")


def _claim(evaluation: Evaluation, version: int) -> Evaluation:
    """The evaluation locked for this transaction, if nobody changed it since ``version``."""
    current = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
    if current.version != version:
        raise ConflictError(current.version)
    return current


def _note(text: str | None) -> str:
    text = (text or "").replace("\x00", "").strip()
    if len(text) > MAX_NOTE:
        raise EvaluasiError(f"Catatan paling panjang {MAX_NOTE} huruf.", f"A note is at most {MAX_NOTE} characters.")
    return text


# --- opening and proposals -----------------------------------------------------------------------

def open_evaluation(user, agency: PerangkatDaerah, year: int) -> Evaluation:
    if not Scope.of(user).can_self_assess(agency):
        raise NotAllowed("Hanya perencana perangkat daerah yang memulai penilaian mandiri.",
                         "Only the agency's planner starts the self-assessment.")
    if year not in YEARS:
        raise EvaluasiError(f"Tahun {year} tidak sah.", f"{year} is not a valid year.")
    instrument = instrument_for(agency.pemda, year)
    try:
        with transaction.atomic():
            evaluation = Evaluation.objects.create(agency=agency, year=year, instrument=instrument)
    except IntegrityError:
        raise EvaluasiError(f"Evaluasi tahun {year} sudah ada.", f"The {year} evaluation already exists.") from None
    evaluation.agency = agency
    refresh_proposals(user, evaluation)
    return evaluation


def refresh_proposals(user, evaluation: Evaluation) -> int:
    """Read Kinerja's data again and store each proposal with its reason; the planner's own answers are
    never touched. Returns how many criteria have a proposed answer."""
    _planner(user, evaluation)
    _state(evaluation, S.OPEN)
    proposals = propose(tree_of(evaluation.instrument), gather(evaluation.agency, evaluation.year))
    with transaction.atomic():
        current = {a.code: a for a in Answer.objects.select_for_update().filter(evaluation=evaluation)}
        for code, p in proposals.items():
            row = current.get(code) or Answer(evaluation=evaluation, agency_id=evaluation.agency_id, code=code)
            fresh = (p.answer or "", p.reason_id, p.reason_en, [link.to_dict() for link in p.evidence])
            if row.pk and (row.proposed, row.proposal_reason_id, row.proposal_reason_en, row.proposal_evidence) == fresh:
                continue
            row.proposed, row.proposal_reason_id, row.proposal_reason_en, row.proposal_evidence = fresh
            if row.pk:
                row.version += 1
            row.save()
        for code, row in current.items():
            if code not in proposals and (row.proposed or row.proposal_reason_id):
                row.proposed, row.proposal_reason_id, row.proposal_reason_en, row.proposal_evidence = "", "", "", []
                row.version += 1
                row.save()
        evaluation.proposals_at = timezone.now()
        evaluation.save(update_fields=["proposals_at"])
    return sum(1 for p in proposals.values() if p.answer)


# --- answers --------------------------------------------------------------------------------------

def _answer_row(evaluation: Evaluation, code: str, version: int) -> Answer:
    row = Answer.objects.select_for_update().filter(evaluation=evaluation, code=code).first()
    if row is None:
        if version != 0:
            raise ConflictError(0)
        return Answer(evaluation=evaluation, agency_id=evaluation.agency_id, code=code, version=0)
    if row.version != version:
        raise ConflictError(row.version)
    return row


def _read(evaluation: Evaluation, code: str, raw: str | None) -> str:
    criterion = tree_of(evaluation.instrument).criterion(code)
    if criterion is None:
        raise EvaluasiError(f"Kriteria {code[:32]} tidak ada di LKE evaluasi ini.",
                            f"Criterion {code[:32]} is not in this evaluation's LKE.")
    try:
        return normalise_answer(criterion, raw) or ""
    except LkeError as exc:
        raise EvaluasiError(exc.message_id, exc.message_en) from None


def save_usulan(user, evaluation: Evaluation, code: str, answer: str | None, note: str | None, *,
                version: int) -> Answer:
    _planner(user, evaluation)
    _state(evaluation, S.OPEN)
    value, text = _read(evaluation, code, answer), _note(note)
    with transaction.atomic():
        row = _answer_row(evaluation, code, version)
        row.usulan, row.usulan_note = value, text
        row.version += 1
        try:
            with transaction.atomic():
                row.save()
        except IntegrityError:
            raise ConflictError(0) from None
    return row


def accept_proposals(user, evaluation: Evaluation) -> int:
    """Take Kinerja's proposal as the usulan wherever the planner has not answered yet."""
    _planner(user, evaluation)
    _state(evaluation, S.OPEN)
    with transaction.atomic():
        rows = list(Answer.objects.select_for_update().filter(evaluation=evaluation, usulan="").exclude(proposed=""))
        for row in rows:
            row.usulan = row.proposed
            row.version += 1
            row.save()
    return len(rows)


def save_penetapan(user, evaluation: Evaluation, code: str, answer: str | None, note: str | None, *,
                   version: int) -> Answer:
    _evaluator(user, evaluation)
    _state(evaluation, S.SUBMITTED)
    value, text = _read(evaluation, code, answer), _note(note)
    with transaction.atomic():
        row = _answer_row(evaluation, code, version)
        row.penetapan, row.penetapan_note = value, text
        row.version += 1
        row.save()
    return row


def copy_usulan(user, evaluation: Evaluation) -> int:
    """Start the evaluator's score from the agency's where the evaluator has not scored yet."""
    _evaluator(user, evaluation)
    _state(evaluation, S.SUBMITTED)
    with transaction.atomic():
        rows = list(Answer.objects.select_for_update().filter(evaluation=evaluation, penetapan="").exclude(usulan=""))
        for row in rows:
            row.penetapan = row.usulan
            row.version += 1
            row.save()
    return len(rows)


def _missing(evaluation: Evaluation, field: str) -> list[str]:
    answered = set(Answer.objects.filter(evaluation=evaluation).exclude(**{field: ""}).values_list("code", flat=True))
    return [c.code for c in tree_of(evaluation.instrument).criteria() if c.code not in answered]


# --- transitions ----------------------------------------------------------------------------------

def submit(user, evaluation: Evaluation, *, version: int) -> Evaluation:
    _planner(user, evaluation)
    with transaction.atomic():
        current = _claim(evaluation, version)
        _state(current, S.OPEN)
        missing = _missing(current, "usulan")
        if missing:
            raise EvaluasiError(f"{len(missing)} kriteria belum dijawab: {', '.join(missing[:12])}"
                                f"{' …' if len(missing) > 12 else ''}.",
                                f"{len(missing)} criteria are unanswered: {', '.join(missing[:12])}"
                                f"{' …' if len(missing) > 12 else ''}.")
        current.status, current.submitted_at, current.submitted_by = S.SUBMITTED, timezone.now(), user
        current.version += 1
        current.save()
    return current


def return_to_agency(user, evaluation: Evaluation, reason: str, *, version: int) -> Evaluation:
    """The evaluator sends the self-assessment back to be completed; the reason is kept in the audit."""
    from kinerja.audit.context import with_reason

    _evaluator(user, evaluation)
    reason = _note(reason)
    if not reason:
        raise EvaluasiError("Sebutkan alasan pengembalian.", "Give the reason for returning it.")
    with transaction.atomic(), with_reason(reason):
        current = _claim(evaluation, version)
        _state(current, S.SUBMITTED)
        current.status = S.OPEN
        current.version += 1
        current.save()
    return current


def save_report_details(user, evaluation: Evaluation, *, summary: str, lhe_number: str, signer_name: str,
                        signer_title: str, signer_nip: str, version: int) -> Evaluation:
    """The evaluator's conclusion and who signs the LHE."""
    _evaluator(user, evaluation)
    fields = {"lhe_number": lhe_number, "signer_name": signer_name, "signer_title": signer_title,
              "signer_nip": signer_nip}
    limits = {"lhe_number": 120, "signer_name": 200, "signer_title": 200, "signer_nip": 40}
    for name, value in fields.items():
        if len(value.strip()) > limits[name]:
            raise EvaluasiError(f"Isian terlalu panjang (paling banyak {limits[name]} huruf).",
                                f"A field is too long (at most {limits[name]} characters).")
    with transaction.atomic():
        current = _claim(evaluation, version)
        _state(current, S.SUBMITTED)
        current.summary = _note(summary)
        for name, value in fields.items():
            setattr(current, name, value.replace("\x00", "").strip())
        current.version += 1
        current.save()
    return current


def finalise(user, evaluation: Evaluation, *, version: int) -> Evaluation:
    _evaluator(user, evaluation)
    with transaction.atomic():
        current = _claim(evaluation, version)
        _state(current, S.SUBMITTED)
        missing = _missing(current, "penetapan")
        if missing:
            raise EvaluasiError(f"{len(missing)} kriteria belum dinilai evaluator: {', '.join(missing[:12])}"
                                f"{' …' if len(missing) > 12 else ''}.",
                                f"{len(missing)} criteria have no evaluator's score yet: {', '.join(missing[:12])}"
                                f"{' …' if len(missing) > 12 else ''}.")
        current.status, current.finalised_at, current.finalised_by = S.FINAL, timezone.now(), user
        current.version += 1
        current.save()
    return current

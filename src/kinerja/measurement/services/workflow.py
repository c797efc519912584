"""The realisasi workflow: draft → submitted (operator) → verified (planner) → locked (period closed).

A planner may return a submission with a reason (it goes back to the operator as ``returned``). Every
transition locks the row, checks the version the person's page showed (a stale one is a
:class:`ConflictError`: someone saved or moved it since) and is a ``save()``, so the audit trail records
who moved what, and when. Submitting needs every input filled, not a defined value: an entry whose
value is undefined (0 / 0) or unknown for want of last year's value goes on with that reason.
"""
from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from kinerja.accounts.access import Scope
from kinerja.catalog.models import PerangkatDaerah
from kinerja.measurement.errors import ConflictError, LockedPeriodError, MeasurementError
from kinerja.measurement.models import Realisasi, ReportingPeriod
from kinerja.measurement.services.entry import is_locked
from kinerja.periods import Period, parse_period

S = Realisasi.Status


def _refuse_if_locked(realisasi: Realisasi) -> None:
    if realisasi.status == S.LOCKED or is_locked(realisasi.agency_id, parse_period(realisasi.period)):
        raise LockedPeriodError("Periode ini sudah dikunci.", "This period is locked.")


def _wrong_state(realisasi: Realisasi, action_id: str, action_en: str) -> MeasurementError:
    return MeasurementError(f"Realisasi berstatus '{realisasi.get_status_display()}' tidak dapat {action_id}.",
                            f"A realisasi with status '{realisasi.status}' cannot be {action_en}.")


def _locked_row(realisasi: Realisasi, version: int | None) -> Realisasi:
    """The row as it is now, locked until the transaction ends; a version other than ``version`` means
    someone saved or moved it since the page was opened."""
    current = Realisasi.objects.select_for_update(of=("self",)).select_related("indicator", "indicator__unit",
                                                                   "indicator__agency").get(pk=realisasi.pk)
    if version is not None and current.version != version:
        raise ConflictError("Realisasi ini baru saja diubah oleh orang lain; muat ulang halaman untuk melihat "
                            "isinya. Tidak ada yang ditimpa.",
                            "Someone else has just changed this realisasi; reload the page to see it. Nothing "
                            "was overwritten.", current_version=current.version)
    return current


def _moved(realisasi: Realisasi, current: Realisasi) -> Realisasi:
    current.version += 1
    current.save()
    for name in ("status", "version", "submitted_by_id", "submitted_at", "verified_by_id", "verified_at",
                 "return_reason"):
        setattr(realisasi, name, getattr(current, name))
    return realisasi


def submit(user, realisasi: Realisasi, version: int | None = None) -> Realisasi:
    if not Scope.of(user).can_enter_realisasi(realisasi.indicator.unit):
        raise MeasurementError("Hanya operator unit penanggung jawab yang dapat mengajukan.",
                               "Only an operator of the responsible unit may submit.")
    with transaction.atomic():
        current = _locked_row(realisasi, version)
        _refuse_if_locked(current)
        if current.status not in (S.DRAFT, S.RETURNED):
            raise _wrong_state(current, "diajukan", "submitted")
        if not current.complete:
            raise MeasurementError("Lengkapi semua isian sebelum mengajukan.", "Fill in every input before submitting.")
        current.status = S.SUBMITTED
        current.submitted_by = user
        current.submitted_at = timezone.now()
        current.return_reason = ""
        return _moved(realisasi, current)


def _planner(user, realisasi: Realisasi) -> None:
    if not Scope.of(user).can_verify(realisasi.indicator.agency):
        raise MeasurementError("Hanya perencana perangkat daerah yang dapat memverifikasi.",
                               "Only the agency's planner may verify.")


def verify(user, realisasi: Realisasi, version: int | None = None) -> Realisasi:
    _planner(user, realisasi)
    with transaction.atomic():
        current = _locked_row(realisasi, version)
        _refuse_if_locked(current)
        if current.status != S.SUBMITTED:
            raise _wrong_state(current, "diverifikasi", "verified")
        current.status = S.VERIFIED
        current.verified_by = user
        current.verified_at = timezone.now()
        return _moved(realisasi, current)


def return_to_operator(user, realisasi: Realisasi, reason: str, version: int | None = None) -> Realisasi:
    _planner(user, realisasi)
    if not reason.strip():
        raise MeasurementError("Sebutkan alasan pengembalian.", "Give the reason for returning it.")
    with transaction.atomic():
        current = _locked_row(realisasi, version)
        _refuse_if_locked(current)
        if current.status not in (S.SUBMITTED, S.VERIFIED):
            raise _wrong_state(current, "dikembalikan", "returned")
        current.status = S.RETURNED
        current.return_reason = reason.strip()
        current.verified_by = None
        current.verified_at = None
        return _moved(realisasi, current)


def reporting_period(agency: PerangkatDaerah, period: Period) -> ReportingPeriod:
    rp, _ = ReportingPeriod.objects.get_or_create(agency=agency, period=period.key, defaults={"year": period.year})
    return rp


def set_deadline(user, agency: PerangkatDaerah, period: Period, deadline: datetime | None) -> ReportingPeriod:
    if not Scope.of(user).can_verify(agency):
        raise MeasurementError("Hanya perencana yang menetapkan batas waktu.", "Only the planner sets deadlines.")
    rp = reporting_period(agency, period)
    rp.deadline = deadline
    rp.save()
    return rp


def lock_period(user, agency: PerangkatDaerah, period: Period) -> int:
    """Close ``period`` for the agency; every realisasi of it becomes locked. Returns how many."""
    if not Scope.of(user).can_verify(agency):
        raise MeasurementError("Hanya perencana yang dapat mengunci periode.", "Only the planner may lock a period.")
    with transaction.atomic():
        rp = reporting_period(agency, period)
        if rp.locked:
            raise LockedPeriodError(f"{period.label()} sudah dikunci.", f"{period.label('en')} is already locked.")
        rp.locked, rp.locked_at, rp.locked_by = True, timezone.now(), user
        rp.save()
        rows = list(Realisasi.objects.filter(agency=agency, period=period.key).exclude(status=S.LOCKED))
        for r in rows:  # one save each, so each lock is in the audit trail
            r.status = S.LOCKED
            r.version += 1
            r.save()
    return len(rows)


def pending_queue(agency: PerangkatDaerah):
    """Submissions waiting for the planner, oldest first."""
    return (Realisasi.objects.filter(agency=agency, status=S.SUBMITTED)
            .select_related("indicator", "indicator__unit", "submitted_by").order_by("submitted_at", "pk"))

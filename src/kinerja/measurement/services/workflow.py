"""The realisasi workflow: draft → submitted (operator) → verified (planner) → locked (period closed).

A planner may return a submission with a reason (it goes back to the operator as ``returned``). Every
transition is a ``save()``, so the audit trail records who moved what, and when.
"""
from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from kinerja.accounts.access import Scope
from kinerja.capaian.periods import Period, parse_period
from kinerja.catalog.models import PerangkatDaerah
from kinerja.measurement.errors import LockedPeriodError, MeasurementError
from kinerja.measurement.models import Realisasi, ReportingPeriod
from kinerja.measurement.services.entry import is_locked

S = Realisasi.Status


def _refuse_if_locked(realisasi: Realisasi) -> None:
    if realisasi.status == S.LOCKED or is_locked(realisasi.agency_id, parse_period(realisasi.period)):
        raise LockedPeriodError("Periode ini sudah dikunci.", "This period is locked.")


def _wrong_state(realisasi: Realisasi, action_id: str, action_en: str) -> MeasurementError:
    return MeasurementError(f"Realisasi berstatus '{realisasi.get_status_display()}' tidak dapat {action_id}.",
                            f"A realisasi with status '{realisasi.status}' cannot be {action_en}.")


def submit(user, realisasi: Realisasi) -> Realisasi:
    if not Scope.of(user).can_enter_realisasi(realisasi.indicator.unit):
        raise MeasurementError("Hanya operator unit penanggung jawab yang dapat mengajukan.",
                               "Only an operator of the responsible unit may submit.")
    _refuse_if_locked(realisasi)
    if realisasi.status not in (S.DRAFT, S.RETURNED):
        raise _wrong_state(realisasi, "diajukan", "submitted")
    if realisasi.value_status != Realisasi.ValueStatus.OK:
        raise MeasurementError("Lengkapi semua nilai sebelum mengajukan.",
                               "Fill in every value before submitting.")
    realisasi.status = S.SUBMITTED
    realisasi.submitted_by = user
    realisasi.submitted_at = timezone.now()
    realisasi.return_reason = ""
    realisasi.version += 1
    realisasi.save()
    return realisasi


def _planner(user, realisasi: Realisasi) -> None:
    if not Scope.of(user).can_verify(realisasi.indicator.agency):
        raise MeasurementError("Hanya perencana perangkat daerah yang dapat memverifikasi.",
                               "Only the agency's planner may verify.")


def verify(user, realisasi: Realisasi) -> Realisasi:
    _planner(user, realisasi)
    _refuse_if_locked(realisasi)
    if realisasi.status != S.SUBMITTED:
        raise _wrong_state(realisasi, "diverifikasi", "verified")
    realisasi.status = S.VERIFIED
    realisasi.verified_by = user
    realisasi.verified_at = timezone.now()
    realisasi.version += 1
    realisasi.save()
    return realisasi


def return_to_operator(user, realisasi: Realisasi, reason: str) -> Realisasi:
    _planner(user, realisasi)
    _refuse_if_locked(realisasi)
    if not reason.strip():
        raise MeasurementError("Sebutkan alasan pengembalian.", "Give the reason for returning it.")
    if realisasi.status not in (S.SUBMITTED, S.VERIFIED):
        raise _wrong_state(realisasi, "dikembalikan", "returned")
    realisasi.status = S.RETURNED
    realisasi.return_reason = reason.strip()
    realisasi.verified_by = None
    realisasi.verified_at = None
    realisasi.version += 1
    realisasi.save()
    return realisasi


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

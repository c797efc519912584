"""Wide recomputes in the background: every agency a pemda-wide change reaches, one after the other,
with progress a page can show.

Uses Django's tasks interface (the ``django-tasks`` backport) with its database backend, so no other
server is needed: the job is a row in the database, and the process that started it drains the queue in
a background thread once its transaction commits (a separate ``kinerja db_worker`` may run them too;
each task is claimed by one worker). Tests run tasks at once with the immediate backend.
"""
from __future__ import annotations

import logging
import threading
import uuid

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task
from django_tasks_db import DatabaseBackend

from kinerja.catalog.models import Pemda, PerangkatDaerah
from kinerja.measurement.models import RecomputeJob
from kinerja.measurement.services.derive import recompute_agency

log = logging.getLogger(__name__)
J = RecomputeJob.State


@task()
def recompute_job(job_id: int) -> int:
    """Recompute every agency of the job that is not done yet; returns how many figures changed."""
    job = RecomputeJob.objects.get(pk=job_id)
    RecomputeJob.objects.filter(pk=job_id).update(state=J.RUNNING)
    try:
        for agency_id in job.agencies[job.done:]:
            agency = PerangkatDaerah.objects.select_related("pemda").filter(pk=agency_id).first()
            changed = recompute_agency(agency) if agency is not None else 0
            RecomputeJob.objects.filter(pk=job_id).update(done=F("done") + 1, changed=F("changed") + changed)
    except Exception:
        RecomputeJob.objects.filter(pk=job_id).update(state=J.FAILED, finished_at=timezone.now())
        raise
    RecomputeJob.objects.filter(pk=job_id).update(state=J.DONE, finished_at=timezone.now())
    return RecomputeJob.objects.get(pk=job_id).changed


def start_recompute(pemda: Pemda, agencies: list[PerangkatDaerah], reason: str, user=None) -> RecomputeJob:
    """Queue the recompute of ``agencies``; it starts when the caller's transaction commits."""
    job = RecomputeJob.objects.create(pemda=pemda, agencies=[a.pk for a in agencies], reason=reason[:200],
                                      started_by=user if user is not None and user.is_authenticated else None)
    recompute_job.enqueue(job.pk)
    if _queued_in_database():
        transaction.on_commit(_drain_in_background)
    return job


def pending_for(agency: PerangkatDaerah) -> RecomputeJob | None:
    """A job of the agency's pemda not finished yet that reaches ``agency`` (its figures are being redone)."""
    for job in RecomputeJob.objects.filter(pemda_id=agency.pemda_id, state__in=[J.WAITING, J.RUNNING]):
        if agency.pk in job.agencies[job.done:]:
            return job
    return None


def _queued_in_database() -> bool:
    return isinstance(recompute_job.get_backend(), DatabaseBackend)


def _drain_in_background() -> None:
    threading.Thread(target=_drain, name="kinerja-recompute", daemon=True).start()


def _drain() -> None:
    from django_tasks_db.management.commands.db_worker import Worker

    try:
        Worker(queue_names=["default"], interval=0.5, batch=True, backend_name="default", startup_delay=False,
               max_tasks=None, worker_id=f"web-{uuid.uuid4().hex[:8]}", excluded_queue_names=[]).run()
    except Exception:  # the job row says FAILED; the page shows it
        log.exception("background recompute failed")
    finally:
        connection.close()

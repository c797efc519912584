"""A pemda-wide change recomputes every agency it reaches in the background — through Django's tasks
interface with the database backend, drained by the web process after commit — with progress a page
can show, and the stored figures end up as a scratch recompute has them."""
from __future__ import annotations

import time
from decimal import Decimal

from django.db import transaction

from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import RecomputeJob
from kinerja.measurement.services import changes
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

from .conftest import World

TW1 = Period.quarter(2025, 1)


def test_a_pemda_setting_recomputes_in_the_background_with_progress(transactional_db, settings, client):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    world = World()
    ind = world.indicator(satuan="kasus", polarity="negatif", targets={"2025-Q1": "10"})
    save_entry(world.operator, ind, TW1, {"nilai": "5"}, version=0)
    assert figure_of(ind, TW1).capaian == 150                      # (2 × 10 − 5) / 10
    with transaction.atomic():
        job = changes.save_pemda_settings(world.pemda, "t/r", Decimal(0), Decimal(120))
        assert RecomputeJob.objects.get(pk=job.pk).state == "waiting"   # nothing runs before the commit
    deadline = time.monotonic() + 60
    while RecomputeJob.objects.get(pk=job.pk).state not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.2)
    job.refresh_from_db()
    assert job.state == "done" and job.done == job.total == 2 and job.changed >= 1
    assert figure_of(ind, TW1).capaian == 120                      # 10 / 5 = 200%, capped at the ceiling
    client.force_login(world.planner)
    progress = client.get(f"/skala/{world.agency.slug}/hitung-ulang/{job.pk}/").json()
    assert progress == {"state": "done", "state_label": "Selesai", "done": 2, "total": 2, "percent": 100,
                        "changed": job.changed}

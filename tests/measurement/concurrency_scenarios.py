"""Races run with real concurrent database connections: threads that start together (a barrier) and
each use their own connection, through the same code the web requests run.

Used in-process on PostgreSQL (``test_concurrency_real.py``) and, for SQLite, in a subprocess on a
file database (``python -m measurement.concurrency_scenarios``), because the test suite's in-memory
SQLite shares one cache between connections and would not lock like a real file does.
Import it after ``django.setup()``.
"""
from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from kinerja.accounts.models import Role
from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah, Unit, Variable
from kinerja.measurement.models import Figure, Realisasi, Target
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
TRIES = 15


def _together(jobs: list[Callable[[], object]]) -> list[object]:
    """Run ``jobs`` in threads released at the same moment; each result, or the exception it raised."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(n: int) -> None:
        try:
            barrier.wait()
            results[n] = jobs[n]()
        except Exception as exc:  # the race's loser: kept to be inspected, never swallowed silently
            results[n] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def _world(tag: str):
    User = get_user_model()
    pemda = Pemda.objects.create(name=f"Kabupaten Balapan {tag}", slug=f"kab-balapan-{tag}")
    agency = PerangkatDaerah.objects.create(pemda=pemda, name=f"Dinas Balapan {tag}", slug=f"dinas-balapan-{tag}")
    unit = Unit.objects.create(agency=agency, name="Bidang")
    operator = User.objects.create_user(f"operator-{tag}", password="rahasia-123")
    planner = User.objects.create_user(f"planner-{tag}", password="rahasia-123")
    other = User.objects.create_user(f"planner2-{tag}", password="rahasia-123")
    Role.objects.create(user=operator, kind=Role.Kind.OPERATOR, unit=unit)
    Role.objects.create(user=planner, kind=Role.Kind.PLANNER, agency=agency)
    Role.objects.create(user=other, kind=Role.Kind.PLANNER, agency=agency)
    a = Variable.objects.create(agency=agency, key="a", phrase="Kasus selesai", satuan="kasus")
    b = Variable.objects.create(agency=agency, key="b", phrase="Kasus masuk", satuan="kasus")
    ind = Indicator.objects.create(agency=agency, unit=unit, name="Persentase kasus selesai", satuan="%",
                                   formula={"kind": "ratio_percent", "expression": "a / b * 100",
                                            "variables": {"a": "Kasus selesai", "b": "Kasus masuk"}})
    ind.variables.set([a, b])
    return agency, ind, operator, planner, other


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def save_and_submit(tag: str = "a") -> dict:
    """An operator saves new values in one tab while submitting in another, ``TRIES`` times. Each round
    must leave either the save or the submit refused (409), and a submitted realisasi whose figure is
    the one its own variables give; never a 500."""
    agency, ind, operator, _planner, _other = _world(tag)
    outcomes: Counter[str] = Counter()
    for n in range(TRIES):
        r = Realisasi.objects.filter(indicator=ind, period=TW1.key).first()
        if r is not None and r.status != "draft":
            Realisasi.objects.filter(pk=r.pk).update(status="draft")
        version = save_entry(operator, ind, TW1, {"a": "1", "b": "10"},
                             version=r.version if r else 0).realisasi.version
        r = Realisasi.objects.get(indicator=ind, period=TW1.key)
        save_url = f"/realisasi/{agency.slug}/indikator/{ind.pk}/{TW1.key}/simpan/"
        submit_url = f"/realisasi/{agency.slug}/r/{r.pk}/ajukan/"
        saver, submitter = _client(operator), _client(operator)
        answers = _together([
            lambda: saver.post(save_url, {"version": str(version), "v_a": str(n + 2), "v_b": "100"},
                               HTTP_ACCEPT="application/json").status_code,
            lambda: submitter.post(submit_url, {"version": str(version)},
                                   HTTP_ACCEPT="application/json").status_code,
        ])
        outcomes[f"save {answers[0]}, submit {answers[1]}"] += 1
        r.refresh_from_db()
        a, b = (float(r.values.get(variable__key=k).value) for k in "ab")
        figure = Figure.objects.get(indicator=ind, period=TW1.key)
        outcomes["consistent" if abs(figure.value - a / b * 100) < 1e-9 else "INCONSISTENT"] += 1
    return dict(outcomes)


def concurrent_saves(tag: str = "b", writers: int = 4) -> dict:
    """``writers`` people save the same untouched row at once: one wins, the others get 409, none 500."""
    agency, ind, operator, _planner, _other = _world(tag)
    url = f"/realisasi/{agency.slug}/indikator/{ind.pk}/{TW1.key}/simpan/"
    outcomes: Counter[str] = Counter()
    for n in range(TRIES // 3):
        r = Realisasi.objects.filter(indicator=ind, period=TW1.key).first()
        version = r.version if r else 0
        clients = [_client(operator) for _ in range(writers)]
        answers = _together([
            (lambda c=c, k=k: c.post(url, {"version": str(version), "v_a": str(k + n), "v_b": "20"},
                                     HTTP_ACCEPT="application/json").status_code)
            for k, c in enumerate(clients)])
        outcomes.update(str(a) for a in answers)
    return dict(outcomes)


def target_cells(tag: str = "c") -> dict:
    """Two planners edit the same target row at once: different cells both land; the same cell lands once
    and the other is told (409)."""
    agency, ind, _operator, planner, other = _world(tag)
    url = f"/target/{agency.slug}/2025/indikator/{ind.pk}/simpan/"
    blank = {f"o_{c}": "" for c in ("renstra", "renstra_end", "pk", "tw1", "tw2", "tw3", "tw4")}
    versions = {f"v_{c}": "0" for c in ("renstra", "renstra_end", "pk", "tw1", "tw2", "tw3", "tw4")}

    def post(client, **cells):
        data = {**blank, **versions, **{f"t_{k}": v for k, v in cells.items()}}
        return client.post(url, data, HTTP_ACCEPT="application/json").status_code

    different = _together([lambda: post(_client(planner), pk="80"), lambda: post(_client(other), tw1="20")])
    stored = {t.kind + t.period: t.raw for t in Target.objects.filter(indicator=ind)}
    same = _together([lambda: post(_client(planner), renstra="70"), lambda: post(_client(other), renstra="75")])
    renstra = Target.objects.get(indicator=ind, kind="renstra").raw
    return {"different": sorted(different), "stored": stored, "same": sorted(same), "renstra": renstra}


SCENARIOS = {"save_and_submit": save_and_submit, "concurrent_saves": concurrent_saves, "target_cells": target_cells}


def main(names: list[str]) -> None:
    """The SQLite run (a file database, migrated by the caller): the results as one JSON line."""
    print(json.dumps({name: SCENARIOS[name]() for name in names}))

"""Concurrent saves, submits and target edits with real concurrent connections, on both databases:
the loser of a race gets a clear 409, never a 500 ("database is locked"), a lost edit or a submitted
value that disagrees with its own variables."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
SCENARIOS = ["save_and_submit", "concurrent_saves", "target_cells"]


def _check(results: dict) -> None:
    race = results["save_and_submit"]
    assert race.get("INCONSISTENT", 0) == 0 and race["consistent"] == 15, race
    assert all(outcome.split(", ")[0].split()[1] in ("200", "409") and outcome.split(", ")[1].split()[1] in
               ("302", "409") for outcome in race if outcome.startswith("save")), race
    saves = results["concurrent_saves"]
    assert set(saves) <= {"200", "409"} and saves.get("200") == 5, saves  # one winner per round, no 500
    cells = results["target_cells"]
    assert cells["different"] == [200, 200], cells           # different cells of one row: both kept
    assert cells["stored"] == {"pk2025": "80", "rencana_aksi2025-Q1": "20"}, cells
    assert cells["same"] == [200, 409] and cells["renstra"] in ("70", "75"), cells


def test_on_a_sqlite_file_with_real_connections(tmp_path):
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'race.sqlite3'}", KINERJA_DATA_DIR=str(tmp_path),
               DJANGO_SETTINGS_MODULE="kinerja.web.settings", PYTHONPATH=str(TESTS),
               KINERJA_TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend")
    kinerja = Path(sys.executable).with_name("kinerja")
    subprocess.run([str(kinerja), "migrate", "-v0"], env=env, check=True, timeout=300)
    runner = ("import sys, django; django.setup(); from measurement import concurrency_scenarios as s; "
              "s.main(sys.argv[1:])")
    done = subprocess.run([sys.executable, "-c", runner, *SCENARIOS], env=env, cwd=TESTS, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    _check(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.postgres
def test_on_postgresql_with_real_connections(transactional_db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    from measurement import concurrency_scenarios as scenarios

    _check({name: scenarios.SCENARIOS[name]() for name in SCENARIOS})

"""``kinerja decree import FILE --agency SLUG`` (the management command ``import_decree``)."""
from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from kinerja.audit.models import AuditEntry
from kinerja.catalog.models import Decree, Indicator
from kinerja.importer import read_decree

from .conftest import table_counts
from .helpers import SHARED

SEED1 = SHARED / "seeds" / "001_38a1594dae9657c6.txt"
SEED2 = SHARED / "seeds" / "002_2148871135e256c8.txt"


def _run(*args) -> str:
    out = io.StringIO()
    call_command("import_decree", *[str(a) for a in args], stdout=out)
    return out.getvalue()


def test_import_saves_the_decree_attributed_to_the_user(world):
    output = _run(SEED2, "--agency", world.agency.slug, "--user", "planner")
    decree = Decree.objects.get(agency=world.agency, tahun=2018)
    assert decree.indicators.count() == len(read_decree(SEED2).catalog["indicators"])
    assert f"id {decree.pk}" in output
    entry = AuditEntry.objects.filter(object_id=str(decree.pk), content_type__model="decree").get()
    assert entry.actor == world.user("planner")


def test_without_a_user_the_audit_trail_says_cli(world):
    _run(SEED1, "--agency", world.agency.slug)
    decree = Decree.objects.get(agency=world.agency, tahun=2023)
    entry = AuditEntry.objects.filter(object_id=str(decree.pk), content_type__model="decree").get()
    assert entry.actor is None and entry.actor_label == "cli"


def test_dry_run_writes_nothing(world):
    before = table_counts()
    output = _run(SEED1, "--agency", world.agency.slug, "--dry-run")
    assert table_counts() == before
    assert "--dry-run" in output and "indikator" in output


@pytest.mark.parametrize("username", ["operator_a", "evaluator", "planner_y", "head"])
def test_only_the_planner_or_a_pemda_admin_may_import(world, username):
    before = table_counts()
    with pytest.raises(CommandError) as caught:
        _run(SEED2, "--agency", world.agency.slug, "--user", username)
    assert "not the planner" in str(caught.value) and "bukan perencana" in str(caught.value)
    assert table_counts() == before


def test_a_pemda_admin_may_import(world):
    _run(SEED2, "--agency", world.agency.slug, "--user", "admin")
    assert Decree.objects.filter(agency=world.agency, tahun=2018).exists()


def test_unreadable_file_and_unknown_agency(world, tmp_path):
    junk = tmp_path / "kosong.pdf"
    junk.write_bytes(b"%PDF-1.4 rusak")
    before = table_counts()
    with pytest.raises(CommandError) as caught:
        _run(junk, "--agency", world.agency.slug)
    assert " / " in str(caught.value)  # Indonesian / English
    with pytest.raises(CommandError, match="There is no agency"):
        _run(SEED2, "--agency", "tidak-ada")
    assert table_counts() == before


def test_the_same_decree_twice_is_refused(world):
    _run(SEED2, "--agency", world.agency.slug)
    before = table_counts()
    with pytest.raises(CommandError, match="already in the catalog"):
        _run(SEED2, "--agency", world.agency.slug)
    assert table_counts() == before


def test_amends_retires_the_old_indicators(world):
    old_ids = list(world.decree.indicators.values_list("pk", flat=True))
    output = _run(SEED1, "--agency", world.agency.slug, "--amends", world.decree.pk, "--user", "planner")
    new = Decree.objects.get(agency=world.agency, tahun=2023)
    assert new.amends == world.decree and "amends" in output
    assert not Indicator.objects.filter(pk__in=old_ids, is_active=True).exists()
    with pytest.raises(CommandError, match="is not in"):
        _run(SEED1, "--agency", world.agency.slug, "--amends", world.decree_y.pk)


def test_the_kinerja_entry_point_routes_decree_import_here(monkeypatch):
    # Django's command runner closes every database connection when it finishes, which would end the
    # test's transaction on PostgreSQL, so the hand-over is caught and the command itself run above.
    import django.core.management

    from kinerja.cli import main

    handed = []
    monkeypatch.setattr(django.core.management, "execute_from_command_line", handed.append)
    assert main(["decree", "import", "keputusan.pdf", "--agency", "dinas-x", "--dry-run"]) == 0
    assert handed == [["kinerja", "import_decree", "keputusan.pdf", "--agency", "dinas-x", "--dry-run"]]

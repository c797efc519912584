"""Backup → restore reproduces an install exactly: every table row by row (timestamps to the
microsecond, the audit trail with no entry added), every file by checksum, and across SQLite ↔
PostgreSQL in both directions (the PostgreSQL pass runs the cross-database cases)."""
from __future__ import annotations

import hashlib
import os

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.auth.models import Permission
from django.db import connections

from kinerja.audit.models import AuditEntry
from kinerja.backup.dump import write_backup
from kinerja.backup.load import restore_backup
from kinerja.backup.tables import backed_up_models

from .conftest import extra_database


def _natural(model, pk, using):
    if pk is None:
        return None
    if model is ContentType:
        ct = ContentType.objects.using(using).get(pk=pk)
        return (ct.app_label, ct.model)
    perm = Permission.objects.using(using).select_related("content_type").get(pk=pk)
    return (perm.content_type.app_label, perm.content_type.model, perm.codename)


def table(model, using: str) -> list[tuple]:
    """Every row of ``model`` as the ORM reads it; content-type/permission links by natural key (their
    ids differ between databases by design)."""
    fields = list(model._meta.local_concrete_fields)
    rows = []
    for values in model._base_manager.using(using).order_by("pk").values_list(*[f.attname for f in fields]):
        rows.append(tuple(_natural(f.related_model, v, using) if f.is_relation and f.related_model in
                          (ContentType, Permission) else v for f, v in zip(fields, values, strict=True)))
    return rows


def files(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()}


def assert_same_install(source: str, target: str, source_files, target_files) -> None:
    compared = 0
    for model in backed_up_models():
        expected, got = table(model, source), table(model, target)
        assert got == expected, f"{model._meta.label}: rows differ"
        compared += len(expected)
    assert compared > 1000
    assert files(target_files) == files(source_files) and len(files(source_files)) >= 2


def test_a_round_trip_reproduces_every_row_and_file(demo_install, tmp_path):
    stamps = AuditEntry.objects.values_list("at", flat=True)
    assert any(at.microsecond % 1000 for at in stamps), "the check needs sub-millisecond timestamps"
    archive = tmp_path / "cadangan.zip"
    write_backup(archive, files_dir=demo_install)
    vendor = connections["default"].vendor
    with extra_database("sqlite", tmp_path) as sqlite_alias:
        restore_backup(archive, using=sqlite_alias, files_dir=tmp_path / "files-a")
        assert_same_install("default", sqlite_alias, demo_install, tmp_path / "files-a")
        assert AuditEntry.objects.using(sqlite_alias).count() == AuditEntry.objects.count()
        if vendor == "postgresql":
            # PostgreSQL → SQLite above; now SQLite → PostgreSQL, from a backup of the SQLite copy.
            second = tmp_path / "dari-sqlite.zip"
            write_backup(second, using=sqlite_alias, files_dir=tmp_path / "files-a")
            with extra_database("postgresql", tmp_path) as pg_alias:
                restore_backup(second, using=pg_alias, files_dir=tmp_path / "files-b")
                assert_same_install("default", pg_alias, demo_install, tmp_path / "files-b")


@pytest.mark.postgres
def test_restored_postgresql_keeps_numbering_after_the_restored_ids(demo_install, tmp_path):
    from kinerja.catalog.models import Pemda

    archive = tmp_path / "cadangan.zip"
    write_backup(archive, files_dir=demo_install)
    with extra_database("postgresql", tmp_path) as alias:
        restore_backup(archive, using=alias, files_dir=tmp_path / "files")
        highest = Pemda.objects.using(alias).order_by("-pk").first().pk
        assert Pemda.objects.using(alias).create(name="Kota Baru", slug="kota-baru").pk > highest


def test_the_command_line_round_trip(tmp_path):
    """``kinerja backup`` and ``kinerja restore`` as an admin runs them, in their own processes."""
    import subprocess
    import sys

    kinerja = [sys.executable, "-m", "kinerja.cli"]
    source = {**os.environ, "KINERJA_DATA_DIR": str(tmp_path / "a")}
    source.pop("DATABASE_URL", None)
    target = {**source, "KINERJA_DATA_DIR": str(tmp_path / "b")}
    for command in (["migrate", "-v", "0"], ["demo"], ["backup", "-o", str(tmp_path / "c.zip")]):
        subprocess.run([*kinerja, *command], env=source, check=True, capture_output=True, timeout=300)
    done = subprocess.run([*kinerja, "restore", str(tmp_path / "c.zip")], env=target, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "Dipulihkan" in done.stdout, done.stderr
    again = subprocess.run([*kinerja, "restore", str(tmp_path / "c.zip")], env=target, capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 1 and "tidak kosong" in again.stderr and "not empty" in again.stderr

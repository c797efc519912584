"""Write a backup archive of a running install.

All tables are read inside one read-only transaction: on PostgreSQL at REPEATABLE READ (one
snapshot for every query), on SQLite a deferred transaction whose WAL snapshot starts with its
first read and does not block the server's writers. A save made while the backup runs is either
wholly in it or wholly not. Files are copied after the rows: uploads are never rewritten in place,
so every file a backed-up row names is there (a file uploaded meanwhile may come along unused).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

import kinerja
from kinerja.backup.archive import ArchiveWriter, Manifest
from kinerja.backup.tables import backed_up_models, columns, encoder

BATCH = 2000


@contextmanager
def snapshot(using: str) -> Iterator[None]:
    connection = connections[using]
    connection.ensure_connection()
    if not connection.get_autocommit():
        yield  # inside the caller's transaction (a test, a shell): its snapshot is the one read
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        else:
            cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ROLLBACK")


def applied_migrations(using: str) -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def _rows(model, fields, using: str) -> Iterator[list]:
    encode = [encoder(f) for f in fields]
    names = [f.attname for f in fields]
    query = model._base_manager.using(using).order_by("pk").values_list(*names)
    for values in query.iterator(chunk_size=BATCH):
        yield [e(v) for e, v in zip(encode, values, strict=True)]


def private_files(root: Path) -> list[tuple[str, Path]]:
    if not root.is_dir():
        return []
    return sorted((p.relative_to(root).as_posix(), p) for p in root.rglob("*") if p.is_file())


def write_backup(target: Path, *, using: str = "default", files_dir: Path | None = None,
                 progress: Callable[[str], None] = lambda label: None) -> Manifest:
    """Write the archive to ``target`` (replaced only once complete) and return its manifest."""
    files_dir = Path(files_dir or settings.PRIVATE_FILES_DIR)
    partial = target.with_name(target.name + ".partial")
    writer = ArchiveWriter(partial)
    try:
        with snapshot(using):
            manifest = Manifest(created=datetime.now(timezone.utc).isoformat(), database=connections[using].vendor,
                                kinerja=kinerja.__version__, migrations=applied_migrations(using))
            for model in backed_up_models():
                fields = columns(model)
                label = model._meta.label_lower
                manifest.tables[label] = writer.table(label, [f.attname for f in fields], _rows(model, fields, using))
                progress(label)
        for relative, path in private_files(files_dir):
            manifest.files[relative] = writer.file(relative, path)
        writer.finish(manifest)
    except BaseException:
        writer.abort()
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return manifest

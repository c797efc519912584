"""Restore a backup archive into an empty database (SQLite or PostgreSQL, whichever made it).

Order of work, so that a refused or failed restore changes nothing:
1. the archive is checked member by member against its manifest (SHA-256);
2. the target is migrated if it is new, and must then be at exactly the backup's migrations and
   hold no row in any backed-up table;
3. the files are written (none may overwrite a different file), then every row is inserted in one
   transaction — raw inserts, so no ``save()``, no signal, no audit entry, no ``auto_now`` — and
   foreign keys are checked before it commits; if it fails, the files written are removed;
4. PostgreSQL's id sequences are moved past the restored ids.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DatabaseError, IntegrityError, connections, transaction

from kinerja.backup.archive import ArchiveReader, Manifest, safe_member_path
from kinerja.backup.dump import applied_migrations
from kinerja.backup.errors import BackupError
from kinerja.backup.tables import backed_up_models, decoder

BATCH = 500


def _models_by_label():
    return {m._meta.label_lower: m for m in backed_up_models()}


def _prepare_target(manifest: Manifest, using: str) -> None:
    connection = connections[using]
    if not connection.introspection.table_names():
        call_command("migrate", database=using, interactive=False, verbosity=0)
    here = applied_migrations(using)
    if here != manifest.migrations:
        missing = sorted(f"{a}.{n}" for a, names in manifest.migrations.items() for n in names
                         if n not in here.get(a, []))
        extra = sorted(f"{a}.{n}" for a, names in here.items() for n in names
                       if n not in manifest.migrations.get(a, []))
        raise BackupError(
            "Struktur basis data tujuan berbeda dari cadangan (migrasi "
            f"hanya di cadangan: {', '.join(missing[:5]) or '-'}; hanya di tujuan: {', '.join(extra[:5]) or '-'}). "
            "Pulihkan dengan versi Kinerja yang membuat cadangan, lalu perbarui.",
            "The target database's structure differs from the backup's (migrations only in the backup: "
            f"{', '.join(missing[:5]) or '-'}; only in the target: {', '.join(extra[:5]) or '-'}). "
            "Restore with the Kinerja version that made the backup, then upgrade.")
    models = _models_by_label()
    unknown = sorted(set(manifest.tables) - set(models))
    if unknown:
        raise BackupError(f"Cadangan memuat tabel yang tidak dikenal: {', '.join(unknown)}.",
                          f"The backup holds tables this install does not know: {', '.join(unknown)}.")
    filled = [label for label in manifest.tables if models[label]._base_manager.using(using).exists()]
    if filled:
        raise BackupError(
            f"Basis data tujuan tidak kosong ({', '.join(filled[:5])} …): pemulihan hanya ke basis data "
            "baru, agar tidak ada data yang tertimpa.",
            f"The target database is not empty ({', '.join(filled[:5])} …): a backup is restored only into "
            "a new database, so that nothing is overwritten.")


def _write_files(reader: ArchiveReader, root: Path) -> list[Path]:
    written: list[Path] = []
    try:
        for relative, info in reader.manifest.files.items():
            target = root.joinpath(*safe_member_path(relative).parts)
            if target.exists():
                if hashlib.sha256(target.read_bytes()).hexdigest() == info["sha256"]:
                    continue
                raise BackupError(f"Berkas {relative} sudah ada di tujuan dengan isi lain.",
                                  f"The file {relative} already exists at the target with other content.")
            target.parent.mkdir(parents=True, exist_ok=True)
            reader.copy_file(relative, target)
            written.append(target)
    except BaseException:
        _remove(written)
        raise
    return written


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _insert_rows(reader: ArchiveReader, using: str, progress: Callable[[str], None]) -> None:
    connection = connections[using]
    models = _models_by_label()
    with transaction.atomic(using=using):
        with connection.constraint_checks_disabled():
            for label in reader.manifest.tables:
                model = models[label]
                names, rows = reader.rows(label)
                by_name = {f.attname: f for f in model._meta.local_concrete_fields}
                if set(names) != set(by_name):
                    raise BackupError(f"Kolom tabel {label} berbeda dari cadangan.",
                                      f"The columns of table {label} differ from the backup's.")
                fields = [by_name[n] for n in names]
                decode = [decoder(f, using) for f in fields]
                batch = []
                for row in rows:
                    batch.append(model(**{f.attname: d(v) for f, d, v in zip(fields, decode, row, strict=True)}))
                    if len(batch) >= BATCH:
                        model._base_manager.db_manager(using)._insert(batch, fields=fields, using=using, raw=True)
                        batch = []
                if batch:
                    model._base_manager.db_manager(using)._insert(batch, fields=fields, using=using, raw=True)
                progress(label)
        # Deferred (PostgreSQL) or switched-off (SQLite) foreign keys are checked before committing.
        connection.check_constraints(table_names=[models[label]._meta.db_table for label in reader.manifest.tables])
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [models[label] for label in reader.manifest.tables]):
            cursor.execute(sql)


def restore_backup(source: Path, *, using: str = "default", files_dir: Path | None = None,
                   progress: Callable[[str], None] = lambda label: None) -> Manifest:
    reader = ArchiveReader(Path(source))
    try:
        reader.verify()
        _prepare_target(reader.manifest, using)
        written = _write_files(reader, Path(files_dir or settings.PRIVATE_FILES_DIR))
        try:
            _insert_rows(reader, using, progress)
        except BaseException as exc:
            _remove(written)
            if isinstance(exc, (IntegrityError, DatabaseError)):
                raise BackupError(f"Pemulihan gagal dan dibatalkan; tidak ada yang berubah ({exc}).",
                                  f"The restore failed and was rolled back; nothing changed ({exc}).") from exc
            raise
        return reader.manifest
    finally:
        reader.close()

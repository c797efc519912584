"""Backup and restore of a demo install grown to a province-sized audit trail.

The demo agency plus 60,000 audit entries (microsecond timestamps, JSON snapshots) and 20 MB of
private files, in a fresh SQLite database. Measured: ``write_backup`` and ``restore_backup`` (into a
new SQLite file, the code the commands run). Baseline in the same run: Django's own ``dumpdata``
(natural keys, the same tables) and ``loaddata`` into another new database — the round trip the
issue found lossy (milliseconds, extra audit entries, no files), here only for its speed.
"""
from __future__ import annotations

import io
import json
import os
import secrets
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.django_setup import setup_django

AUDIT_ROWS = 60_000
FILES, FILE_BYTES = 20, 1024 * 1024


def _populate(files_dir: Path) -> int:
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.utils import timezone

    from kinerja.audit.models import AuditEntry
    from kinerja.catalog.models import Indicator

    call_command("demo", stdout=io.StringIO())
    ct = ContentType.objects.get_for_model(Indicator)
    start = timezone.now()
    AuditEntry.objects.bulk_create(
        (AuditEntry(at=start - timedelta(microseconds=7919 * i), actor_label="perencana", action="update",
                    content_type=ct, object_id=str(i % 40), object_repr=f"Indikator {i}", agency_id=1,
                    before={"name": f"lama {i}", "satuan": "%"}, after={"name": f"baru {i}", "satuan": "%"})
         for i in range(AUDIT_ROWS)), batch_size=2000)
    for _n in range(FILES):
        path = files_dir / "evidence" / "1" / f"{secrets.token_hex(16)}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.4\n" + os.urandom(FILE_BYTES))
    return AuditEntry.objects.count()


def _alias(folder: Path, name: str) -> str:
    from django.db import connections
    from django.db.utils import load_backend

    config = connections.configure_settings({"default": dict(connections["default"].settings_dict),
                                             name: {"ENGINE": "django.db.backends.sqlite3",
                                                    "NAME": str(folder / f"{name}.sqlite3"),
                                                    "OPTIONS": {"transaction_mode": "IMMEDIATE"}}})[name]
    connections.settings[name] = config
    setattr(connections._connections, name, load_backend(config["ENGINE"]).DatabaseWrapper(config, name))
    return name


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        setup_django(folder, "bench-backup.sqlite3")
        from django.conf import settings
        from django.core.management import call_command

        from kinerja.backup.dump import write_backup
        from kinerja.backup.load import restore_backup

        settings.PRIVATE_FILES_DIR = folder / "files"
        audit_rows = _populate(settings.PRIVATE_FILES_DIR)

        started = time.perf_counter()
        manifest = write_backup(folder / "cadangan.zip")
        backup_s = time.perf_counter() - started
        rows = sum(t["rows"] for t in manifest.tables.values())

        started = time.perf_counter()
        call_command("dumpdata", natural_foreign=True, exclude=["contenttypes", "auth.permission", "sessions"],
                     output=str(folder / "dump.json"), verbosity=0)
        dumpdata_s = time.perf_counter() - started

        target = _alias(folder, "restored")
        started = time.perf_counter()
        restore_backup(folder / "cadangan.zip", using=target, files_dir=folder / "files-restored")
        restore_s = time.perf_counter() - started

        other = _alias(folder, "loaded")
        call_command("migrate", database=other, verbosity=0)
        started = time.perf_counter()
        call_command("loaddata", str(folder / "dump.json"), database=other, verbosity=0)
        loaddata_s = time.perf_counter() - started  # restore_s includes its own migrate; this does not

        figures = {
            "rows": rows, "audit_rows": audit_rows, "files": len(manifest.files),
            "archive_mb": round((folder / "cadangan.zip").stat().st_size / 1024 / 1024, 1),
            "backup_s": round(backup_s, 2), "dumpdata_s": round(dumpdata_s, 2),
            "backup_vs_dumpdata": round(backup_s / dumpdata_s, 2),
            "restore_s": round(restore_s, 2), "loaddata_s": round(loaddata_s, 2),
            "restore_vs_loaddata": round(restore_s / loaddata_s, 2),
        }
        print(f"backup {backup_s:.2f} s vs dumpdata {dumpdata_s:.2f} s (rows only); "
              f"restore {restore_s:.2f} s (migrate included) vs loaddata {loaddata_s:.2f} s")
        print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()

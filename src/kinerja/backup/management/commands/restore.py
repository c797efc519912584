"""``kinerja restore FILE``: put a backup back into a new, empty database (migrated if need be)."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.backup.load import restore_backup
from kinerja.errors import KinerjaError


class Command(BaseCommand):
    help = "Pulihkan cadangan ke basis data kosong. / Restore a backup into an empty database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", help="berkas cadangan / backup file")
        parser.add_argument("--database", default="default")

    def handle(self, *args, archive: str, database: str, **options) -> None:
        source = Path(archive)
        if not source.is_file():
            raise CommandError(f"Berkas {source} tidak ada. / The file {source} does not exist.")
        try:
            manifest = restore_backup(source, using=database)
        except KinerjaError as exc:
            raise CommandError(exc.bilingual()) from None
        rows = sum(t["rows"] for t in manifest.tables.values())
        self.stdout.write(f"Dipulihkan / Restored: {rows} baris / rows, {len(manifest.files)} berkas / files, "
                          f"dari cadangan / from the backup of {manifest.created} ({manifest.database}).")

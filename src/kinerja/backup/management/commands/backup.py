"""``kinerja backup -o FILE``: the whole install in one archive, while the server keeps running."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.backup.dump import write_backup
from kinerja.errors import KinerjaError


class Command(BaseCommand):
    help = "Cadangkan basis data dan berkas ke satu arsip. / Back the database and files up into one archive."

    def add_arguments(self, parser) -> None:
        parser.add_argument("-o", "--output", required=True, help="berkas arsip / archive file (.zip)")
        parser.add_argument("--database", default="default")

    def handle(self, *args, output: str, database: str, **options) -> None:
        target = Path(output)
        if not target.parent.is_dir():
            raise CommandError(f"Folder {target.parent} tidak ada. / The folder {target.parent} does not exist.")
        try:
            manifest = write_backup(target, using=database,
                                    progress=lambda label: self.stdout.write(f"  {label}") if options["verbosity"] > 1
                                    else None)
        except KinerjaError as exc:
            raise CommandError(exc.bilingual()) from None
        rows = sum(t["rows"] for t in manifest.tables.values())
        size = sum(f["size"] for f in manifest.files.values())
        self.stdout.write(f"Cadangan ditulis / Backup written: {target} — {rows} baris / rows, "
                          f"{len(manifest.tables)} tabel / tables, {len(manifest.files)} berkas / files "
                          f"({size / 1024 / 1024:.1f} MB)")

"""``kinerja demo``: load the demo data (Kabupaten Tanah Merah) once; a second run adds nothing."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections
from django.db.migrations.executor import MigrationExecutor

from kinerja.demo.loader import load_demo

NOT_MIGRATED = ("Basis data belum dimigrasi: jalankan `kinerja migrate` terlebih dahulu. / "
                "The database is not migrated: run `kinerja migrate` first.")


def unapplied_migrations(database: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Names of the migrations not yet applied to ``database``; a clear error if it cannot be reached."""
    try:
        executor = MigrationExecutor(connections[database])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except OperationalError as exc:
        raise CommandError(f"Tidak dapat membuka basis data / Cannot open the database: {exc}".strip()) from None
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


class Command(BaseCommand):
    help = "Muat data demo Kabupaten Tanah Merah (aman dijalankan berulang). / Load the demo data (idempotent)."

    def handle(self, *args, **options) -> None:
        if unapplied_migrations():
            raise CommandError(NOT_MIGRATED)
        report = load_demo()
        if report.already_loaded:
            self.stdout.write("Data demo sudah dimuat; tidak ada yang ditambahkan. / "
                              "Demo data already loaded; nothing added.")
            return
        counts = ", ".join(f"{n} {kind}" for kind, n in report.created.items() if n)
        self.stdout.write(self.style.SUCCESS(f"Data demo dimuat / Demo data loaded: {counts}."))

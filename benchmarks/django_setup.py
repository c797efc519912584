"""A migrated SQLite database in a temporary folder, for the benchmarks that go through Django."""
from __future__ import annotations

import os
from pathlib import Path


def setup_django(folder: Path, database: str) -> None:
    os.environ["KINERJA_DATA_DIR"] = str(folder)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinerja.web.settings")
    import django
    from django.conf import settings

    # `make bench` runs several benchmarks in one process: set Django up once, on a bench database.
    if not settings.configured or "bench" not in str(settings.DATABASES["default"]["NAME"]):
        django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

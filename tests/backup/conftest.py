"""A second database for restores: a temporary SQLite file, or a new database on the PostgreSQL
cluster of the PostgreSQL pass, added to Django's connections for the test and dropped after."""
from __future__ import annotations

import io
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from django.db.utils import load_backend


@contextmanager
def extra_database(vendor: str, tmp_path: Path) -> Iterator[str]:
    alias = f"restore_{secrets.token_hex(4)}"
    if vendor == "sqlite":
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / f"{alias}.sqlite3"),
                  "OPTIONS": {"transaction_mode": "IMMEDIATE"}}
    else:
        import psycopg

        base = connections["default"].settings_dict
        params = {"host": base["HOST"] or None, "port": base["PORT"] or None, "user": base["USER"] or None,
                  "password": base["PASSWORD"] or None, "dbname": base["NAME"]}
        with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{alias}"')
        config = {**{k: base[k] for k in ("ENGINE", "HOST", "PORT", "USER", "PASSWORD")}, "NAME": alias,
                  "OPTIONS": {}}
    configured = connections.configure_settings({"default": dict(connections["default"].settings_dict),
                                                 alias: config})[alias]
    # Placed in the handler without entering its settings: Django's test case then treats it as a
    # connection made on the fly (allowed), and it never outlives this test.
    wrapper = load_backend(configured["ENGINE"]).DatabaseWrapper(configured, alias)
    setattr(connections._connections, alias, wrapper)
    try:
        yield alias
    finally:
        wrapper.close()
        delattr(connections._connections, alias)
        if vendor != "sqlite":
            with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{alias}" WITH (FORCE)')


@pytest.fixture
def demo_install(db, settings, tmp_path):
    """The demo, its audit trail, and private files (an evidence file and an uploaded decree)."""
    from kinerja.measurement.models import Evidence, Realisasi

    settings.PRIVATE_FILES_DIR = tmp_path / "files-source"
    call_command("demo", stdout=io.StringIO())
    realisasi = Realisasi.objects.order_by("pk").first()
    data = b"%PDF-1.4\n" + secrets.token_bytes(5000)
    stored = f"{realisasi.agency_id}/{secrets.token_hex(16)}.pdf"
    path = Path(settings.PRIVATE_FILES_DIR) / "evidence" / stored
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    Evidence.objects.create(realisasi=realisasi, agency_id=realisasi.agency_id, stored_name=stored,
                            original_name="Laporan TW I.pdf", content_type="application/pdf", size=len(data),
                            sha256="x" * 64)
    decree = Path(settings.PRIVATE_FILES_DIR) / "imports" / "2024" / "05" / "SK IKU (final).docx"
    decree.parent.mkdir(parents=True)
    decree.write_bytes(b"PK\x03\x04" + secrets.token_bytes(3000))
    return Path(settings.PRIVATE_FILES_DIR)

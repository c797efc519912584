"""A backup taken while people keep saving holds one moment: rows saved after it began are wholly
absent, whichever table the backup had reached. Needs real concurrent connections (PostgreSQL)."""
from __future__ import annotations

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection

from kinerja.audit.context import acting_as
from kinerja.audit.models import AuditEntry
from kinerja.backup.archive import ArchiveReader
from kinerja.backup.dump import write_backup
from kinerja.catalog.models import Pemda


def save_elsewhere() -> None:
    """A save by another request while the backup runs: its own thread, connection and transaction."""
    def work():
        try:
            with acting_as(label="operator lain"):
                Pemda.objects.create(name="Kota Disimpan Saat Dicadangkan", slug="kota-saat-cadangan")
        finally:
            connection.close()
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_rows_saved_during_the_backup_are_not_half_in_it(tmp_path, settings):
    settings.PRIVATE_FILES_DIR = tmp_path / "files"
    call_command("demo", stdout=io.StringIO())
    pemdas, audit_rows = Pemda.objects.count(), AuditEntry.objects.count()
    saved = []

    def progress(label: str) -> None:
        if label == "accounts.role":  # before the audit trail and the pemdas are read
            save_elsewhere()
            saved.append(label)

    write_backup(tmp_path / "c.zip", progress=progress, files_dir=settings.PRIVATE_FILES_DIR)
    assert saved and Pemda.objects.count() == pemdas + 1 and AuditEntry.objects.count() == audit_rows + 1
    reader = ArchiveReader(tmp_path / "c.zip")
    tables = reader.manifest.tables
    assert tables["catalog.pemda"]["rows"] == pemdas
    assert tables["audit.auditentry"]["rows"] == audit_rows
    reader.close()

"""A restore that cannot be done says why, in Indonesian and English, and changes nothing: a damaged
archive, a file that is not a Kinerja backup, a target that already holds data, an archive that
would write outside the data directory. And loading rows raw (loaddata) records no audit entry."""
from __future__ import annotations

import json
import zipfile

import pytest
from django.core.management import call_command

from kinerja.audit.models import AuditEntry
from kinerja.backup.archive import MANIFEST
from kinerja.backup.dump import write_backup
from kinerja.backup.errors import BackupError
from kinerja.backup.load import restore_backup
from kinerja.catalog.models import Indicator

from .conftest import extra_database


@pytest.fixture
def archive(demo_install, tmp_path):
    path = tmp_path / "cadangan.zip"
    write_backup(path, files_dir=demo_install)
    return path


def rewrite(source, target, change) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = change(item.filename, old.read(item.filename))
            if data is not None:
                new.writestr(item.filename, data)


def refused(archive, tmp_path, *, using=None) -> BackupError:
    files = tmp_path / "files-target"
    with extra_database("sqlite", tmp_path) as alias:
        with pytest.raises(BackupError) as caught:
            restore_backup(archive, using=using or alias, files_dir=files)
        if using is None:
            from django.db import connections

            tables = connections[alias].introspection.table_names()
            if "catalog_indicator" in tables:
                assert not Indicator.objects.using(alias).exists()
    assert not files.exists() or not any(files.rglob("*.pdf"))
    error = caught.value
    assert error.message_id and error.message_en and error.message_id != error.message_en
    return error


def test_a_damaged_table_is_refused(archive, tmp_path):
    bad = tmp_path / "rusak.zip"
    rewrite(archive, bad, lambda name, data: data.replace(b"Tingkat", b"Tingkah") if name.startswith("data/") else data)
    assert "rusak" in refused(bad, tmp_path).message_id


def test_a_truncated_archive_is_refused(archive, tmp_path):
    bad = tmp_path / "terpotong.zip"
    bad.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    assert "rusak" in refused(bad, tmp_path).message_id


@pytest.mark.parametrize("content", [b"", b"bukan zip", b"%PDF-1.4\n"])
def test_a_file_that_is_not_a_zip_is_refused(tmp_path, db, content):
    bad = tmp_path / "cadangan.zip"
    bad.write_bytes(content)
    refused(bad, tmp_path)


def test_a_foreign_zip_is_refused(tmp_path, db):
    foreign = tmp_path / "laporan.docx"
    with zipfile.ZipFile(foreign, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert "bukan cadangan Kinerja" in refused(foreign, tmp_path).message_id


def test_a_path_outside_the_data_directory_is_refused(archive, tmp_path):
    bad = tmp_path / "jahat.zip"

    def change(name, data):
        if name == MANIFEST:
            manifest = json.loads(data)
            manifest["files"]["../../luar.txt"] = {"size": 1, "sha256": "0" * 64}
            return json.dumps(manifest).encode()
        return data
    rewrite(archive, bad, change)
    assert "tidak aman" in refused(bad, tmp_path).message_id
    assert not (tmp_path / "luar.txt").exists()


def test_a_target_with_data_is_refused(archive, tmp_path):
    before = AuditEntry.objects.count()
    error = refused(archive, tmp_path, using="default")
    assert "tidak kosong" in error.message_id and "not empty" in error.message_en
    assert AuditEntry.objects.count() == before


def test_loaddata_into_a_new_database_records_no_audit_entry(demo_install, tmp_path):
    """dumpdata → loaddata used to add an 'update' per many-to-many link set on the loaded rows."""
    fixture = tmp_path / "semua.json"
    call_command("dumpdata", natural_foreign=True, exclude=["contenttypes", "auth.permission", "sessions"],
                 output=str(fixture), verbosity=0)
    with extra_database("sqlite", tmp_path) as alias:
        call_command("migrate", database=alias, verbosity=0)
        call_command("loaddata", str(fixture), database=alias, verbosity=0)
        assert Indicator.objects.using(alias).filter(variables__isnull=False).exists()
        assert AuditEntry.objects.using(alias).count() == AuditEntry.objects.count()

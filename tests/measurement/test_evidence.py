"""Bukti dukung: type judged by content, size limit, stored outside the web root, downloadable only by
users who may see the unit."""
from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from kinerja.measurement.models import Evidence
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def realisasi(world):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    return save_entry(world.operator, ind, TW1, {"nilai": "8"}, version=0).realisasi


def upload(client, world, realisasi, name, data):
    return client.post(f"/realisasi/{world.agency.slug}/r/{realisasi.pk}/bukti/",
                       {"file": SimpleUploadedFile(name, data)})


def xlsx_bytes() -> bytes:
    out = BytesIO()
    Workbook().save(out)
    return out.getvalue()


@pytest.mark.parametrize("name,data,kind", [("laporan.pdf", PDF, "application/pdf"),
                                            ("rekap.xlsx", None, "spreadsheetml")])
def test_accepted_files_are_stored_privately(world, client, realisasi, private_files, name, data, kind):
    client.force_login(world.operator)
    upload(client, world, realisasi, name, data if data is not None else xlsx_bytes())
    item = Evidence.objects.get(realisasi=realisasi)
    assert kind in item.content_type
    stored = private_files / "evidence" / item.stored_name
    assert stored.is_file()
    assert name not in item.stored_name  # a random name on disk, the original kept in the row


def test_content_decides_not_the_name(world, client, realisasi):
    client.force_login(world.operator)
    upload(client, world, realisasi, "bukan.pdf", b"MZ\x90\x00 this is an executable")
    assert not Evidence.objects.exists()


def test_size_limit(world, client, realisasi, settings):
    settings.KINERJA_MAX_UPLOAD_BYTES = 10
    client.force_login(world.operator)
    upload(client, world, realisasi, "besar.pdf", PDF)
    assert not Evidence.objects.exists()


def test_download_checks_access(world, client, realisasi):
    client.force_login(world.operator)
    upload(client, world, realisasi, "laporan.pdf", PDF)
    item = Evidence.objects.get()
    url = f"/realisasi/{world.agency.slug}/bukti/{item.pk}/"
    got = client.get(url)
    assert got.status_code == 200 and b"".join(got.streaming_content) == PDF
    client.force_login(world.planner)
    assert client.get(url).status_code == 200
    client.force_login(world.other_operator)
    assert client.get(url).status_code == 404


def test_files_live_outside_static_and_templates(private_files, settings):
    root = Path(settings.STATIC_ROOT).resolve()
    assert root not in private_files.resolve().parents

"""Evidence uploads that try something: oversized files, a zip bomb dressed as a Word file, names
with NUL bytes and paths, a file whose name lies about its type, an upload after verification."""
from __future__ import annotations

import io
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kinerja.accounts.models import Role
from kinerja.periods import Period
from kinerja.measurement.models import Evidence, Realisasi
from kinerja.measurement.services.entry import save_entry

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def realisasi(world, settings, tmp_path):
    settings.PRIVATE_FILES_DIR = tmp_path / "files"
    settings.KINERJA_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    Role.objects.create(user=world.user("operator_a"), kind=Role.Kind.OPERATOR, unit=world.unit_a)
    return save_entry(world.user("operator_a"), world.indicator_a, Period.quarter(2025, 1), {"nilai": "8"},
                      version=0).realisasi


def operator(world) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(world.user("operator_a"))
    return client


def upload(client, world, realisasi, name, data, **extra):
    return client.post(f"/realisasi/{world.agency.slug}/r/{realisasi.pk}/bukti/",
                       {"file": SimpleUploadedFile(name, data)}, follow=True, **extra)


def docx_bytes(members: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        for name, data in (members or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def stored_files(settings) -> list:
    root = settings.PRIVATE_FILES_DIR
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_no_upload_after_verification(world, realisasi, settings):
    Realisasi.objects.filter(pk=realisasi.pk).update(status=Realisasi.Status.VERIFIED)
    response = upload(operator(world), world, realisasi, "laporan.pdf", PDF)
    assert "sudah diverifikasi" in response.content.decode()
    assert not Evidence.objects.exists() and not stored_files(settings)
    client = operator(world)
    client.cookies["django_language"] = "en"
    assert "verified or locked" in upload(client, world, realisasi, "laporan.pdf", PDF).content.decode()


def test_a_word_file_named_pdf_downloads_as_word(world, realisasi):
    client = operator(world)
    upload(client, world, realisasi, "Laporan Triwulan.pdf", docx_bytes())
    item = Evidence.objects.get()
    response = client.get(f"/realisasi/{world.agency.slug}/bukti/{item.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert 'filename="Laporan Triwulan.docx"' in response["Content-Disposition"]
    assert item.original_name == "Laporan Triwulan.pdf"  # the name as uploaded stays on record


@pytest.mark.parametrize("name,data,ok", [("foto.jpeg", b"\xff\xd8\xff\xe0" + b"0" * 100, True),
                                          ("rekap", PDF, True), ("virus.pdf.exe", b"MZ\x90\x00", False),
                                          ("laporan.pdf", b"<html><script>alert(1)</script>", False)])
def test_download_names_follow_the_content(world, realisasi, name, data, ok):
    client = operator(world)
    upload(client, world, realisasi, name, data)
    assert Evidence.objects.exists() == ok
    if ok:
        item = Evidence.objects.get()
        disposition = client.get(f"/realisasi/{world.agency.slug}/bukti/{item.pk}/")["Content-Disposition"]
        assert disposition.endswith(('.jpeg"', '.pdf"'))


def test_an_oversized_file_is_refused(world, realisasi, settings):
    response = upload(operator(world), world, realisasi, "besar.pdf", PDF + b"0" * (3 * 1024 * 1024))
    assert response.status_code == 200 and "MB" in response.content.decode()
    assert not Evidence.objects.exists() and not stored_files(settings)


def test_a_zip_bomb_dressed_as_word_is_never_unpacked(world, realisasi):
    """1 GB of zeros compressed to about 1 MB: the type check reads the zip directory only."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        with z.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (16 * 1024 * 1024)
            for _ in range(64):
                member.write(chunk)
    bomb = out.getvalue()
    assert len(bomb) < 2 * 1024 * 1024
    started = time.monotonic()
    response = upload(operator(world), world, realisasi, "bom.docx", bomb)
    assert response.status_code == 200 and time.monotonic() - started < 30
    assert Evidence.objects.get().size == len(bomb)  # stored as sent, never expanded


def test_a_zip_of_twenty_thousand_empty_entries_is_not_a_document(world, realisasi):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for i in range(20000):
            z.writestr(f"x/{i}", b"")
    response = upload(operator(world), world, realisasi, "banyak.docx", out.getvalue())
    assert response.status_code == 200 and not Evidence.objects.exists()


@pytest.mark.parametrize("name", ["../../../etc/passwd.pdf", "C:\\Windows\\laporan.pdf", "a" * 400 + ".pdf",
                                  "lapor\x00an.pdf", "<script>alert(1)</script>.pdf", "‮fdp.exe"])
def test_hostile_file_names(world, realisasi, settings, name):
    response = upload(operator(world), world, realisasi, name, PDF)
    assert response.status_code == 200
    for path in stored_files(settings):
        assert path.resolve().is_relative_to(settings.PRIVATE_FILES_DIR.resolve())
        assert path.name.endswith(".pdf") and len(path.stem) == 32
    page = operator(world).get(f"/realisasi/{world.agency.slug}/r/{realisasi.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page

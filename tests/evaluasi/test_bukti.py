"""Bukti dukung: files checked by content, Kinerja documents frozen as PDF when linked, downloads after
an access check, nothing changes once final."""
from __future__ import annotations

from django.test import override_settings
from django.urls import reverse

from evaluasi.builders import PDF, YEAR, evaluation, pdf_upload, with_bukti, xlsx_bytes
from kinerja.evaluasi.models import BuktiDukung
from kinerja.evaluasi.services import files

JSON = {"HTTP_ACCEPT": "application/json"}


def upload_url(w, code="1.a.1"):
    return reverse("evaluasi:bukti_upload", args=[w.agency.slug, YEAR, code])


def test_it_stores_the_file_outside_the_web_root_and_streams_it_back(login, world):
    evaluation(world)
    client = login("planner")
    response = client.post(upload_url(world), {"file": pdf_upload("../../etc/Pedoman\x07 2024.PDF")}, **JSON)
    assert response.status_code == 200
    b = BuktiDukung.objects.get()
    assert b.original_name == "Pedoman 2024.pdf" and b.code == "1.a.1" and b.size == len(PDF)
    assert files.path_of(b.stored_name).read_bytes() == PDF and "/" in b.stored_name and ".." not in b.stored_name
    got = login("evaluator").get(reverse("evaluasi:bukti_download", args=[world.agency.slug, YEAR, b.pk]))
    assert b"".join(got.streaming_content) == PDF and 'filename="Pedoman 2024.pdf"' in got["Content-Disposition"]


def test_a_file_that_is_not_what_its_name_says_is_refused(login, world):
    evaluation(world)
    client = login("planner")
    fake = client.post(upload_url(world), {"file": pdf_upload("laporan.pdf", b"MZ\x90\x00 not a pdf")}, **JSON)
    assert fake.status_code == 422 and "Isi berkas diperiksa, bukan namanya" in fake.json()["message"]
    assert client.post(upload_url(world), {}, **JSON).status_code == 422
    ok = client.post(upload_url(world), {"file": pdf_upload("tabel.pdf", xlsx_bytes())}, **JSON)
    assert ok.status_code == 200 and BuktiDukung.objects.get().original_name == "tabel.xlsx"


@override_settings(KINERJA_MAX_UPLOAD_BYTES=10)
def test_an_oversized_file_is_refused_and_nothing_is_written(login, world):
    evaluation(world)
    response = login("planner").post(upload_url(world), {"file": pdf_upload()}, **JSON)
    assert response.status_code == 422 and "MB" in response.json()["message"]
    assert not BuktiDukung.objects.exists()
    assert not any(files.folder().rglob("*.pdf")) or all(
        p.stat().st_size for p in files.folder().rglob("*.pdf"))


def test_an_unknown_criterion_is_refused(login, world):
    evaluation(world)
    assert login("planner").post(upload_url(world, "1.a.99"), {"file": pdf_upload()}, **JSON).status_code == 422


def test_a_kinerja_document_is_frozen_as_pdf_when_linked(login, world):
    evaluation(world)
    url = reverse("evaluasi:bukti_link", args=[world.agency.slug, YEAR, "1.b.8"])
    response = login("planner").post(url, {"kind": "pohon-kinerja", "year": str(YEAR)}, **JSON)
    assert response.status_code == 200, response.content
    b = BuktiDukung.objects.get()
    assert (b.kind, b.document_kind, b.document_year) == ("document", "pohon-kinerja", YEAR)
    assert files.path_of(b.stored_name).read_bytes().startswith(b"%PDF")
    decree = login("planner").post(reverse("evaluasi:bukti_link", args=[world.agency.slug, YEAR, "1.b.1"]),
                                   {"kind": "keputusan", "keputusan": str(world.decree.pk)}, **JSON)
    assert decree.status_code == 200 and BuktiDukung.objects.get(code="1.b.1").document_year == 2024
    foreign = login("planner").post(reverse("evaluasi:bukti_link", args=[world.agency.slug, YEAR, "1.b.1"]),
                                    {"kind": "keputusan", "keputusan": str(world.decree_y.pk)}, **JSON)
    assert foreign.status_code == 404


def test_a_document_that_cannot_be_made_says_why(login, world):
    evaluation(world)
    url = reverse("evaluasi:bukti_link", args=[world.agency.slug, YEAR, "3.a.1"])
    response = login("planner").post(url, {"kind": "lkjip", "year": "1999"}, **JSON)
    assert response.status_code == 422 and response.json()["message"]
    assert login("planner").post(url, {"kind": "rahasia", "year": "2025"}, **JSON).status_code == 422
    assert not BuktiDukung.objects.exists()


def test_removing_and_the_lock_when_final(login, world):
    e = evaluation(world)
    b = with_bukti(world, e)
    client = login("planner")
    assert client.post(reverse("evaluasi:bukti_remove", args=[world.agency.slug, YEAR, b.pk]), **JSON).status_code == 200
    assert not BuktiDukung.objects.exists() and not files.path_of(b.stored_name).exists()


def test_once_final_evidence_cannot_change(login, world):
    e = evaluation(world, "final")
    b = with_bukti_forced(e)
    client = login("planner")
    assert client.post(upload_url(world), {"file": pdf_upload()}, **JSON).status_code == 422
    assert client.post(reverse("evaluasi:bukti_remove", args=[world.agency.slug, YEAR, b.pk]), **JSON).status_code == 422
    assert BuktiDukung.objects.filter(pk=b.pk).exists()


def with_bukti_forced(e):
    stored = files.store(e.agency_id, PDF, "pdf", "lama.pdf")
    return BuktiDukung.objects.create(evaluation=e, agency_id=e.agency_id, code="1.a.1", stored_name=stored.stored_name,
                                      original_name=stored.original_name, content_type=stored.content_type,
                                      size=stored.size, sha256=stored.sha256)

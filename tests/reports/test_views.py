"""Each reports view: it works for the rightful user, and it checks access (more cases in access_cases.py)."""
from __future__ import annotations

import io
from decimal import Decimal

from django.urls import reverse
from docx import Document as DocxDocument

from kinerja.catalog.models import Decree
from kinerja.reports.models import LkjipNarrative, PemdaHead, PkProgram, Signing
from web.factories import make_agency

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_text(data: bytes) -> str:
    doc = DocxDocument(io.BytesIO(data))
    return "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def url(name, world, **kw):
    return reverse(f"reports:{name}", kwargs={"slug": world.agency.slug, **kw})


# --- document list and downloads ----------------------------------------------------------------

def test_document_list_works(login, world):
    response = login("planner").get(url("documents", world), {"tahun": 2025})
    text = response.content.decode()
    assert response.status_code == 200
    assert world.decree.nomor in text
    assert reverse("reports:download", args=[world.agency.slug, "lkjip", "xlsx"]) in text
    assert url("narratives", world, tahun=2025) in text  # the planner may fill the narratives


def test_document_list_checks_access(login, world):
    assert login("operator_a").get(url("documents", world)).status_code == 403
    text = login("evaluator").get(url("documents", world)).content.decode()
    assert url("narratives", world, tahun=2025) not in text  # readers get no edit links


def test_download_works(login, world):
    response = login("planner").get(url("download", world, kind="perjanjian-kinerja", fmt="docx"), {"tahun": 2025})
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    assert 'filename="perjanjian-kinerja-dinas-x-2025.docx"' in response["Content-Disposition"]
    assert "Tingkat Kesempatan Kerja" in docx_text(response.content)


def test_download_refuses_unknown_kind_format_and_missing_decree(login, world):
    client = login("planner")
    assert client.get(url("download", world, kind="rahasia", fmt="docx")).status_code == 404
    assert client.get(url("download", world, kind="lkjip", fmt="exe")).status_code == 404
    assert client.get(url("download", world, kind="keputusan", fmt="pdf")).status_code == 404
    other = url("download", world, kind="keputusan", fmt="docx")
    assert client.get(other, {"keputusan": world.decree_y.pk}).status_code == 404


def test_download_of_an_agency_without_indicators_says_why(login, world):
    empty = make_agency(world.pemda, "Badan Kosong", "badan-kosong")
    response = login("admin").get(reverse("reports:download", args=[empty.slug, "lkjip", "pdf"]))
    assert response.status_code == 422
    assert "belum punya indikator" in response.content.decode()


def test_download_checks_access(login, world):
    assert login("head_a").get(url("download", world, kind="lkjip", fmt="docx")).status_code == 403


# --- forms ---------------------------------------------------------------------------------------

def test_decree_texts_offers_defaults_and_saves(login, world):
    client = login("planner")
    page = client.get(url("decree_texts", world, pk=world.decree.pk)).content.decode()
    assert "bahwa untuk mengukur kinerja" in page and "Peraturan Presiden Nomor 29 Tahun 2014" in page
    response = client.post(url("decree_texts", world, pk=world.decree.pk), {
        "tentang": "Indikator Kinerja Dinas Tenaga Kerja", "menimbang": "a. bahwa kinerja perlu diukur;\nb. bahwa kedua;",
        "mengingat": "1. Undang-Undang Nomor 23 Tahun 2014;", "memutuskan": "Menetapkan indikator."})
    assert response.status_code == 302
    decree = Decree.objects.get(pk=world.decree.pk)
    assert decree.menimbang.startswith("a. bahwa kinerja perlu diukur")
    data = client.get(url("download", world, kind="keputusan", fmt="docx"), {"keputusan": decree.pk}).content
    text = docx_text(data)
    assert "bahwa kinerja perlu diukur;" in text and "bahwa kedua;" in text and "a. a." not in text


def test_decree_texts_checks_access(login, world):
    assert login("evaluator").post(url("decree_texts", world, pk=world.decree.pk), {"tentang": "x"}).status_code == 403


def test_signing_prints_plt(login, world):
    client = login("planner")
    response = client.post(url("signing", world, tahun=2025), {"acting": "Plt", "name": "Dra. Pengganti",
                                                              "superior_acting": "Plh", "superior_name": "Wakil"})
    assert response.status_code == 302
    assert Signing.objects.get(agency=world.agency, tahun=2025).acting == "Plt"
    text = docx_text(client.get(url("download", world, kind="perjanjian-kinerja", fmt="docx"), {"tahun": 2025}).content)
    assert "Plt. Kepala Dinas Tenaga Kerja Kabupaten Contoh" in text and "Dra. Pengganti" in text
    assert "Plh. Bupati Contoh" in text and "Wakil" in text


def test_signing_checks_access(login, world):
    assert login("operator_a").get(url("signing", world, tahun=2025)).status_code == 403
    assert login("planner").get(url("signing", world, tahun=1500)).status_code == 404


def _programs(rows):
    data = {"form-TOTAL_FORMS": str(len(rows)), "form-INITIAL_FORMS": "0"}
    for i, (program, anggaran) in enumerate(rows):
        data.update({f"form-{i}-program": program, f"form-{i}-anggaran": anggaran, f"form-{i}-order": str(i)})
    return data


def test_programs_read_indonesian_amounts(login, world):
    client = login("planner")
    response = client.post(url("programs", world, tahun=2025), _programs([("Program Penempatan", "1.250.000.000")]))
    assert response.status_code == 302
    assert PkProgram.objects.get(agency=world.agency, tahun=2025).anggaran == Decimal("1250000000")
    page = client.get(url("programs", world, tahun=2025)).content.decode()
    assert "1.250.000.000" in page


def test_programs_refuse_a_bad_amount(login, world):
    response = login("planner").post(url("programs", world, tahun=2025), _programs([("Program", "satu juta")]))
    assert response.status_code == 200 and "bukan angka" in response.content.decode()
    assert not PkProgram.objects.exists()


def test_narratives_save_filled_sasaran_only(login, world):
    client = login("planner")
    prefix = f"s{world.objective.pk}"
    page = client.get(url("narratives", world, tahun=2025)).content.decode()
    assert world.objective.text in page
    response = client.post(url("narratives", world, tahun=2025), {f"{prefix}-faktor_pendukung": "Dukungan mitra"})
    assert response.status_code == 302
    saved = LkjipNarrative.objects.get()
    assert saved.objective == world.objective and saved.faktor_pendukung == "Dukungan mitra"


def test_narratives_check_access(login, world):
    assert login("head").post(url("narratives", world, tahun=2025), {}).status_code == 403


# --- dashboards and pohon ------------------------------------------------------------------------

def test_agency_dashboard_works(login, world):
    response = login("planner").get(url("agency_dashboard", world), {"tahun": "abc", "tw": "9"})
    text = response.content.decode()
    assert response.status_code == 200
    assert text.count('class="kinerja-chart') == 4
    assert world.indicator_b.name in text  # not reported yet: listed as missing


def test_agency_dashboard_is_limited_to_the_users_units(login, world):
    text = login("operator_a").get(url("agency_dashboard", world)).content.decode()
    assert world.indicator_a.name in text and world.indicator_b.name not in text
    assert reverse("reports:documents", args=[world.agency.slug]) not in text


def test_pohon_works(login, world):
    text = login("planner").get(url("pohon", world)).content.decode()
    assert 'class="pohon-kinerja"' in text and world.indicator_iku.name in text
    assert "tidak mendukung kinerja atasan" in text  # indicator_b supports nothing


def test_pohon_checks_access(login, world):
    assert login("operator_a").get(url("pohon", world)).status_code == 403


def test_pemda_dashboard_works(login, world):
    text = login("evaluator").get(reverse("reports:pemda_dashboard", args=[world.pemda.slug])).content.decode()
    assert world.agency.name in text and world.other.name in text and "chart-agencies" in text
    assert reverse("reports:pemda_head", args=[world.pemda.slug]) not in text


def test_pemda_dashboard_checks_access(login, world):
    assert login("planner").get(reverse("reports:pemda_dashboard", args=[world.pemda.slug])).status_code == 404


def test_pemda_head_saves_the_superior(login, world):
    client = login("admin")
    response = client.post(reverse("reports:pemda_head", args=[world.pemda.slug]),
                           {"jabatan": "Bupati Contoh", "name": "H. Kepala Daerah", "acting": ""})
    assert response.status_code == 302
    assert PemdaHead.objects.get(pemda=world.pemda).name == "H. Kepala Daerah"
    text = docx_text(client.get(url("download", world, kind="perjanjian-kinerja", fmt="docx")).content)
    assert "H. Kepala Daerah" in text


def test_pemda_head_checks_access(login, world):
    assert login("evaluator").get(reverse("reports:pemda_head", args=[world.pemda.slug])).status_code == 403

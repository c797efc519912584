"""The SKP pages: the list, a draft with its aspek choices, the predikat page with the distribution check."""
from __future__ import annotations

import json

from django.urls import reverse

from kinerja.audit.recorder import history_for
from kinerja.pegawai.models import SkpAspek

Y = 2024


def test_the_agency_tab_leads_to_this_year(login, world):
    response = login("planner").get(reverse("pegawai:start", args=[world.agency.slug]))
    assert response.status_code == 302 and "/skp/dinas-x/" in response["Location"]


def test_the_draft_page_and_its_json(login, world):
    client = login("operator_a")
    page = client.get(reverse("pegawai:draft", args=[world.agency.slug, Y, world.position_a.pk]))
    assert page.status_code == 200 and world.indicator_a.name in page.content.decode()
    assert page.context["can_draft"]
    url = reverse("pegawai:draft_json", args=[world.agency.slug, Y, world.position_a.pk])
    data = json.loads(client.get(url).content)
    assert data["status"] == "draft" and [r["indicator"] for r in data["rows"]] == [world.indicator_a.pk]


def test_saving_an_aspek_from_the_page_and_a_stale_form(login, world):
    client = login("operator_a")
    url = reverse("pegawai:aspek_save", args=[world.agency.slug, Y, world.position_a.pk, world.indicator_a.pk])
    assert client.post(url, {"aspek": "waktu", "version": 0}).status_code == 302
    row = SkpAspek.objects.get(indicator=world.indicator_a, year=Y)
    assert row.aspek == "waktu" and history_for(row).get().actor == world.user("operator_a")
    stale = client.post(url, {"aspek": "biaya", "version": 0}, follow=True)
    assert "ditimpa" in stale.content.decode()
    assert SkpAspek.objects.get(pk=row.pk).aspek == "waktu"
    bad = client.post(url, {"aspek": "kecepatan", "version": "1.234,5"}, follow=True)
    assert bad.status_code == 200 and SkpAspek.objects.get(pk=row.pk).aspek == "waktu"


def test_the_predikat_page_checks_a_distribution(login, world):
    client = login("head")
    url = reverse("pegawai:unit_predikat", args=[world.agency.slug, Y, world.unit_a.pk])
    page = client.get(url, {"predikat_organisasi": "baik", "sangat_baik": 1, "baik": 7, "butuh_perbaikan": 2})
    assert page.status_code == 200 and page.context["check"].fits
    wrong = client.get(url, {"predikat_organisasi": "baik", "baik": 10})
    assert not wrong.context["check"].fits
    garbage = client.get(url, {"predikat_organisasi": "baik", "baik": "1.234,5"})
    assert garbage.context["check"] is None and garbage.context["problem"]


def test_the_pages_speak_english_too(login, world):
    client = login("planner")
    client.post(reverse("set_language"), {"language": "en"})
    page = client.get(reverse("pegawai:agency_predikat", args=[world.agency.slug, Y]))
    assert page.status_code == 200 and "Check the employees' rating distribution" in page.content.decode()

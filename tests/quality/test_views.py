"""The quality review page: findings per indicator in words, with evidence, fix and why, counted per kind,
limited to what the user may read."""
from __future__ import annotations

from django.urls import reverse

from web.factories import make_indicator


def url(agency) -> str:
    return reverse("quality:agency_review", args=[agency.slug])


def _count_named_percent(world):
    # A "Jumlah" indicator computed as a percentage.
    return make_indicator(world.agency, "Jumlah usaha mikro yang difasilitasi", decree=world.decree, jenis="IKU",
                          formula_text="Jumlah usaha mikro yang difasilitasi / Jumlah seluruh usaha mikro x 100%",
                          sumber_data="Laporan Bidang Usaha Mikro", penanggung_jawab="Kepala Bidang")


def test_it_works(world, client):
    _count_named_percent(world)
    client.force_login(world.user("evaluator"))
    response = client.get(url(world.agency))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nama diawali &#x27;jumlah&#x27; (cacah), tetapi rumusnya persentase." in page   # the finding in words
    assert "Mengapa" in page and "Saran" in page                                           # why and fix
    assert "keyakinan" not in page.lower() and "0.9" not in page                           # no bare confidence
    detail = reverse("catalog:indicator_detail", args=[world.agency.slug, world.indicator_b.pk])
    assert detail in page                           # unit B's indicator (no formula) links to its page
    review = response.context["review"]
    assert review.indicators == 4 and review.by_severity["error"] >= 2
    assert sum(len(i["findings"]) for i in response.context["items"]) + len(response.context["general"]) == \
        sum(review.by_severity.values())
    assert sum(k["count"] for k in response.context["kinds"]) == sum(review.by_severity.values())
    assert 'data-kind="mismatch"' in page           # counts per kind, each a filter


def test_it_filters_by_kind(world, client):
    _count_named_percent(world)
    client.force_login(world.user("planner"))
    response = client.get(url(world.agency), {"jenis": "mismatch"})
    kinds = {f["kind"] for item in response.context["items"] for f in item["findings"]}
    assert kinds == {"Nama dan rumus tidak sejalan"}
    unknown = client.get(url(world.agency), {"jenis": "<script>"})
    assert unknown.status_code == 200 and unknown.context["kind"] is None


def test_it_shows_english_when_asked(world, client):
    client.force_login(world.user("planner"))
    client.cookies["django_language"] = "en"
    response = client.get(url(world.agency))
    page = response.content.decode()
    assert "The formula cell is empty." in page


def test_inactive_indicators_are_not_reviewed(world, client):
    world.indicator_b.is_active = False
    world.indicator_b.save()
    client.force_login(world.user("head"))
    response = client.get(url(world.agency))
    assert world.indicator_b.name not in response.content.decode()
    assert response.context["review"].indicators == 2


def test_it_rejects_post(world, client):
    client.force_login(world.user("planner"))
    assert client.post(url(world.agency)).status_code == 405


def test_it_checks_access(world, client):
    client.force_login(world.user("planner_y"))
    assert client.get(url(world.agency)).status_code == 404
    client.force_login(world.user("operator_a"))
    response = client.get(url(world.agency))
    assert response.status_code == 200
    assert world.indicator_b.name not in response.content.decode()
    assert response.context["partial"] is True
    client.logout()
    assert client.get(url(world.agency)).status_code == 302

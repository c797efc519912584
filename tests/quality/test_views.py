"""The quality review page: findings per indicator, with the why, limited to what the user may read."""
from __future__ import annotations

from django.urls import reverse

from web.factories import make_indicator


def url(agency) -> str:
    return reverse("quality:agency_review", args=[agency.slug])


def test_it_works(world, client):
    # A "Jumlah" indicator computed as a percentage, and the same formula pasted under another name.
    make_indicator(world.agency, "Jumlah usaha mikro yang difasilitasi", decree=world.decree, jenis="IKU",
                   formula_text="Jumlah usaha mikro yang difasilitasi / Jumlah seluruh usaha mikro x 100%",
                   sumber_data="Bidang Usaha Mikro", penanggung_jawab="Kepala Bidang")
    client.force_login(world.user("evaluator"))
    response = client.get(url(world.agency))
    assert response.status_code == 200
    page = response.content.decode()
    assert "name-count-formula-percent" in page
    assert "Mengapa" in page                        # the reason is shown with each finding
    detail = reverse("catalog:indicator_detail", args=[world.agency.slug, world.indicator_b.pk])
    assert detail in page                           # unit B's indicator (no formula) links to its page
    review = response.context["review"]
    assert review.indicators == 4 and review.by_severity["error"] >= 2
    assert sum(len(i["findings"]) for i in response.context["items"]) + len(response.context["general"]) == \
        sum(review.by_severity.values())


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

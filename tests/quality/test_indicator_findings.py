"""The indicator page shows that indicator's findings, reviewed among what the user may read."""
from __future__ import annotations

from django.urls import reverse

from web.factories import make_indicator


def test_the_indicator_page_shows_its_findings(world, client):
    indicator = make_indicator(world.agency, "Jumlah usaha mikro yang difasilitasi", decree=world.decree, jenis="IKU",
                               formula_text="Jumlah usaha mikro yang difasilitasi / Jumlah seluruh usaha mikro x 100%",
                               sumber_data="Laporan Bidang Usaha Mikro", penanggung_jawab="Kepala Bidang")
    client.force_login(world.user("planner"))
    response = client.get(reverse("catalog:indicator_detail", args=[world.agency.slug, indicator.pk]))
    assert response.status_code == 200
    codes = {f["code"] for f in response.context["findings"]}
    assert "name-count-formula-percent" in codes
    assert "tetapi rumusnya persentase" in response.content.decode()


def test_an_inactive_indicator_is_not_reviewed(world, client):
    world.indicator_b.is_active = False
    world.indicator_b.save()
    client.force_login(world.user("planner"))
    response = client.get(reverse("catalog:indicator_detail", args=[world.agency.slug, world.indicator_b.pk]))
    assert response.status_code == 200 and response.context["findings"] == []

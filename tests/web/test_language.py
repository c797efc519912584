import datetime

from django.urls import reverse


def test_indonesian_is_the_default(login, world):
    text = login("planner").get(reverse("catalog:agency_detail", args=[world.agency.slug])).content.decode()
    assert 'lang="id"' in text and "Unit kerja dan jabatan" in text


def test_an_english_browser_still_gets_indonesian_until_the_switch(login, world):
    url = reverse("catalog:agency_detail", args=[world.agency.slug])
    text = login("planner").get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="id"' in text and "Unit kerja dan jabatan" in text


def test_the_switch_changes_the_language(login, world):
    client = login("planner")
    url = reverse("catalog:agency_detail", args=[world.agency.slug])
    response = client.post(reverse("set_language"), {"language": "en", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    text = client.get(url).content.decode()
    assert 'lang="en"' in text and "Units and positions" in text


def test_the_header_offers_both_languages(login, world):
    text = login("planner").get(reverse("catalog:agency_list")).content.decode()
    assert 'value="id"' in text and 'value="en"' in text


def test_dates_are_written_the_indonesian_way(login, world):
    world.decree.tanggal = datetime.date(2023, 5, 8)
    world.decree.save()
    client = login("planner")
    url = reverse("catalog:decree_detail", args=[world.agency.slug, world.decree.pk])
    assert "8 Mei 2023" in client.get(url).content.decode()
    client.cookies["django_language"] = "en"
    assert "May 8, 2023" in client.get(url).content.decode()

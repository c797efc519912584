from django.urls import reverse


def test_it_works(login, world):
    response = login("operator_a").get(reverse("catalog:position_detail", args=[world.agency.slug, world.position_a.pk]))
    text = response.content.decode()
    assert response.status_code == 200
    for item in world.position_a.tugas + world.position_a.fungsi:
        assert item in text
    assert world.indicator_a.name in text


def test_it_checks_access(login, world):
    url = reverse("catalog:position_detail", args=[world.agency.slug, world.position_b.pk])
    assert login("operator_a").get(url).status_code == 404
    assert login("head").get(url).status_code == 200

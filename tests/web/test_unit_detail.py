from django.urls import reverse


def test_it_works(login, world):
    response = login("operator_b").get(reverse("catalog:unit_detail", args=[world.agency.slug, world.unit_b.pk]))
    text = response.content.decode()
    assert response.status_code == 200
    assert world.unit_b1.name in text and world.position_b.name in text and world.indicator_b.name in text


def test_it_lists_indicators_of_sub_units(login, world):
    world.indicator_b.unit = world.unit_b1
    world.indicator_b.save()
    response = login("planner").get(reverse("catalog:unit_detail", args=[world.agency.slug, world.unit_b.pk]))
    assert list(response.context["indicators"]) == [world.indicator_b]


def test_it_checks_access(login, world):
    url = reverse("catalog:unit_detail", args=[world.agency.slug, world.unit_b.pk])
    assert login("operator_a").get(url).status_code == 404
    assert login("operator_b").get(reverse("catalog:unit_detail", args=[world.agency.slug, world.unit_y.pk])).status_code == 404

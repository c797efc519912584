from django.urls import reverse


def test_it_works(login, world):
    response = login("planner").get(reverse("catalog:agency_detail", args=[world.agency.slug]))
    text = response.content.decode()
    assert response.status_code == 200
    for name in (world.unit_a.name, world.unit_a1.name, world.unit_b.name, world.position_b.name, world.decree.nomor):
        assert name in text


def test_it_nests_sub_units_under_their_parent(login, world):
    response = login("planner").get(reverse("catalog:agency_detail", args=[world.agency.slug]))
    rows = [(r["unit"].name, r["depth"]) for r in response.context["tree"]]
    assert rows == [(world.unit_a.name, 0), (world.unit_a1.name, 1), (world.unit_b.name, 0), (world.unit_b1.name, 1)]


def test_it_shows_an_operator_only_their_subtree(login, world):
    response = login("operator_a").get(reverse("catalog:agency_detail", args=[world.agency.slug]))
    assert [r["unit"] for r in response.context["tree"]] == [world.unit_a, world.unit_a1]
    assert world.position_b.name not in response.content.decode()


def test_it_checks_access(login, world):
    assert login("planner").get(reverse("catalog:agency_detail", args=[world.other.slug])).status_code == 404
    assert login("nobody").get(reverse("catalog:agency_detail", args=[world.agency.slug])).status_code == 404

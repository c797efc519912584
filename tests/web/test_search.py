from django.urls import reverse


def _search(client, world, **params):
    response = client.get(reverse("catalog:search", args=[world.agency.slug]), params)
    assert response.status_code == 200
    return list(response.context["page"].object_list)


def test_it_works(login, world):
    assert set(_search(login("planner"), world)) == {world.indicator_a, world.indicator_b, world.indicator_iku}


def test_it_matches_words_in_any_case_across_fields(login, world):
    client = login("planner")
    assert _search(client, world, q="PERSELISIHAN") == [world.indicator_b]
    assert _search(client, world, q="bursa") == [world.indicator_a]          # definisi
    assert _search(client, world, q="ditempatkan jumlah") == [world.indicator_a]  # formula_text, both words


def test_it_filters_by_unit_with_sub_units(login, world):
    world.indicator_b.unit = world.unit_b1
    world.indicator_b.save()
    assert _search(login("planner"), world, unit=world.unit_b.pk) == [world.indicator_b]


def test_it_filters_by_satuan_and_jabatan(login, world):
    client = login("planner")
    assert _search(client, world, satuan="kasus") == [world.indicator_b]
    assert _search(client, world, jabatan=world.position_a.pk) == [world.indicator_a]


def test_it_hides_retired_indicators_unless_asked(login, world):
    world.indicator_b.is_active = False
    world.indicator_b.save()
    client = login("planner")
    assert world.indicator_b not in _search(client, world)
    assert world.indicator_b in _search(client, world, semua="1")


def test_it_ignores_malformed_filters(login, world):
    assert _search(login("planner"), world, unit="abc", jabatan="x") != []


def test_it_checks_access(login, world):
    client = login("operator_a")
    assert _search(client, world) == [world.indicator_a]
    assert _search(client, world, unit=world.unit_b.pk) == []  # a unit outside scope matches nothing
    assert _search(client, world, jabatan=world.position_b.pk) == []
    assert client.get(reverse("catalog:search", args=[world.other.slug])).status_code == 404

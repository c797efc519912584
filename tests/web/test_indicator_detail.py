from django.urls import reverse

from kinerja.audit.context import acting_as


def _url(world, indicator):
    return reverse("catalog:indicator_detail", args=[world.agency.slug, indicator.pk])


def test_it_works(login, world):
    response = login("operator_a").get(_url(world, world.indicator_a))
    text = response.content.decode()
    assert response.status_code == 200
    for value in (world.indicator_a.name, world.indicator_a.definisi, world.indicator_a.formula_text,
                  world.indicator_a.sumber_data, world.unit_a.name, world.position_a.name):
        assert value in text


def test_it_renders_the_structured_formula_with_variable_phrases(login, world):
    world.indicator_a.formula = {"kind": "ratio_percent", "expression": "ditempatkan / pencari * 100",
                                 "variables": {"ditempatkan": "Jumlah ditempatkan", "pencari": "Jumlah pencari kerja"}}
    world.indicator_a.save()
    formula = login("planner").get(_url(world, world.indicator_a)).context["formula"]
    assert "Jumlah ditempatkan" in formula["expression"] and "Jumlah pencari kerja" in formula["expression"]
    assert formula["error"] is None


def test_it_shows_the_pohon_position(login, world):
    response = login("planner").get(_url(world, world.indicator_iku))
    assert list(response.context["supported_by"]) == [world.indicator_a]
    response = login("planner").get(_url(world, world.indicator_a))
    assert response.context["supports"] == world.indicator_iku


def test_it_shows_its_history(login, world):
    with acting_as(world.user("planner")):
        world.indicator_a.satuan = "persen"
        world.indicator_a.save()
    text = login("operator_a").get(_url(world, world.indicator_a)).content.decode()
    assert "planner" in text and "persen" in text and "diubah" in text


def test_it_checks_access(login, world):
    assert login("operator_a").get(_url(world, world.indicator_b)).status_code == 404
    assert login("operator_a").get(_url(world, world.indicator_iku)).status_code == 404
    assert login("head").get(_url(world, world.indicator_b)).status_code == 200

from django.urls import reverse

from .factories import make_indicator, make_objective, make_position


def _get(login, who, world):
    return login(who).get(reverse("catalog:decree_detail", args=[world.agency.slug, world.decree.pk]))


def test_it_works(login, world):
    response = _get(login, "planner", world)
    text = response.content.decode()
    assert response.status_code == 200
    assert "INDIKATOR KINERJA UTAMA" in text and "INDIKATOR KINERJA INDIVIDU" in text
    for indicator in (world.indicator_iku, world.indicator_a, world.indicator_b):
        assert indicator.name in text


def test_it_lays_out_iku_as_one_table_and_iki_per_jabatan(login, world):
    context = _get(login, "planner", world).context
    assert [r for g in context["iku_groups"] for r in g["rows"]] == [world.indicator_iku]
    sections = context["iki_sections"]
    assert [s["position"] for s in sections] == [world.position_a, world.position_b]
    assert sections[0]["groups"][0]["rows"] == [world.indicator_a]
    text = _get(login, "planner", world).content.decode()
    assert world.position_a.tugas[0] in text and world.position_a.fungsi[1] in text


def test_it_merges_the_sasaran_cell_over_consecutive_rows(login, world):
    second = make_objective(world.agency, "Sasaran kedua")
    for n, objective in enumerate([world.objective, world.objective, second]):
        make_indicator(world.agency, f"Tambahan {n}", decree=world.decree, objective=objective, jenis="IKU", order=5 + n)
    groups = _get(login, "planner", world).context["iku_groups"]
    assert [(g["objective"], len(g["rows"])) for g in groups] == [(world.objective, 3), (second, 1)]
    assert 'rowspan="3"' in _get(login, "planner", world).content.decode()


def test_it_puts_rows_without_a_jabatan_last(login, world):
    make_indicator(world.agency, "Tanpa jabatan", decree=world.decree, jenis="IKI")
    make_position(world.agency, "Jabatan tanpa baris", world.unit_a)
    sections = _get(login, "planner", world).context["iki_sections"]
    assert [s["position"] for s in sections] == [world.position_a, world.position_b, None]


def test_it_shows_an_operator_only_their_rows(login, world):
    response = _get(login, "operator_a", world)
    text = response.content.decode()
    assert world.indicator_a.name in text
    assert world.indicator_b.name not in text and world.position_b.name not in text
    assert world.indicator_iku.name not in text  # an IKU row with no unit belongs to no operator
    assert response.context["partial"]


def test_it_checks_access(login, world):
    url = reverse("catalog:decree_detail", args=[world.other.slug, world.decree_y.pk])
    assert login("planner").get(url).status_code == 404
    url = reverse("catalog:decree_detail", args=[world.agency.slug, world.decree_y.pk])
    assert login("evaluator").get(url).status_code == 404  # the right slug, another agency's decree

from django.urls import reverse

from kinerja.audit.context import acting_as


def test_agency_history_works(login, world):
    with acting_as(world.user("planner")):
        world.objective.text = "Sasaran yang diperbarui"
        world.objective.save()
    response = login("head").get(reverse("catalog:agency_history", args=[world.agency.slug]))
    text = response.content.decode()
    assert response.status_code == 200
    assert "Sasaran yang diperbarui" in text and "planner" in text


def test_agency_history_leaves_out_other_agencies(login, world):
    response = login("admin").get(reverse("catalog:agency_history", args=[world.agency.slug]))
    assert world.indicator_y.name not in response.content.decode()


def test_object_history_names_fields_and_related_rows(login, world):
    with acting_as(world.user("planner")):
        world.indicator_b.unit = world.unit_b1
        world.indicator_b.save()
    url = reverse("catalog:object_history", args=[world.agency.slug, "indikator", world.indicator_b.pk])
    text = login("operator_b").get(url).content.decode()
    assert "Unit pelapor" in text  # the field's label, not "unit"
    assert world.unit_b.name in text and world.unit_b1.name in text  # names, not ids


def test_object_history_of_a_deleted_row_is_for_agency_wide_readers(login, world):
    pk = world.unit_b1.pk
    with acting_as(world.user("planner")):
        world.unit_b1.delete()
    url = reverse("catalog:object_history", args=[world.agency.slug, "unit", pk])
    assert login("planner").get(url).status_code == 200
    assert login("operator_b").get(url).status_code == 404


def test_object_history_rejects_unknown_kinds(login, world):
    url = reverse("catalog:object_history", args=[world.agency.slug, "pengguna", 1])
    assert login("admin").get(url).status_code == 404


def test_it_checks_access(login, world):
    assert login("operator_a").get(reverse("catalog:agency_history", args=[world.agency.slug])).status_code == 403
    url = reverse("catalog:object_history", args=[world.agency.slug, "jabatan", world.position_b.pk])
    assert login("operator_a").get(url).status_code == 404

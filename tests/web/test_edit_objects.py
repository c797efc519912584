import pytest
from django.urls import reverse

from kinerja.audit.models import AuditEntry


def test_it_works(login, world):
    url = reverse("catalog:indicator_edit", args=[world.agency.slug, world.indicator_b.pk])
    form = login("planner").get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "variables"}
    data |= {"name": "Jumlah kasus perselisihan", "formula": "{}", "is_active": "on"}
    response = login("planner").post(url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    world.indicator_b.refresh_from_db()
    assert world.indicator_b.name == "Jumlah kasus perselisihan"
    entry = AuditEntry.objects.filter(object_id=str(world.indicator_b.pk), content_type__model="indicator").first()
    assert entry.action == "update" and entry.actor == world.user("planner")
    assert entry.before["name"] == "Jumlah perselisihan hubungan industrial"
    assert entry.after["name"] == "Jumlah kasus perselisihan"


def test_moving_a_unit_moves_its_subtree(login, world):
    url = reverse("catalog:unit_edit", args=[world.agency.slug, world.unit_b.pk])
    response = login("planner").post(url, {"name": world.unit_b.name, "kind": "bidang", "parent": world.unit_a.pk,
                                           "order": 0})
    assert response.status_code == 302
    world.unit_b1.refresh_from_db()
    assert world.unit_b1.path.startswith(world.unit_a.path)


def test_position_form_shows_lines(login, world):
    url = reverse("catalog:position_edit", args=[world.agency.slug, world.position_a.pk])
    text = login("planner").get(url).content.decode()
    assert "Fungsi pertama Kepala Bidang Penempatan Kerja\nFungsi kedua" in text


@pytest.mark.parametrize("who, status", [("operator_a", 403), ("operator_b", 404), ("planner_y", 404)])
def test_it_checks_access(who, status, login, world):
    url = reverse("catalog:unit_edit", args=[world.agency.slug, world.unit_a.pk])
    assert login(who).post(url, {"name": "X", "kind": "bidang", "order": 0}).status_code == status
    world.unit_a.refresh_from_db()
    assert world.unit_a.name == "Bidang Penempatan Kerja"

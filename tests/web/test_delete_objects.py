from django.urls import reverse

from kinerja.audit.models import AuditEntry
from kinerja.catalog.models import Decree, Indicator, Unit


def _url(kind, world, obj):
    return reverse(f"catalog:{kind}_delete", args=[world.agency.slug, obj.pk])


def test_it_asks_for_confirmation(login, world):
    response = login("planner").get(_url("indicator", world, world.indicator_b))
    assert response.status_code == 200
    assert Indicator.objects.filter(pk=world.indicator_b.pk).exists()


def test_it_works_and_keeps_a_record(login, world):
    pk = world.indicator_b.pk
    response = login("planner").post(_url("indicator", world, world.indicator_b))
    assert response.status_code == 302
    assert not Indicator.objects.filter(pk=pk).exists()
    entry = AuditEntry.objects.get(content_type__model="indicator", object_id=str(pk), action="delete")
    assert entry.before["name"] == "Jumlah perselisihan hubungan industrial" and entry.actor == world.user("planner")
    history = login("planner").get(reverse("catalog:object_history", args=[world.agency.slug, "indikator", pk]))
    assert history.status_code == 200 and "Jumlah perselisihan hubungan industrial" in history.content.decode()


def test_protect_blocks_with_a_reason(login, world):
    response = login("planner").post(_url("decree", world, world.decree))
    assert response.status_code == 409
    assert Decree.objects.filter(pk=world.decree.pk).exists()
    text = response.content.decode()
    assert "tidak dapat dihapus" in text and world.indicator_a.name in text


def test_protect_blocks_in_english_too(login, world):
    client = login("planner")
    client.cookies["django_language"] = "en"
    response = client.post(_url("decree", world, world.decree))
    assert response.status_code == 409
    assert "cannot be deleted" in response.content.decode()


def test_a_unit_with_sub_units_is_not_deleted(login, world):
    world.user("operator_a").roles.all().delete()
    response = login("planner").post(_url("unit", world, world.unit_a))
    assert response.status_code == 409
    assert Unit.objects.filter(pk=world.unit_a.pk).exists()


def test_a_unit_with_user_roles_is_not_deleted(login, world):
    response = login("planner").post(_url("unit", world, world.unit_b))
    assert response.status_code == 409 and response.context["problems"]
    assert Unit.objects.filter(pk=world.unit_b.pk).exists()
    assert world.user("operator_b").roles.exists()


def test_a_leaf_unit_is_deleted(login, world):
    assert login("planner").post(_url("unit", world, world.unit_a1)).status_code == 302
    assert not Unit.objects.filter(pk=world.unit_a1.pk).exists()


def test_it_checks_access(login, world):
    assert login("operator_b").post(_url("indicator", world, world.indicator_b)).status_code == 403
    assert login("operator_a").post(_url("indicator", world, world.indicator_b)).status_code == 404
    assert Indicator.objects.filter(pk=world.indicator_b.pk).exists()


def test_it_says_why_before_asking(login, world):
    response = login("planner").get(_url("decree", world, world.decree))
    assert response.status_code == 200 and response.context["problems"]
    assert "Ya, hapus" not in response.content.decode()

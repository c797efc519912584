from django.urls import reverse

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as


def url(user):
    return reverse("accounts:user_detail", args=[user.pk])


def test_it_works(login, world):
    response = login("admin").get(url(world.user("operator_a")))
    text = response.content.decode()
    assert response.status_code == 200
    assert world.unit_a.name in text and "Nonaktifkan" in text and "Beri peran" in text


def test_it_shows_the_history_of_the_account_and_its_roles(login, world):
    with acting_as(world.user("admin")):
        Role.objects.create(user=world.user("operator_a"), kind=Role.Kind.OPERATOR, unit=world.unit_a1)
    entries = login("admin").get(url(world.user("operator_a"))).context["entries"]
    assert {(e.content_type.model, e.action) for e in entries} == {("user", "create"), ("role", "create")}


def test_a_planner_sees_roles_but_not_account_actions(login, world):
    text = login("planner").get(url(world.user("operator_a"))).content.decode()
    assert "Beri peran" in text and "Cabut" in text
    assert "Nonaktifkan" not in text and "Atur ulang kata sandi" not in text


def test_it_checks_access(login, world):
    assert login("planner").get(url(world.user("planner_y"))).status_code == 404
    assert login("operator_a").get(url(world.user("operator_a"))).status_code == 404
    assert login("admin").get(url(world.user("nobody"))).status_code == 404

from django.urls import reverse

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as

URL = reverse("accounts:user_list")


def test_it_works(login, world):
    text = login("admin").get(URL).content.decode()
    for key in ("admin", "evaluator", "planner", "planner_y", "operator_a", "head_a"):
        assert f">{key}</a>" in text
    assert ">nobody</a>" not in text  # holds no role in the pemda, never did


def test_a_planner_sees_the_users_of_their_agency_only(login, world):
    response = login("planner").get(URL)
    names = {u.username for u in response.context["page"]}
    assert names == {"planner", "operator_a", "operator_b", "head", "head_a"}
    assert world.unit_y.name not in response.content.decode()


def test_it_shows_only_the_roles_in_the_callers_reach(login, world):
    Role.objects.create(user=world.user("operator_a"), kind=Role.Kind.OPERATOR, unit=world.unit_y)
    text = login("planner").get(URL).content.decode()
    assert world.unit_a.name in text and world.unit_y.name not in text
    assert world.unit_y.name in login("admin").get(URL).content.decode()


def test_it_searches(login, world):
    response = login("admin").get(URL, {"q": "operator"})
    assert {u.username for u in response.context["page"]} == {"operator_a", "operator_b"}


def test_it_keeps_a_user_whose_last_role_was_revoked(login, world):
    with acting_as(world.user("admin")):
        Role.objects.filter(user=world.user("operator_a")).delete()
    assert "operator_a" in {u.username for u in login("admin").get(URL).context["page"]}
    assert "operator_a" not in {u.username for u in login("planner").get(URL).context["page"]}


def test_the_header_links_to_it_for_managers_only(login, world):
    link = f'href="{URL}"'
    assert link in login("planner").get(reverse("accounts:profile")).content.decode()
    assert link not in login("operator_a").get(reverse("accounts:profile")).content.decode()


def test_it_checks_access(login, world):
    assert login("operator_a").get(URL).status_code == 403
    assert login("evaluator").get(URL).status_code == 403

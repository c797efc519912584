from django.urls import reverse

from kinerja.accounts.models import Role

from .helpers import entries_for, roles_of


def url(user):
    return reverse("accounts:role_grant", args=[user.pk])


def test_it_works(login, world):
    op = world.user("operator_a")
    before = len(entries_for(Role))
    response = login("planner").post(url(op), {"kind": "operator", "place": f"unit-{world.unit_a1.pk}"})
    assert response.status_code == 302
    assert ("operator", world.pemda.pk, world.agency.pk, world.unit_a1.pk) in roles_of(op)
    [entry] = entries_for(Role)[before:]
    assert entry.action == "create" and entry.actor_label == "planner"


def test_a_pemda_admin_grants_any_role_in_their_pemda(login, world):
    nobody_yet = world.user("head_a")
    client = login("admin")
    client.post(url(nobody_yet), {"kind": "planner", "place": f"pd-{world.other.pk}"})
    client.post(url(nobody_yet), {"kind": "evaluator", "place": f"pemda-{world.pemda.pk}"})
    assert {r[0] for r in roles_of(nobody_yet)} == {"head", "planner", "evaluator"}


def test_it_refuses_a_duplicate(login, world):
    op = world.user("operator_a")
    response = login("planner").post(url(op), {"kind": "operator", "place": f"unit-{world.unit_a.pk}"})
    assert response.status_code == 200 and "sudah memiliki peran" in response.content.decode()
    assert Role.objects.filter(user=op).count() == 1


def test_it_rejects_get(login, world):
    assert login("planner").get(url(world.user("operator_a"))).status_code == 405


def test_it_checks_access(login, world):
    op, before = world.user("operator_a"), len(entries_for(Role))
    roles = roles_of(op)
    # A planner grants neither planner nor pemda roles, and nothing outside their agency.
    for data in ({"kind": "planner", "place": f"pd-{world.agency.pk}"},
                 {"kind": "pemda_admin", "place": f"pemda-{world.pemda.pk}"},
                 {"kind": "head", "place": f"pd-{world.agency.pk}"},
                 {"kind": "operator", "place": f"unit-{world.unit_y.pk}"}):
        response = login("planner").post(url(op), data)
        assert response.status_code == 200 and response.context["grant_form"].errors, data
    # A planner of agency Y cannot reach agency X's users at all.
    response = login("planner_y").post(url(op), {"kind": "operator", "place": f"unit-{world.unit_y.pk}"})
    assert response.status_code == 404
    assert login("operator_b").post(url(op), {"kind": "operator", "place": f"unit-{world.unit_b.pk}"}).status_code == 404
    assert roles_of(op) == roles and len(entries_for(Role)) == before

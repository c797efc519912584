from django.urls import reverse

from kinerja.accounts.models import Role

from web.factories import make_pemda

from .helpers import entries_for


def url(role):
    return reverse("accounts:role_revoke", args=[role.user_id, role.pk])


def test_it_works(login, world):
    role = Role.objects.get(user=world.user("operator_b"))
    before = len(entries_for(Role))
    response = login("planner").post(url(role))
    # operator_b held no other role in X: the planner goes back to the list.
    assert response.status_code == 302 and response["Location"] == reverse("accounts:user_list")
    assert not Role.objects.filter(pk=role.pk).exists()
    [entry] = entries_for(Role)[before:]
    assert entry.action == "delete" and entry.actor_label == "planner"


def test_an_admin_cannot_revoke_their_own_last_admin_role(login, world):
    role = Role.objects.get(user=world.user("admin"))
    response = login("admin").post(url(role), follow=True)
    assert Role.objects.filter(pk=role.pk).exists()
    assert "peran admin terakhir" in response.content.decode()


def test_an_admin_with_two_admin_roles_may_drop_one(login, world):
    admin = world.user("admin")
    extra = Role.objects.create(user=admin, kind=Role.Kind.PEMDA_ADMIN, pemda=make_pemda("Kota Lain"))
    login("admin").post(url(extra))
    assert not Role.objects.filter(pk=extra.pk).exists()


def test_it_rejects_get(login, world):
    assert login("planner").get(url(Role.objects.get(user=world.user("operator_b")))).status_code == 405


def test_it_checks_access(login, world):
    before = len(entries_for(Role))
    head = Role.objects.get(user=world.user("head"))        # agency-level head: not a planner's to revoke
    planner_y = Role.objects.get(user=world.user("planner_y"))
    planner = Role.objects.get(user=world.user("planner"))
    assert login("planner").post(url(head)).status_code == 403
    assert login("planner").post(url(planner)).status_code == 403   # not even their own planner role
    assert login("planner").post(url(planner_y)).status_code == 404
    assert login("operator_a").post(url(Role.objects.get(user=world.user("operator_b")))).status_code == 404
    # A role id of another user, under this user's URL, is not found.
    wrong = reverse("accounts:role_revoke", args=[world.user("operator_a").pk, head.pk])
    assert login("admin").post(wrong).status_code == 404
    assert Role.objects.filter(pk__in=[head.pk, planner_y.pk, planner.pk]).count() == 3
    assert len(entries_for(Role)) == before

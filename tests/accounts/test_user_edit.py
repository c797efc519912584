from django.urls import reverse

from .helpers import user_entries


def url(user):
    return reverse("accounts:user_edit", args=[user.pk])


def test_it_works(login, world):
    op = world.user("operator_a")
    client = login("admin")
    assert client.get(url(op)).status_code == 200
    before = len(user_entries())
    response = client.post(url(op), {"username": "operator_a", "full_name": "Budi Santoso",
                                     "email": "budi@example.org"})
    assert response.status_code == 302
    op.refresh_from_db()
    assert op.get_full_name() == "Budi Santoso" and op.email == "budi@example.org"
    [entry] = user_entries()[before:]
    assert entry.actor_label == "admin" and entry.after["first_name"] == "Budi Santoso"


def test_it_refuses_an_invalid_email(login, world):
    response = login("admin").post(url(world.user("operator_a")),
                                   {"username": "operator_a", "full_name": "Budi", "email": "bukan-surel"})
    assert response.status_code == 200 and "email" in response.context["form"].errors


def test_it_checks_access(login, world):
    op = world.user("operator_a")
    data = {"username": "diubah", "full_name": "Diubah", "email": ""}
    assert login("planner").post(url(op), data).status_code == 403
    assert login("planner_y").post(url(op), data).status_code == 404
    op.refresh_from_db()
    assert op.username == "operator_a"


def test_a_pemda_admin_cannot_change_a_superuser(login, world):
    op = world.user("operator_a")
    op.is_superuser = True
    op.save()
    assert login("admin").get(url(op)).status_code == 403

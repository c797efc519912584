import pytest
from django.urls import reverse

from .helpers import user_entries


def test_it_works(login, world):
    op = world.user("operator_a")
    client = login("admin")
    before = len(user_entries())
    assert client.post(reverse("accounts:user_deactivate", args=[op.pk])).status_code == 302
    op.refresh_from_db()
    assert not op.is_active
    [entry] = user_entries()[before:]
    assert entry.actor_label == "admin" and entry.changed_fields() == [("is_active", True, False)]
    assert client.post(reverse("accounts:user_reactivate", args=[op.pk])).status_code == 302
    op.refresh_from_db()
    assert op.is_active


def test_a_deactivated_user_can_no_longer_sign_in(client, login, world):
    op = world.user("operator_a")
    op.set_password("sandi-operator-2024")
    op.save()
    login("admin").post(reverse("accounts:user_deactivate", args=[op.pk]))
    client.logout()
    response = client.post(reverse("accounts:login"), {"username": "operator_a", "password": "sandi-operator-2024"})
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_it_keeps_the_user_and_their_roles(login, world):
    op = world.user("operator_a")
    login("admin").post(reverse("accounts:user_deactivate", args=[op.pk]))
    assert op.roles.count() == 1


def test_an_admin_cannot_deactivate_themselves(login, world):
    admin = world.user("admin")
    response = login("admin").post(reverse("accounts:user_deactivate", args=[admin.pk]), follow=True)
    admin.refresh_from_db()
    assert admin.is_active and "akun Anda sendiri" in response.content.decode()


@pytest.mark.parametrize("name", ["accounts:user_deactivate", "accounts:user_reactivate"])
def test_it_rejects_get(login, world, name):
    assert login("admin").get(reverse(name, args=[world.user("operator_a").pk])).status_code == 405


def test_it_checks_access(login, world):
    op = world.user("operator_a")
    before = len(user_entries())
    assert login("planner").post(reverse("accounts:user_deactivate", args=[op.pk])).status_code == 403
    assert login("operator_b").post(reverse("accounts:user_deactivate", args=[op.pk])).status_code == 404
    op.refresh_from_db()
    assert op.is_active and len(user_entries()) == before

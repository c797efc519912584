from django.urls import reverse

from .helpers import account_events, user_entries


def test_it_works(login, world):
    op = world.user("operator_a")
    client = login("admin")
    before, changes = len(account_events(op)), len(user_entries())
    response = client.post(reverse("accounts:user_password_reset", args=[op.pk]))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    op.refresh_from_db()
    assert op.check_password(response.context["password"])
    [entry] = account_events(op)[before:]
    assert (entry.action, entry.actor_label, entry.reason) == ("event", "admin", "Kata sandi diatur ulang")
    assert op.password not in str(entry.after) and len(user_entries()) == changes


def test_it_refuses_the_callers_own_account(login, world):
    admin = world.user("admin")
    password = admin.password
    response = login("admin").post(reverse("accounts:user_password_reset", args=[admin.pk]))
    admin.refresh_from_db()
    assert response.status_code == 302 and admin.password == password


def test_it_rejects_get(login, world):
    assert login("admin").get(reverse("accounts:user_password_reset", args=[world.user("head").pk])).status_code == 405


def test_it_checks_access(login, world):
    op = world.user("operator_a")
    password = op.password
    assert login("planner").post(reverse("accounts:user_password_reset", args=[op.pk])).status_code == 403
    op.refresh_from_db()
    assert op.password == password

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import reverse

from kinerja.accounts.models import Role

from web.factories import make_pemda

from .helpers import account_events


def _lock(client, settings, username):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:login"), {"username": username, "password": "salah"})


def test_it_works(client, login, world, settings):
    op = world.user("operator_a")
    op.set_password("sandi-operator-2024")
    op.save()
    _lock(client, settings, "operator_a")
    admin_client = login("admin")
    page = admin_client.get(reverse("accounts:user_detail", args=[op.pk]))
    assert page.context["is_locked"]
    before = len(account_events(op))
    # A reason is required: without one nothing is unlocked.
    admin_client.post(reverse("accounts:user_unlock", args=[op.pk]), {"reason": "  "})
    assert AccessAttempt.objects.filter(username="operator_a").exists() and len(account_events(op)) == before
    response = admin_client.post(reverse("accounts:user_unlock", args=[op.pk]), {"reason": "Ditelepon, benar pemiliknya"})
    assert response.status_code == 302
    [entry] = account_events(op)[before:]
    assert (entry.action, entry.actor_label) == ("event", "admin")
    assert entry.reason == "Kunci masuk dibuka: Ditelepon, benar pemiliknya"
    admin_client.logout()
    response = client.post(reverse("accounts:login"), {"username": "operator_a", "password": "sandi-operator-2024"})
    assert response.status_code == 302


def test_it_says_when_there_is_nothing_to_unlock(login, world):
    head = world.user("head")
    client = login("admin")
    before = len(account_events(head))
    response = client.post(reverse("accounts:user_unlock", args=[head.pk]), {"reason": "uji"}, follow=True)
    assert "tidak sedang terkunci" in response.content.decode() and len(account_events(head)) == before


def test_it_rejects_get(login, world):
    assert login("admin").get(reverse("accounts:user_unlock", args=[world.user("head").pk])).status_code == 405


def test_it_checks_access(client, login, world, settings):
    _lock(client, settings, "operator_a")
    assert login("planner").post(reverse("accounts:user_unlock", args=[world.user("operator_a").pk])).status_code == 403
    assert AccessAttempt.objects.filter(username="operator_a").exists()
    # A user who also works in another pemda is unlocked by someone who administers both.
    other = get_user_model().objects.create_user("ganda")
    Role.objects.create(user=other, kind=Role.Kind.OPERATOR, unit=world.unit_a)
    Role.objects.create(user=other, kind=Role.Kind.EVALUATOR, pemda=make_pemda("Kota Lain"))
    assert login("admin").post(reverse("accounts:user_unlock", args=[other.pk])).status_code == 403

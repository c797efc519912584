import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse


@pytest.fixture
def alice(db):
    return get_user_model().objects.create_user("alice", password="rahasia-sekali-123")


def test_it_shows_the_form(client, db):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200 and 'name="password"' in response.content.decode()


def test_it_works(client, alice):
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": "rahasia-sekali-123"})
    assert response.status_code == 302 and response["Location"] == reverse("catalog:home")


def test_passwords_are_hashed_with_argon2(alice):
    assert alice.password.startswith("argon2")


def test_it_refuses_a_wrong_password(client, alice):
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": "salah"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_logout_rejects_get(client, alice):
    client.force_login(alice)
    assert client.get(reverse("accounts:logout")).status_code == 405


def test_logout_works(client, alice):
    client.force_login(alice)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302 and "_auth_user_id" not in client.session


def _sign_ins(user):
    from kinerja.audit.models import SignIn

    return list(SignIn.objects.filter(user=user).order_by("pk"))


def test_signing_in_and_out_is_recorded_with_the_client(client, alice):
    from kinerja.audit.models import AuditEntry

    before = AuditEntry.objects.count()
    client.post(reverse("accounts:login"), {"username": "alice", "password": "rahasia-sekali-123"},
                REMOTE_ADDR="10.1.2.3", HTTP_USER_AGENT="Firefox/128")
    client.post(reverse("accounts:logout"))
    login, logout = _sign_ins(alice)
    assert (login.kind, login.username, login.client, login.browser) == ("login", "alice", "10.1.2.3", "Firefox/128")
    assert logout.kind == "logout"
    assert AuditEntry.objects.count() == before  # no data changed


def test_a_failed_sign_in_is_recorded_without_the_password(client, alice):
    client.post(reverse("accounts:login"), {"username": "alice", "password": "tebakan-jahat"})
    [entry] = _sign_ins(alice)
    assert entry.kind == "failed" and "tebakan-jahat" not in f"{entry.reason}{entry.browser}{entry.username}"


def test_the_account_page_shows_the_sign_in_history_to_its_admin(client, db):
    from web.factories import build_world

    world = build_world()
    op = world.user("operator_a")
    op.set_password("sandi-operator-2024")
    op.save()
    client.post(reverse("accounts:login"), {"username": "operator_a", "password": "sandi-operator-2024"},
                REMOTE_ADDR="10.7.7.7")
    client.force_login(world.user("admin"))
    page = client.get(reverse("accounts:user_detail", args=[op.pk])).content.decode()
    assert "Riwayat masuk" in page and "10.7.7.7" in page
    # A planner sees the account, not where its owner signs in from.
    client.force_login(world.user("planner"))
    page = client.get(reverse("accounts:user_detail", args=[op.pk])).content.decode()
    assert "10.7.7.7" not in page

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

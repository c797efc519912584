import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse


@pytest.fixture
def alice(db):
    return get_user_model().objects.create_user("alice", password="rahasia-sekali-123")


def _fail(client, times):
    response = None
    for _ in range(times):
        response = client.post(reverse("accounts:login"), {"username": "alice", "password": "salah"})
    return response


def test_it_locks_after_repeated_failures(client, alice, settings):
    response = _fail(client, settings.AXES_FAILURE_LIMIT)
    assert response.status_code == 429
    assert "Akun dikunci sementara" in response.content.decode()
    # Even the right password is refused while the lock holds.
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": "rahasia-sekali-123"})
    assert response.status_code == 429 and "_auth_user_id" not in client.session


def test_the_locked_out_page_speaks_english(client, alice, settings):
    client.cookies["django_language"] = "en"
    response = _fail(client, settings.AXES_FAILURE_LIMIT)
    text = response.content.decode()
    assert "Account temporarily locked" in text and "15 minutes" in text


def test_it_does_not_lock_other_users(client, alice, settings):
    get_user_model().objects.create_user("budi", password="rahasia-sekali-456")
    _fail(client, settings.AXES_FAILURE_LIMIT)
    response = client.post(reverse("accounts:login"), {"username": "budi", "password": "rahasia-sekali-456"})
    assert response.status_code == 302

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse


@pytest.fixture
def alice(db):
    return get_user_model().objects.create_user("alice", password="rahasia-sekali-123")


def test_it_works(client, alice):
    client.force_login(alice)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": "rahasia-sekali-123", "new_password1": "kata-sandi-baru-9", "new_password2": "kata-sandi-baru-9"})
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("kata-sandi-baru-9")
    assert "_auth_user_id" in client.session  # still signed in


def test_it_validates(client, alice):
    client.force_login(alice)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": "salah", "new_password1": "pendek", "new_password2": "pendek"})
    assert response.status_code == 200 and response.context["form"].errors
    alice.refresh_from_db()
    assert alice.check_password("rahasia-sekali-123")


def test_it_checks_access(client, db):
    assert client.get(reverse("accounts:password_change")).status_code == 302

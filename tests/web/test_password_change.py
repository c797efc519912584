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


def test_it_is_audited_without_the_hash(client, alice):
    from kinerja.audit.models import AuditEntry

    client.force_login(alice)
    client.post(reverse("accounts:password_change"), {
        "old_password": "rahasia-sekali-123", "new_password1": "kata-sandi-baru-9", "new_password2": "kata-sandi-baru-9"})
    alice.refresh_from_db()
    [entry] = AuditEntry.objects.filter(object_id=str(alice.pk), action="event")
    assert entry.actor_id == alice.pk and entry.reason == "Kata sandi diganti oleh pemiliknya"
    assert alice.password not in str(entry.after)


@pytest.mark.parametrize("weak", ["alice12345", "1234567890", "tanahmerah", "Bismillah123"])
def test_it_refuses_weak_passwords(client, alice, weak):
    from web.factories import make_pemda

    make_pemda("Kabupaten Tanah Merah")
    client.force_login(alice)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": "rahasia-sekali-123", "new_password1": weak, "new_password2": weak})
    assert response.status_code == 200 and response.context["form"].errors["new_password2"]
    alice.refresh_from_db()
    assert alice.check_password("rahasia-sekali-123")

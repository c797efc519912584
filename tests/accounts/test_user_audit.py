"""Users are audited like catalog rows, but the password hash and sign-in times never reach a snapshot."""
from django.contrib.auth import get_user_model
from django.urls import reverse

from kinerja.audit.context import acting_as

from .helpers import account_events, user_entries


def test_a_password_change_writes_no_hash(client, db):
    user = get_user_model().objects.create_user("alice", password="rahasia-sekali-123")
    user.set_password("rahasia-lain-456")
    user.save()
    for entry in user_entries():
        assert "password" not in (entry.before or {}) and "password" not in (entry.after or {})
        assert user.password not in str(entry.after)


def test_signing_in_writes_no_audit_entry(client, db):
    get_user_model().objects.create_user("alice", password="rahasia-sekali-123")
    before = len(user_entries())
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": "rahasia-sekali-123"})
    # last_login changed, but it is kept out of snapshots; the sign-in is recorded apart (audit.SignIn).
    assert response.status_code == 302 and len(user_entries()) == before and not account_events()


def test_a_change_is_attributed(db):
    user = get_user_model().objects.create_user("alice")
    with acting_as(label="uji"):
        user.email = "alice@example.org"
        user.save()
    entry = user_entries()[-1]
    assert (entry.action, entry.actor_label, entry.changed_fields()) == ("update", "uji", [
        ("email", "", "alice@example.org")])

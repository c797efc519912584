"""Tokens: made once, stored as a hash, checked in constant shape, expiring and revocable."""
from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.api.models import ApiToken
from kinerja.api.tokens import MAX_DAYS, TokenError, TokenRefused, check_token, issue_token, revoke_token

from .helpers import API, bearer


def test_a_token_is_stored_only_as_its_hash(world):
    token, raw = issue_token(world.user("planner"), name="portal")
    assert raw.startswith(token.prefix + "_") and len(raw) == len(token.prefix) + 1 + 43
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert raw not in {str(v) for v in stored.values()}


def test_check_finds_the_token_and_its_user(world):
    token, raw = issue_token(world.user("operator_a"), name="x")
    assert check_token(raw) == token and check_token(raw).user == world.user("operator_a")


def test_a_changed_secret_is_refused(world):
    _, raw = issue_token(world.user("planner"), name="x")
    wrong = raw[:-1] + ("A" if raw[-1] != "A" else "B")
    with pytest.raises(TokenRefused):
        check_token(wrong)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_anything_else_is_refused_with_a_bilingual_message(db, text):
    with pytest.raises(TokenRefused) as caught:
        check_token(text)
    assert caught.value.message_id and caught.value.message_en


def test_an_expired_token_is_refused(client, world):
    token, raw = issue_token(world.user("planner"), name="x", days=1)
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(f"{API}/units/", **bearer(raw))
    assert response.status_code == 401
    assert "kedaluwarsa" in response.json()["message"]["id"] and "expired" in response.json()["message"]["en"]


def test_a_revoked_token_is_refused_at_once(client, world):
    token, raw = issue_token(world.user("planner"), name="x")
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 200
    assert revoke_token(token, by=world.user("planner"))
    assert not revoke_token(token)
    response = client.get(f"{API}/units/", **bearer(raw))
    assert response.status_code == 401 and "revoked" in response.json()["message"]["en"]


def test_a_deactivated_owner_takes_the_token_down(client, world):
    user = world.user("operator_a")
    _, raw = issue_token(user, name="x")
    user.is_active = False
    user.save()
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 401


def test_an_invalid_token_wins_over_a_session(client, world):
    """A script with a bad token must hear so, even from a browser that is signed in."""
    client.force_login(world.user("planner"))
    response = client.get(f"{API}/units/", HTTP_AUTHORIZATION="Bearer knj_00000000_nope")
    assert response.status_code == 401


@pytest.mark.parametrize("days", [0, -1, MAX_DAYS + 1])
def test_validity_is_bounded(world, days):
    with pytest.raises(TokenError):
        issue_token(world.user("planner"), name="x", days=days)


@pytest.mark.parametrize("name", ["", "   ", "x" * 121, "a\x00b"])
def test_a_token_needs_a_purpose(world, name):
    with pytest.raises(TokenError):
        issue_token(world.user("planner"), name=name)


def test_inactive_users_get_no_token(world):
    user = world.user("head")
    user.is_active = False
    user.save()
    with pytest.raises(TokenError):
        issue_token(user, name="x")


def test_making_and_revoking_are_audited_without_the_hash(world):
    from kinerja.audit.models import AuditEntry
    from kinerja.audit.recorder import history_for

    token, raw = issue_token(world.user("planner"), name="portal")
    revoke_token(token, by=world.user("planner"))
    entries = list(history_for(token).order_by("at", "pk"))
    assert [e.action for e in entries] == [AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE]
    for entry in entries:
        assert "key_hash" not in (entry.after or {}) and token.key_hash not in str(entry.after)
    assert entries[1].changed_fields()[0][0] in ("revoked_at", "revoked_by")

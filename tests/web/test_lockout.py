"""Lockout protects an account without handing anyone a way to lock others out.

A lock holds one username from one client (address): failures from another office's address, or at
someone else's username, leave the real user's client free; a refused attempt during the lock, the
right password included, does not restart the cool-off; every failure is logged.
"""
from datetime import timedelta

import pytest
from axes.models import AccessFailureLog
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from kinerja.audit.models import AuditEntry, SignIn

PASSWORD = "rahasia-sekali-123"


@pytest.fixture
def alice(db):
    return get_user_model().objects.create_user("alice", password=PASSWORD)


def _post(client, password, *, username="alice", ip="10.0.0.1"):
    return client.post(reverse("accounts:login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def _fail(client, times, **kw):
    response = None
    for _ in range(times):
        response = _post(client, "salah", **kw)
    return response


def test_it_locks_after_repeated_failures(client, alice, settings):
    response = _fail(client, settings.AXES_FAILURE_LIMIT)
    assert response.status_code == 429
    assert "Akun dikunci sementara" in response.content.decode()
    # Even the right password is refused while the lock holds, from that client.
    response = _post(client, PASSWORD)
    assert response.status_code == 429 and "_auth_user_id" not in client.session


def test_the_locked_out_page_speaks_english(client, alice, settings):
    client.cookies["django_language"] = "en"
    response = _fail(client, settings.AXES_FAILURE_LIMIT)
    text = response.content.decode()
    assert "Account temporarily locked" in text and "15 minutes" in text


def test_it_does_not_lock_other_users(client, alice, settings):
    get_user_model().objects.create_user("budi", password="rahasia-sekali-456")
    _fail(client, settings.AXES_FAILURE_LIMIT)
    response = _post(client, "rahasia-sekali-456", username="budi")
    assert response.status_code == 302


def test_failures_from_another_client_do_not_lock_the_owner_out(client, alice, settings):
    _fail(client, settings.AXES_FAILURE_LIMIT * 3, ip="203.0.113.9")
    response = _post(client, PASSWORD, ip="10.0.0.1")
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_an_office_behind_one_address_is_not_locked_out_by_one_person(client, alice, settings):
    """Everyone of an agency shares its NAT address: one colleague's failures lock only that username."""
    get_user_model().objects.create_user("budi", password="rahasia-sekali-456")
    _fail(client, settings.AXES_FAILURE_LIMIT, username="alice", ip="10.9.9.9")
    assert _post(client, "rahasia-sekali-456", username="budi", ip="10.9.9.9").status_code == 302


def test_the_right_password_during_the_lock_does_not_restart_the_cool_off(client, alice, settings):
    from axes.models import AccessAttempt

    _fail(client, settings.AXES_FAILURE_LIMIT)
    attempt = AccessAttempt.objects.get(username="alice")
    started = timezone.now() - timedelta(minutes=14)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=started)
    # The owner and an attacker keep trying during the lock: neither pushes the end of the lock.
    assert _post(client, PASSWORD).status_code == 429
    assert _post(client, "salah").status_code == 429
    attempt.refresh_from_db()
    assert attempt.attempt_time == started
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert _post(client, PASSWORD).status_code == 302


def test_unknown_usernames_lock_only_the_client_that_tries_them(client, alice, settings):
    _fail(client, settings.AXES_FAILURE_LIMIT, username="tidak-ada", ip="203.0.113.9")
    assert _post(client, "salah", username="tidak-ada", ip="203.0.113.9").status_code == 429
    assert _post(client, PASSWORD, ip="203.0.113.9").status_code == 302  # alice from that address is not locked


def test_every_failure_is_logged_and_recorded(client, alice, settings):
    before = AuditEntry.objects.count()
    _fail(client, 2)
    _fail(client, 1, username="hantu")
    assert AccessFailureLog.objects.filter(username="alice").count() == 2
    failed = SignIn.objects.filter(kind="failed").order_by("pk")
    assert [(e.username, e.user_id, e.client) for e in failed] == [
        ("alice", alice.pk, "10.0.0.1"), ("alice", alice.pk, "10.0.0.1"), ("hantu", None, "10.0.0.1")]
    assert AuditEntry.objects.count() == before  # a sign-in attempt changes no data


def test_refusals_during_the_lock_are_recorded_as_such(client, alice, settings):
    _fail(client, settings.AXES_FAILURE_LIMIT)
    _post(client, PASSWORD)
    last = SignIn.objects.order_by("pk").last()
    assert (last.kind, last.reason) == ("failed", "Ditolak: akun sedang terkunci untuk klien ini")


@hsettings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attacker=st.ip_addresses(v=4).map(str).filter(lambda ip: ip != "10.0.0.1"),
       tries=st.integers(min_value=1, max_value=12))
def test_no_number_of_failures_from_elsewhere_locks_the_owner(client, alice, settings, attacker, tries):
    from axes.models import AccessAttempt

    AccessAttempt.objects.all().delete()
    _fail(client, tries, ip=attacker)
    assert _post(client, PASSWORD, ip="10.0.0.1").status_code == 302
    client.logout()

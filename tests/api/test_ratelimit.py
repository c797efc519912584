"""Per-token rate limit: a fixed window counted in the token's row, so every server process shares it."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.api.models import ApiToken
from kinerja.api.ratelimit import WINDOW, take, window_of
from kinerja.api.tokens import issue_token

from .helpers import API, bearer


@override_settings(KINERJA_API_RATE_PER_MINUTE=3)
def test_the_fourth_request_in_a_minute_waits(client, world):
    token, raw = issue_token(world.user("planner"), name="x")
    for _ in range(3):
        assert client.get(f"{API}/units/", **bearer(raw)).status_code == 200
    response = client.get(f"{API}/units/", **bearer(raw))
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    body = response.json()
    assert body["code"] == "rate_limited" and body["message"]["id"] and body["message"]["en"]
    # Per token: the same user's other token, and their browser session, are not held back.
    _, other = issue_token(world.user("planner"), name="y")
    assert client.get(f"{API}/units/", **bearer(other)).status_code == 200
    client.force_login(world.user("planner"))
    assert client.get(f"{API}/units/").status_code == 200
    token.refresh_from_db()
    assert token.window_count == 3 and token.last_used_at is not None


def test_a_new_window_starts_counting_again(world):
    token, _ = issue_token(world.user("planner"), name="x")
    now = timezone.now()
    assert take(token.pk, limit=1, now=now) is None
    wait = take(token.pk, limit=1, now=now)
    assert wait is not None and 0 < wait <= WINDOW.total_seconds()
    assert take(token.pk, limit=1, now=window_of(now) + WINDOW) is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 6), calls=st.integers(0, 12), second=st.integers(0, 59))
def test_exactly_the_limit_passes_in_a_window(world, limit, calls, second):
    token, _ = issue_token(world.user("planner"), name="x")
    start = window_of(timezone.now()) + timedelta(hours=1)
    allowed = sum(take(token.pk, limit=limit, now=start + timedelta(seconds=second)) is None for _ in range(calls))
    assert allowed == min(calls, limit)
    assert ApiToken.objects.get(pk=token.pk).window_count == min(calls, limit)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_never_pass_the_limit():
    """Six threads with their own database connections stand in for six server processes."""
    from web.factories import build_world

    world = build_world()
    token, _ = issue_token(world.user("planner"), name="x")
    now = timezone.now()
    results: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            mine = [take(token.pk, limit=25, now=now) is None for _ in range(10)]
            with lock:
                results.extend(mine)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 60 and sum(results) == 25

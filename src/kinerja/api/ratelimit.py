"""Requests per token per minute: a fixed window counted in the token's own database row.

Django's default cache lives in each server process, so a limit kept there would be multiplied by
the number of processes. The database is shared by all of them, and each step below is one UPDATE,
atomic on SQLite and PostgreSQL alike, so concurrent requests never count past the limit. The same
statement records when the token was last used: one write per request.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from ninja.throttling import BaseThrottle

from kinerja.api.models import ApiToken

WINDOW = timedelta(minutes=1)
DEFAULT_PER_MINUTE = 300


def per_minute() -> int:
    return int(getattr(settings, "KINERJA_API_RATE_PER_MINUTE", DEFAULT_PER_MINUTE))


def window_of(now: datetime) -> datetime:
    seconds = int(WINDOW.total_seconds())
    return datetime.fromtimestamp(int(now.timestamp()) // seconds * seconds, tz=now.tzinfo)


def take(token_id: int, *, limit: int, now: datetime | None = None) -> float | None:
    """Count one request of token ``token_id``: None if allowed, else the seconds until it may retry."""
    now = now or timezone.now()
    start = window_of(now)
    this_window = ApiToken.objects.filter(pk=token_id, window_start=start, window_count__lt=limit)
    if this_window.update(window_count=F("window_count") + 1, last_used_at=now):
        return None
    # A new window: the first request resets the count. Two processes may race here; the loser's
    # UPDATE matches no row and it counts in the window the winner opened.
    if ApiToken.objects.filter(pk=token_id).exclude(window_start=start).update(
            window_start=start, window_count=1, last_used_at=now):
        return None
    if this_window.update(window_count=F("window_count") + 1, last_used_at=now):
        return None
    return max((start + WINDOW - now).total_seconds(), 1.0)


class TokenRateThrottle(BaseThrottle):
    """ninja's throttle hook over :func:`take`; requests signed in by session are not counted here."""

    def __init__(self) -> None:
        # One throttle serves every thread of the process; ``wait`` follows ``allow_request`` in the
        # same thread, so the answer is kept per thread.
        self._local = threading.local()

    def allow_request(self, request: HttpRequest) -> bool:
        token = getattr(request, "api_token", None)
        self._local.wait = None if token is None else take(token.pk, limit=per_minute())
        return self._local.wait is None

    def wait(self) -> float | None:
        return getattr(self._local, "wait", None)

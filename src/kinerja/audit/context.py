"""Who is acting now. Set per request by the middleware, and by ``acting_as`` for commands and tests."""
from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    label: str
    reason: str = ""


SYSTEM = Actor(None, "sistem")
_current: contextvars.ContextVar[Actor] = contextvars.ContextVar("kinerja_actor", default=SYSTEM)


def current_actor() -> Actor:
    return _current.get()


@contextmanager
def acting_as(user=None, *, label: str | None = None, reason: str = "") -> Iterator[Actor]:
    """Attribute every audited change inside the block to ``user`` (or a label such as "cli")."""
    actor = Actor(getattr(user, "pk", None), label or getattr(user, "username", None) or SYSTEM.label, reason)
    token = _current.set(actor)
    try:
        yield actor
    finally:
        _current.reset(token)


@contextmanager
def with_reason(reason: str) -> Iterator[None]:
    """Attach a reason (e.g. a correction after locking) to the changes made inside the block."""
    actor = current_actor()
    token = _current.set(Actor(actor.user_id, actor.label, reason))
    try:
        yield
    finally:
        _current.reset(token)

"""Who is calling: a token (``Authorization: Bearer knj_…``) or the signed-in browser session.

A token stands for its user: ``request.user`` becomes the token's owner, so every access check asks
the same :class:`~kinerja.accounts.access.Scope` the web pages ask. Changes made through a token are
attributed in the audit trail to the owner *and* the token (``"operator1 · token knj_1a2b3c4d"``).
The session is for the browsable reference page; its writes need the CSRF token, as forms do.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from kinerja.api.errors import ReadOnlyToken
from kinerja.api.models import ApiToken
from kinerja.api.tokens import check_token
from kinerja.audit.context import acting_as

# AuditEntry.actor_label holds 150 characters; the token part needs 21 of them.
_LABEL_ROOM = 125


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        found = check_token(token)  # TokenRefused (401, saying why) for anything else
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        return found


def actor_label(token: ApiToken) -> str:
    return f"{token.user.username[:_LABEL_ROOM]} · token {token.prefix}"


def attributed(view: Callable[..., Any]) -> Callable[..., Any]:
    """Run an operation as its token's owner, labelled with the token, for the audit trail.

    Session requests are attributed by the ActorMiddleware already.
    """
    @wraps(view)
    def run(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        token = getattr(request, "api_token", None)
        if token is None:
            return view(request, *args, **kwargs)
        with acting_as(token.user, label=actor_label(token)):
            return view(request, *args, **kwargs)
    return run


def require_write(request: HttpRequest) -> None:
    """Refuse a change asked with a read-only token (the Scope still decides whether the user may)."""
    token = getattr(request, "api_token", None)
    if token is not None and not token.can_write:
        raise ReadOnlyToken(f"Token {token.prefix} hanya untuk membaca; buat token dengan izin mengubah data.",
                            f"Token {token.prefix} is read-only; make a token that may change data.")


AUTH = [TokenAuth(), SessionAuth(csrf=True)]

"""Making, checking and revoking API tokens.

A token reads ``knj_<8 hex>_<43 url-safe characters>``. The first part is its prefix: unique, stored
in clear, shown on screens and in the audit trail. The whole token is stored as a SHA-256 hash only,
so it is shown once, when it is made, and cannot be recovered later (only revoked and replaced).
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from kinerja.api.models import ApiToken
from kinerja.errors import KinerjaError

MAX_DAYS = 365
DEFAULT_DAYS = 90
NAME_MAX = 120
_SHAPE = re.compile(r"^(knj_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$")


class TokenError(KinerjaError):
    """A token that cannot be made or changed as asked."""


class TokenRefused(KinerjaError):
    """A request whose token is unknown, revoked or expired (HTTP 401)."""


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_token(user, *, name: str, can_write: bool = False, days: int = DEFAULT_DAYS,
                created_by=None) -> tuple[ApiToken, str]:
    """A new token for ``user`` and its clear text, which exists only in the return value."""
    name = (name or "").strip()
    if not name or len(name) > NAME_MAX or "\x00" in name:
        raise TokenError(f"Keperluan token wajib diisi, paling banyak {NAME_MAX} karakter.",
                         f"The token's purpose is required, at most {NAME_MAX} characters.")
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise TokenError(f"Masa berlaku token harus 1–{MAX_DAYS} hari.",
                         f"A token must be valid for 1–{MAX_DAYS} days.")
    if not user.is_active:
        raise TokenError("Pengguna ini tidak aktif.", "This user is inactive.")
    for _attempt in range(5):
        prefix = f"knj_{secrets.token_hex(4)}"
        raw = f"{prefix}_{secrets.token_urlsafe(32)}"
        try:
            with transaction.atomic():
                token = ApiToken.objects.create(
                    user=user, name=name, prefix=prefix, key_hash=_digest(raw), can_write=bool(can_write),
                    created_by=created_by, expires_at=timezone.now() + timedelta(days=days))
        except IntegrityError:  # a prefix collision: one in four billion, so try another
            continue
        return token, raw
    raise TokenError("Token tidak dapat dibuat; coba lagi.", "The token could not be made; try again.")


def check_token(raw: str) -> ApiToken:
    """The active token ``raw`` stands for, with its user; :class:`TokenRefused` saying why if none."""
    match = _SHAPE.match(raw or "")
    token = None
    if match:
        token = ApiToken.objects.select_related("user").filter(prefix=match.group(1)).first()
    # Compared even when nothing was found, so an unknown prefix takes as long as a wrong secret.
    expected = token.key_hash if token is not None else _digest("")
    if not hmac.compare_digest(expected, _digest(raw or "")) or token is None:
        raise TokenRefused("Token tidak dikenal.", "Unknown token.")
    if token.is_revoked:
        raise TokenRefused(f"Token {token.prefix} sudah dicabut.", f"Token {token.prefix} has been revoked.")
    if token.is_expired:
        raise TokenRefused(f"Token {token.prefix} sudah kedaluwarsa.", f"Token {token.prefix} has expired.")
    if not token.user.is_active:
        raise TokenRefused("Pemilik token ini tidak aktif.", "The owner of this token is inactive.")
    return token


def revoke_token(token: ApiToken, *, by=None) -> bool:
    """Revoke ``token`` (recorded in the audit trail); False if it already was."""
    if token.is_revoked:
        return False
    token.revoked_at = timezone.now()
    token.revoked_by = by
    token.save(update_fields=["revoked_at", "revoked_by"])
    return True

"""Every sign-in, sign-out and failed sign-in leaves an audit entry on the account.

The entry's ``after`` says from which client (address, browser); a failure at a username nobody has
is kept too, under the typed name, so an admin can see someone trying names. django-axes keeps its own
failure log (AccessFailureLog) for the lockout; these entries are what the user pages show.
"""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_noop

from kinerja.audit.context import current_actor
from kinerja.audit.models import AuditEntry

# Reasons are stored as their Indonesian source text and translated where they are shown.
LOCKED_REASON = gettext_noop("Ditolak: akun sedang terkunci untuk klien ini")


def client_of(request) -> dict[str, str]:
    if request is None:
        return {}
    address = getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR", "")
    return {"client": str(address)[:64], "browser": request.META.get("HTTP_USER_AGENT", "")[:200]}


def record_account_event(user, action: str, *, request=None, reason: str = "", by=None,
                         username: str | None = None) -> AuditEntry:
    """An audit entry for something done to or by an account that changes none of its fields.

    ``by`` is who did it (the signing-in user); by default the request's actor (an admin unlocking
    someone), and for a failed sign-in nobody known: the client's address stands in.
    """
    name = (username if user is None else user.get_username()) or ""
    actor = current_actor()
    if by is not None:
        actor_id, label = by.pk, by.get_username()
    elif action == AuditEntry.Action.FAILED:
        actor_id, label = None, client_of(request).get("client") or "-"
    else:
        actor_id, label = actor.user_id, actor.label
    return AuditEntry.objects.create(
        actor_id=actor_id,
        actor_label=label[:150],
        action=action,
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(user.pk) if user is not None else "",
        object_repr=name.replace("\x00", "")[:300],
        after=client_of(request) or None,
        reason=reason,
    )


def _logged_in(sender, request, user, **kwargs) -> None:
    record_account_event(user, AuditEntry.Action.LOGIN, request=request, by=user)


def _logged_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        record_account_event(user, AuditEntry.Action.LOGOUT, request=request, by=user)


def _login_failed(sender, credentials, request=None, **kwargs) -> None:
    typed = str(credentials.get("username") or "")[:150]
    user = get_user_model()._default_manager.filter(username=typed).first() if typed else None
    reason = LOCKED_REASON if getattr(request, "axes_locked_out", False) else ""
    record_account_event(user, AuditEntry.Action.FAILED, request=request, reason=reason, username=typed)


def connect() -> None:
    user_logged_in.connect(_logged_in, dispatch_uid="kinerja-audit-login")
    user_logged_out.connect(_logged_out, dispatch_uid="kinerja-audit-logout")
    user_login_failed.connect(_login_failed, dispatch_uid="kinerja-audit-login-failed")

"""Every sign-in, sign-out and failed sign-in is recorded (``audit.SignIn``), and every action on an
account that changes none of its fields is an audit entry (``event``) with its reason.

A sign-in row says from which client (address, browser); a failure at a username nobody has is kept
too, under the typed name, so an admin can see someone trying names. django-axes keeps its own
failure log (AccessFailureLog) for the lockout; these rows are what the user pages show.
"""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_noop

from kinerja.audit.context import current_actor
from kinerja.audit.models import AuditEntry, SignIn

# Reasons are stored as their Indonesian source text and translated where they are shown.
LOCKED_REASON = gettext_noop("Ditolak: akun sedang terkunci untuk klien ini")


def client_of(request) -> dict[str, str]:
    if request is None:
        return {}
    address = getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR", "")
    return {"client": str(address)[:64], "browser": request.META.get("HTTP_USER_AGENT", "")[:200]}


def record_sign_in(user, kind: str, *, request=None, username: str | None = None, reason: str = "") -> SignIn:
    typed = username if user is None else user.get_username()
    return SignIn.objects.create(user=user, username=(typed or "").replace("\x00", "")[:150], kind=kind,
                                 reason=reason[:200], **client_of(request))


def record_account_event(user, *, request=None, reason: str = "", by=None) -> AuditEntry:
    """An audit entry for something done to an account that changes none of its audited fields.

    ``by`` is who did it when it is not the request's actor (the owner changing their password is
    both); by default the actor of the request (an admin unlocking someone).
    """
    actor = current_actor()
    actor_id, label = (by.pk, by.get_username()) if by is not None else (actor.user_id, actor.label)
    return AuditEntry.objects.create(
        actor_id=actor_id, actor_label=label[:150], action=AuditEntry.Action.EVENT,
        content_type=ContentType.objects.get_for_model(get_user_model()), object_id=str(user.pk),
        object_repr=user.get_username()[:300], after=client_of(request) or None, reason=reason)


def _logged_in(sender, request, user, **kwargs) -> None:
    record_sign_in(user, SignIn.Kind.LOGIN, request=request)


def _logged_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        record_sign_in(user, SignIn.Kind.LOGOUT, request=request)


def _login_failed(sender, credentials, request=None, **kwargs) -> None:
    typed = str(credentials.get("username") or "")[:150]
    user = get_user_model()._default_manager.filter(username=typed).first() if typed else None
    reason = LOCKED_REASON if getattr(request, "axes_locked_out", False) else ""
    record_sign_in(user, SignIn.Kind.FAILED, request=request, username=typed, reason=reason)


def connect() -> None:
    user_logged_in.connect(_logged_in, dispatch_uid="kinerja-audit-login")
    user_logged_out.connect(_logged_out, dispatch_uid="kinerja-audit-logout")
    user_login_failed.connect(_login_failed, dispatch_uid="kinerja-audit-login-failed")

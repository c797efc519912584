"""Who must sign in with a second factor.

Pemda admins and evaluators always (they read or change a whole pemda), superusers always, and
everyone who holds a role in a pemda whose admins require it for all. Others may turn it on for
themselves; once they have, they are asked for it too.
"""
from __future__ import annotations

from django_otp import devices_for_user

from kinerja.accounts.models import Role, TwoFactorPolicy

PEMDA_WIDE = (Role.Kind.PEMDA_ADMIN, Role.Kind.EVALUATOR)


def is_required(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    roles = Role.objects.filter(user=user)
    if roles.filter(kind__in=PEMDA_WIDE).exists():
        return True
    pemdas = roles.values_list("pemda_id", flat=True)
    return TwoFactorPolicy.objects.filter(pemda_id__in=pemdas, required_for_all=True).exists()


def has_authenticator(user) -> bool:
    """Whether ``user`` has a confirmed authenticator app (recovery codes alone do not count)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def is_enrolled(user) -> bool:
    return any(True for _ in devices_for_user(user, confirmed=True))

"""Small helpers shared by the user-page tests."""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from kinerja.accounts.models import Role
from kinerja.audit.models import AuditEntry


CHANGES = ("create", "update", "delete")


def entries_for(model) -> list[AuditEntry]:
    """Changes to rows of ``model`` (sign-ins and other account events left out)."""
    return list(AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(model),
                                          action__in=CHANGES).order_by("pk"))


def user_entries() -> list[AuditEntry]:
    return entries_for(get_user_model())


def account_events(user=None) -> list[AuditEntry]:
    """Sign-ins, sign-outs, failures and other account events (of ``user``, or all)."""
    qs = AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(get_user_model())
                                   ).exclude(action__in=CHANGES)
    if user is not None:
        qs = qs.filter(object_id=str(user.pk))
    return list(qs.order_by("pk"))


def roles_of(user) -> set[tuple]:
    return set(Role.objects.filter(user=user).values_list("kind", "pemda_id", "agency_id", "unit_id"))

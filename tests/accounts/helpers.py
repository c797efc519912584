"""Small helpers shared by the user-page tests."""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from kinerja.accounts.models import Role
from kinerja.audit.models import AuditEntry


def entries_for(model) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(model)).order_by("pk"))


def user_entries() -> list[AuditEntry]:
    return entries_for(get_user_model())


def roles_of(user) -> set[tuple]:
    return set(Role.objects.filter(user=user).values_list("kind", "pemda_id", "agency_id", "unit_id"))

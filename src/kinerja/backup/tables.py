"""Which tables a backup holds, and how each column's value is written to JSON and read back.

Every concrete model of every installed app is backed up, many-to-many link tables included, except:
content types and permissions (``migrate`` creates them, with ids of its own: rows that point at them
are written with their natural key, ``["catalog", "indicator"]``, and pointed at the target's row on
restore) and sessions (they are credentials, and a restored install signs everyone in again).

Values keep everything the database holds: date-times with their microseconds and time zone (Django's
JSON encoder would cut them to milliseconds), decimals as text, JSON fields as JSON.
"""
from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models

SKIPPED = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
NATURAL = (ContentType, Permission)


def backed_up_models() -> list[type[models.Model]]:
    found = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.label_lower in SKIPPED:
            continue
        found.append(model)
    return sorted(found, key=lambda m: m._meta.label_lower)


def columns(model: type[models.Model]) -> list[models.Field]:
    return list(model._meta.local_concrete_fields)


def _natural_target(field: models.Field) -> type[models.Model] | None:
    if field.is_relation and field.related_model in NATURAL:
        return field.related_model
    return None


def encoder(field: models.Field) -> Callable[[object], object]:
    """value as read by the ORM -> a JSON value."""
    target = _natural_target(field)
    if target is not None:
        natural = _natural_keys(target)
        return lambda v: None if v is None else natural[v]
    if isinstance(field, models.DateTimeField | models.DateField | models.TimeField):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(field, models.DecimalField):
        return lambda v: None if v is None else str(v)
    if isinstance(field, models.DurationField):
        return lambda v: None if v is None else v // dt.timedelta(microseconds=1)
    if isinstance(field, models.BinaryField):
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode()
    if isinstance(field, models.UUIDField):
        return lambda v: None if v is None else str(v)
    return lambda v: v


def decoder(field: models.Field, using: str) -> Callable[[object], object]:
    """A JSON value -> the value to insert (attname value of a raw insert)."""
    target = _natural_target(field)
    if target is not None:
        ids = {tuple(key): pk for pk, key in _natural_keys(target, using).items()}
        return lambda v: None if v is None else ids.get(tuple(v)) or _create_natural(target, v, using, ids)
    if isinstance(field, models.DateTimeField):
        return lambda v: None if v is None else dt.datetime.fromisoformat(v)
    if isinstance(field, models.DateField):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if isinstance(field, models.TimeField):
        return lambda v: None if v is None else dt.time.fromisoformat(v)
    if isinstance(field, models.DecimalField):
        return lambda v: None if v is None else Decimal(v)
    if isinstance(field, models.DurationField):
        return lambda v: None if v is None else dt.timedelta(microseconds=v)
    if isinstance(field, models.BinaryField):
        return lambda v: None if v is None else base64.b64decode(v)
    if isinstance(field, models.UUIDField):
        return lambda v: None if v is None else uuid.UUID(v)
    return lambda v: v


def _natural_keys(model: type[models.Model], using: str = "default") -> dict[int, list[str]]:
    if model is ContentType:
        return {pk: [app, name] for pk, app, name in
                ContentType.objects.using(using).values_list("pk", "app_label", "model")}
    return {pk: [app, name, codename] for pk, app, name, codename in Permission.objects.using(using).values_list(
        "pk", "content_type__app_label", "content_type__model", "codename")}


def _create_natural(model: type[models.Model], key: list[str], using: str, ids: dict) -> int:
    """A content type (or permission) the backup names and the target lacks: a model since removed.
    Rows that point at it (old audit entries) are kept, so it is made."""
    if model is ContentType:
        row = ContentType.objects.db_manager(using).get_or_create(app_label=key[0], model=key[1])[0]
    else:
        ct = ContentType.objects.db_manager(using).get_or_create(app_label=key[0], model=key[1])[0]
        row = Permission.objects.db_manager(using).get_or_create(content_type=ct, codename=key[2],
                                                                 defaults={"name": key[2]})[0]
    ids[tuple(key)] = row.pk
    return row.pk

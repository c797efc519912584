"""Record every save and delete of registered models as an AuditEntry.

Signals rather than explicit calls, so that no code path (a view, the importer's commit, a management
command, the shell) can change audited data without leaving a record. Bulk queryset updates bypass
signals; code that uses them must call :func:`record` itself.

A raw save (``loaddata``, a restore: rows put back as they were, not changed) records nothing, and
neither do the many-to-many links that follow it on the same instance.
"""
from __future__ import annotations

from typing import Any

from django.core import serializers
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from kinerja.audit.context import current_actor

_BEFORE_ATTR = "_audit_before"
_RAW_ATTR = "_audit_raw"
_registered: set[type[models.Model]] = set()
# Fields never written to a snapshot, per model: secrets (a password hash) and bookkeeping that would
# turn every sign-in into an "update" (last_login).
_excluded: dict[type[models.Model], frozenset[str]] = {}


def snapshot(instance: models.Model) -> dict[str, Any]:
    """The instance's fields as JSON-safe values (foreign keys as ids), without its excluded fields."""
    data = serializers.serialize("python", [instance])[0]["fields"]
    for name in _excluded.get(type(instance), ()):
        data.pop(name, None)
    return serializers.json.json.loads(serializers.json.json.dumps(data, cls=serializers.json.DjangoJSONEncoder))


def record(instance: models.Model, action: str, before: dict | None, after: dict | None) -> None:
    from django.contrib.contenttypes.models import ContentType

    from kinerja.audit.models import AuditEntry

    actor = current_actor()
    AuditEntry.objects.create(
        actor_id=actor.user_id,
        actor_label=actor.label,
        action=action,
        content_type=ContentType.objects.get_for_model(type(instance)),
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        agency_id=getattr(instance, "agency_id_for_audit", None),
        before=before,
        after=after,
        reason=actor.reason,
    )


def _pre_save(sender, instance, raw=False, **kwargs):
    if raw:
        # The deserializer sets the instance's many-to-many links right after this save.
        setattr(instance, _RAW_ATTR, True)
        return
    if instance.pk is None:
        return
    previous = sender._default_manager.filter(pk=instance.pk).first()
    setattr(instance, _BEFORE_ATTR, snapshot(previous) if previous else None)


def _post_save(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = None if created else getattr(instance, _BEFORE_ATTR, None)
    after = snapshot(instance)
    if not created and before == after:
        return  # a save that changed nothing is not a change
    record(instance, "create" if created else "update", before, after)


def _post_delete(sender, instance, **kwargs):
    record(instance, "delete", snapshot(instance), None)


def _m2m_changed(sender, instance, action, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or type(instance) not in _registered:
        return
    if getattr(instance, _RAW_ATTR, False):
        return
    after = snapshot(instance)
    record(instance, "update", getattr(instance, "_audit_m2m_before", None), after)


def _m2m_before(sender, instance, action, **kwargs):
    if getattr(instance, _RAW_ATTR, False):
        return
    if action in ("pre_add", "pre_remove", "pre_clear") and type(instance) in _registered:
        instance._audit_m2m_before = snapshot(instance)


def register(model: type[models.Model], *, exclude: tuple[str, ...] = ()) -> None:
    """Audit every save and delete of ``model``; ``exclude`` names fields kept out of every snapshot
    (a change to only those fields is not recorded)."""
    if exclude:
        _excluded[model] = frozenset(exclude)
    if model in _registered:
        return
    _registered.add(model)
    uid = f"audit-{model._meta.label}"
    pre_save.connect(_pre_save, sender=model, dispatch_uid=uid + "-pre")
    post_save.connect(_post_save, sender=model, dispatch_uid=uid + "-post")
    post_delete.connect(_post_delete, sender=model, dispatch_uid=uid + "-del")
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        m2m_changed.connect(_m2m_before, sender=through, dispatch_uid=uid + field.name + "-m2m-pre")
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=uid + field.name + "-m2m")


def history_for(instance: models.Model):
    from django.contrib.contenttypes.models import ContentType

    from kinerja.audit.models import AuditEntry

    return AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(type(instance)),
                                     object_id=str(instance.pk)).select_related("actor")

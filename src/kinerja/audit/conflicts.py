"""Edits that never silently overwrite each other (optimistic concurrency for every edit form).

A form adds :class:`EditBaseMixin`: it carries, in a hidden field, a signed snapshot of the values
it showed (the same snapshot the audit trail writes). :func:`save_unless_changed` saves it inside one
transaction that first locks the row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's IMMEDIATE
transactions queue writers) and compares the row's values now with that snapshot. If someone saved
in between, nothing is written: the form keeps what this person typed, ``form.conflict`` says field
by field what changed (before → after, by whom and when), the hidden snapshot moves on to the
current values, and the view answers 409. Saving again is then a decision taken knowingly.

Why a snapshot and not a version column: it works for every model without a migration (Django's own
User included), it catches a change made by any path (the importer, an API, the shell), and the
values it holds are exactly what is needed to tell the second person what changed. Fields the form
does not edit are taken from the locked row, so a stale copy of them is never written back (a name
edit does not undo a password change made meanwhile).

A form posted without the snapshot (a client older than this mechanism) is saved as before; a
tampered one is ignored the same way, since it could only skip a check its sender can skip anyway by
reloading the page.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django import forms
from django.core import signing
from django.db import IntegrityError, models, transaction

from kinerja.audit.recorder import history_for, snapshot

BASE_FIELD = "edit_base"
_SALT = "kinerja.audit.edit-base"


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


@dataclass
class EditConflict:
    changes: list[Change] = field(default_factory=list)
    by: str | None = None
    at: datetime | None = None
    deleted: bool = False


def values_of(instance: models.Model, names: list[str]) -> dict:
    data = snapshot(instance)
    return {name: data.get(name) for name in names}


def sign_base(values: dict | None) -> str:
    return signing.Signer(salt=_SALT).sign_object(values, compress=True)


def read_base(text: str | None) -> dict | None:
    """The snapshot a form was shown with; None when absent or not ours."""
    if not text:
        return None
    try:
        value = signing.Signer(salt=_SALT).unsign_object(text)
    except signing.BadSignature:
        return None
    return value if isinstance(value, dict) else None


class EditBaseField(forms.CharField):
    """The hidden snapshot: never a change of its own (formsets skip untouched extra rows)."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data) -> bool:
        return False


class EditBaseMixin:
    """For a form that edits one row (``self.instance``). ``conflict_fields`` names the model fields
    it edits; by default the ModelForm's own fields."""

    conflict_fields: tuple[str, ...] | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.conflict: EditConflict | None = None
        self.fields[BASE_FIELD] = EditBaseField(required=False)
        instance = self.instance
        self.initial[BASE_FIELD] = sign_base(values_of(instance, self.compared_names()) if instance.pk else {})

    def compared_names(self) -> list[str]:
        if self.conflict_fields is not None:
            return list(self.conflict_fields)
        model_fields = {f.name for f in self.instance._meta.get_fields()}
        return [name for name in self.fields if name in model_fields]


def _display(model: type[models.Model], name: str, value) -> str:
    from kinerja.catalog.templatetags.kinerja_audit import display_value

    try:
        model_field = model._meta.get_field(name)
    except Exception:
        model_field = None
    return display_value(model_field, value)


def _label(model: type[models.Model], name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:
        return name


def _conflict(form, current: models.Model | None, base: dict, now: dict) -> EditConflict:
    model = type(form.instance)
    changes = [Change(_label(model, n), _display(model, n, base.get(n)), _display(model, n, now.get(n)))
               for n in now if (n in base or not base) and base.get(n) != now.get(n)]
    latest = history_for(current).first() if current is not None else None
    conflict = EditConflict(changes, latest.actor_label if latest else None, latest.at if latest else None,
                            deleted=current is None)
    # What is shown next starts from the row as it is now: saving again overwrites knowingly.
    data = form.data.copy()
    data[form.add_prefix(BASE_FIELD)] = sign_base(now if current is not None else {})
    form.data = data
    form.conflict = conflict
    return conflict


def save_unless_changed(form, *, save: Callable[[], object] | None = None,
                        existing: Callable[[], models.Model | None] | None = None) -> bool:
    """Save ``form`` (or call ``save``) unless its row changed since the form was shown.

    ``existing`` finds the row a *new* instance would become (a narrative of that sasaran and year):
    if someone created it meanwhile, that is a conflict too. Returns False, with ``form.conflict``
    set and nothing written, when there is a conflict.
    """
    base = read_base(form.data.get(form.add_prefix(BASE_FIELD)))
    names = form.compared_names()
    instance = form.instance
    model = type(instance)
    try:
        with transaction.atomic():
            if instance.pk:
                current = model._default_manager.select_for_update().filter(pk=instance.pk).first()
                if current is None:
                    _conflict(form, None, base or {}, {})
                    return False
                now = values_of(current, names)
                # An empty snapshot: the form was shown for a row that did not exist yet, and someone
                # created it meanwhile. Otherwise compared on the fields both know (a subclass may drop
                # a field after the snapshot was taken).
                if base == {} or (base is not None and any(base[n] != now[n] for n in names if n in base)):
                    _conflict(form, current, base, now)
                    return False
                edited = set(names)
                for f in model._meta.concrete_fields:
                    if f.name not in edited and not f.primary_key:
                        setattr(instance, f.attname, getattr(current, f.attname))
            elif existing is not None and (found := existing()) is not None:
                _conflict(form, found, {}, values_of(found, names))
                return False
            (save or form.save)()
    except IntegrityError:
        # A new row whose twin was created at the same moment by someone else.
        found = existing() if existing is not None and not instance.pk else None
        if found is None:
            raise
        _conflict(form, found, {}, values_of(found, names))
        return False
    return True

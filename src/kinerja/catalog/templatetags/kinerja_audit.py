"""Audit entries as people read them: field labels instead of column names, names instead of ids.

``{% audit_table entries %}`` renders a history table (who, when, what, field: before → after); any
page that shows an object's history uses it, so every history reads the same.
"""
from __future__ import annotations

import json

from django import template
from django.db import models
from django.utils.translation import gettext as _

register = template.Library()


def _field(model, name: str):
    try:
        return model._meta.get_field(name)
    except Exception:  # a field removed since the entry was written still shows, under its raw name
        return None


def _display(field, value) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if field is None:
        return str(value)
    if isinstance(field, models.BooleanField):
        return _("Ya") if value else _("Tidak")
    if getattr(field, "flatchoices", None):
        choices = {str(k): str(v) for k, v in field.flatchoices}
        if str(value) in choices:
            return choices[str(value)]
    if field.is_relation and field.related_model is not None:
        ids = value if isinstance(value, list) else [value]
        found = {str(o.pk): str(o) for o in field.related_model._default_manager.filter(pk__in=ids)}
        return "; ".join(found.get(str(i), _("#%(id)s (sudah dihapus)") % {"id": i}) for i in ids)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


display_value = _display  # the same wording for an edit conflict's "before → after"


def entry_changes(entry) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each field the entry changed."""
    model = entry.content_type.model_class()
    rows = []
    for name, before, after in entry.changed_fields():
        field = _field(model, name) if model is not None else None
        label = str(field.verbose_name) if field is not None and hasattr(field, "verbose_name") else name
        rows.append((label, _display(field, before), _display(field, after)))
    return rows


def _model_label(entry) -> str:
    model = entry.content_type.model_class()
    return str(model._meta.verbose_name) if model is not None else entry.content_type.model


@register.inclusion_tag("catalog/_audit_table.html")
def audit_table(entries, show_object: bool = False):
    return {
        "rows": [(e, entry_changes(e), _model_label(e)) for e in entries],
        "show_object": show_object,
    }

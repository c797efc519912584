"""Numbers in templates, written as the active language writes them ("1.234,5" in Indonesian).

Django's own localisation of numbers is off unless USE_THOUSAND_SEPARATOR is set and would not drop
trailing zeros the way documents do; these filters delegate to :mod:`kinerja.numbers` so pages and
generated documents write every number the same way.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.translation import get_language

from kinerja.numbers import format_number, format_percent

register = template.Library()


def _number(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _places(arg) -> int | None:
    return None if arg in (None, "") else int(arg)


@register.filter
def angka(value, decimals=None) -> str:
    """``{{ x|angka }}`` → "1.234,5"; ``{{ x|angka:2 }}`` → "1.234,50"; unknown → "–"."""
    number = _number(value)
    if number is None and value not in (None, ""):
        return str(value)
    return format_number(number, _places(decimals), language=get_language() or "id")


@register.filter
def persen(value, decimals=None) -> str:
    """``{{ x|persen }}`` → "87,5%"."""
    number = _number(value)
    if number is None and value not in (None, ""):
        return str(value)
    return format_percent(number, _places(decimals), language=get_language() or "id")


@register.filter
def menit(value) -> str:
    """A timedelta as whole minutes, in the active language's digits ("15")."""
    seconds = getattr(value, "total_seconds", None)
    if seconds is None:
        return ""
    return format_number(round(seconds() / 60), 0, language=get_language() or "id")


@register.filter
def periode(value) -> str:
    """A reporting period as the active language writes it: "TW I 2024" in Indonesian, "Q1 2024" in English."""
    label = getattr(value, "label", None)
    if not callable(label):
        return "" if value is None else str(value)
    return label(get_language() or "id")


@register.filter
def nama_predikat(band) -> str:
    """A predicate band's label in the active language (its English label when it has one)."""
    name = getattr(band, "name", None)
    if not callable(name):
        return "" if band is None else str(getattr(band, "label", band))
    return name(get_language() or "id")

"""Grade bands written after a composite index: "A >90 – 100 Memuaskan; BB >80 – 90 Sangat Baik; … C <60 Kurang".

Bands are data (catalog ``bands``: min, min_inclusive, max, max_inclusive, label, meaning); the
capaian layer applies them. An open side is ``None``.
"""
from __future__ import annotations

import re

from kinerja.errors import NumberFormatError
from kinerja.numbers import parse_number

_HEADER = re.compile(r"\b(?:kategori|predikat|interpretasi|kriteria|skala\s+(?:nilai|penilaian))\b", re.I)
_NUMBER = r"\d+(?:[.,]\d+)?"
_ENTRY = re.compile(
    rf"^\s*(?P<label>[A-E](?:[A-E]|[+-])?)?\s*(?P<op>[<>≤≥]=?)?\s*(?P<a>{_NUMBER})\s*"
    rf"(?:(?:-|s\.?\s?d\.?|sampai|hingga)\s*(?P<b>{_NUMBER}))?\s*(?P<meaning>[A-Za-z][A-Za-z .]*)?\s*$")
_SEPARATOR = re.compile(r"[;\n]|,(?!\d)")
_FIRST_ENTRY = re.compile(rf"(?:^|[;,]\s*|\s)(?:[A-E](?:[A-E]|[+-])?)\s*[<>≤≥]=?\s*{_NUMBER}")


def split_bands(text: str) -> tuple[str, list[dict] | None]:
    """(the text before the band table, the bands) — bands is None when there is no table."""
    header = _HEADER.search(text)
    entry = _FIRST_ENTRY.search(text)
    starts = [m.start() for m in (header, entry) if m is not None]
    if not starts:
        return text, None
    cut = min(starts)
    bands = parse_bands(text[cut:])
    if len(bands) < 2:
        return text, None
    return text[:cut].rstrip(" ;,:"), bands


def parse_bands(text: str) -> list[dict]:
    body = text.split(":", 1)[1] if _HEADER.match(text.strip()) and ":" in text else text
    bands = []
    for part in _SEPARATOR.split(body):
        band = _band(part.strip(" ."))
        if band is not None:
            bands.append(band)
    return bands


def _band(part: str) -> dict | None:
    match = _ENTRY.match(part)
    if not match or not (match.group("op") or match.group("b")):
        return None
    try:
        a = _num(match.group("a"))
        b = _num(match.group("b")) if match.group("b") else None
    except NumberFormatError:
        return None
    op = (match.group("op") or "").replace("≥", ">=").replace("≤", "<=")
    low = high = None
    low_inclusive = high_inclusive = None
    if op.startswith(">"):
        low, low_inclusive = a, op == ">="
        if b is not None:
            high, high_inclusive = b, True
    elif op.startswith("<"):
        high, high_inclusive = a, op == "<="
    else:
        low, low_inclusive, high, high_inclusive = a, True, b, True
    meaning = (match.group("meaning") or "").strip() or None
    return {"min": low, "min_inclusive": low_inclusive, "max": high, "max_inclusive": high_inclusive,
            "label": match.group("label"), "meaning": meaning}


def _num(text: str) -> float | int:
    value = parse_number(text, prefer_decimal_point=True)
    return int(value) if value == int(value) else value

"""Findings the review raises on ../shared/gold that recall no gold issue, each judged by hand against the
decree's text: (seed, row, code) → (right?, why). See gold_score.py for how they count."""
from __future__ import annotations

EXTRAS: dict[tuple[str, int | None, str], tuple[bool, str]] = {
}

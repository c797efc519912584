"""What the formula column of a decree prints: the formula as the decree wrote it.

Where a row carries only a structured formula, the formula engine's readable Indonesian rendering is
printed instead of the raw expression key, so a reader never sees ``pns_dilayani / pns_mengajukan``.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kinerja.numbers import format_number


def formula_cell(row: Mapping[str, Any]) -> str | None:
    text = row.get("formula_text")
    if isinstance(text, str) and text.strip():
        return text
    formula = row.get("formula")
    if not isinstance(formula, Mapping):
        return None
    expression = formula.get("expression")
    if isinstance(expression, str) and expression.strip():
        return readable_expression(expression, formula.get("variables") or {})
    if formula.get("kind") == "constant_target" and formula.get("value") is not None:
        unit = formula.get("satuan") or row.get("satuan") or ""
        value = formula["value"]
        shown = format_number(value) if isinstance(value, (int, float)) else str(value)
        return f"{shown} {unit}".strip()
    return None


def readable_expression(expression: str, variables: Mapping[str, str]) -> str:
    try:
        from kinerja.formula import render_expression
    except ImportError:
        # The formula engine is optional at import time; the raw expression is still truthful.
        return expression
    return render_expression(expression, dict(variables), language="id")

"""The structured formula of an indicator, typed and checked: the one place its JSON is read.

The catalog stores a formula as JSON (``docs/catalog-schema.md``): ``kind``, ``expression``,
``variables`` (key → phrase), optional ``bands``, and ``value``/``satuan`` for a constant target.
:func:`check_formula` is called wherever a formula enters (the indicator form, the decree commit, the
API) and refuses a bad one with a bilingual :class:`FormulaError`. :func:`stored_formula` reads one
already stored, never raises, and marks a bad one (from an older version) with its ``problem``, so
that only that indicator degrades — it is entered directly and its figures say why — never the page.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kinerja.formula.batch import Program, compile_program
from kinerja.formula.errors import FormulaError
from kinerja.formula.expr import RESERVED_NAMES, variable_names
from kinerja.formula.expression import parse_expression

KINDS = ("ratio_percent", "count", "growth_percent", "difference", "ratio", "average", "weighted_index",
         "constant_target", "other")
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
PHRASE_MAX = 400
_BAND_KEYS = {"min", "min_inclusive", "max", "max_inclusive", "label", "meaning", "colour", "color", "label_en"}


@dataclass(frozen=True)
class StructuredFormula:
    """A checked structured formula. ``expression`` is ``None`` when there is none (a fixed target, an
    unread formula); ``problem`` is set only by :func:`stored_formula` for a stored one that is bad."""

    kind: str | None = None
    expression: str | None = None
    variables: tuple[tuple[str, str], ...] = ()
    bands: tuple[Mapping[str, Any], ...] = ()
    value: float | None = None
    satuan: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()
    problem: FormulaError | None = field(default=None, compare=False)

    @property
    def phrases(self) -> dict[str, str]:
        return dict(self.variables)

    @property
    def names(self) -> list[str]:
        """The variables the expression reads, in order of first appearance."""
        return [] if self.expression is None else variable_names(parse_expression(self.expression))

    def program(self) -> Program | None:
        """The compiled program (parses the expression: call when the formula is saved, not per value)."""
        return None if self.expression is None else compile_program(self.expression)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        if self.kind is not None:
            data["kind"] = self.kind
        data["expression"] = self.expression
        data["variables"] = dict(self.variables)
        if self.bands:
            data["bands"] = [dict(b) for b in self.bands]
        if self.value is not None:
            data["value"] = self.value
        if self.satuan is not None:
            data["satuan"] = self.satuan
        return data


def _bad(why_id: str, why_en: str) -> FormulaError:
    return FormulaError(f"Formula terstruktur tidak sah: {why_id}.", f"The structured formula is invalid: {why_en}.")


def _number(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _bad(f"'{what}' harus angka", f"'{what}' must be a number")
    return float(value)


def _band(raw: Any, n: int) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping) or not set(raw) <= _BAND_KEYS:
        raise _bad(f"pita ke-{n} harus objek dengan {', '.join(sorted(_BAND_KEYS))}",
                   f"band {n} must be an object with {', '.join(sorted(_BAND_KEYS))}")
    label = raw.get("label")
    if label is not None and not isinstance(label, str):
        raise _bad(f"label pita ke-{n} harus teks", f"the label of band {n} must be text")
    for side in ("min", "max"):
        _number(raw.get(side), f"bands[{n}].{side}")
        inclusive = raw.get(f"{side}_inclusive")
        if inclusive is not None and not isinstance(inclusive, bool):
            raise _bad(f"bands[{n}].{side}_inclusive harus true/false",
                       f"bands[{n}].{side}_inclusive must be true/false")
    for text in ("meaning", "colour", "color", "label_en"):
        if raw.get(text) is not None and not isinstance(raw.get(text), str):
            raise _bad(f"bands[{n}].{text} harus teks", f"bands[{n}].{text} must be text")
    return dict(raw)


def check_formula(data: Any) -> StructuredFormula:
    """Read and check a structured formula (a mapping, or ``None``/``{}`` for none).

    Raises :class:`FormulaError` naming the first problem, in Indonesian and English."""
    if data is None or data == {} or data == "":
        return StructuredFormula()
    if not isinstance(data, Mapping):
        raise _bad("harus berupa objek JSON", "it must be a JSON object")
    kind = data.get("kind")
    if kind is not None and kind not in KINDS:
        raise _bad(f"jenis '{kind}' tidak dikenal ({', '.join(KINDS)})", f"unknown kind '{kind}' ({', '.join(KINDS)})")
    expression = data.get("expression")
    if expression is not None and not isinstance(expression, str):
        raise _bad("'expression' harus teks atau null", "'expression' must be text or null")
    expression = (expression or "").strip() or None
    variables = data.get("variables") or {}
    if not isinstance(variables, Mapping):
        raise _bad("'variables' harus objek {kunci: uraian}", "'variables' must be an object {key: phrase}")
    for key, phrase in variables.items():
        if not isinstance(key, str) or not _NAME.match(key) or key in RESERVED_NAMES:
            raise _bad(f"kunci variabel '{key}' tidak sah (huruf kecil, angka, garis bawah)",
                       f"variable key '{key}' is invalid (lower-case letters, digits, underscores)")
        if not isinstance(phrase, str) or not phrase.strip() or len(phrase) > PHRASE_MAX:
            raise _bad(f"uraian variabel '{key}' harus teks 1–{PHRASE_MAX} karakter",
                       f"the phrase of variable '{key}' must be text of 1–{PHRASE_MAX} characters")
    if expression is not None:
        try:
            names = variable_names(parse_expression(expression))
        except FormulaError as exc:
            raise _bad(exc.message_id, exc.message_en) from None
        # Without a 'variables' object the phrases are the catalog's (the indicator's variables); with
        # one, it must describe every variable the expression reads.
        missing = [n for n in names if n not in variables] if variables else []
        if missing:
            raise _bad(f"variabel {', '.join(missing)} tidak diuraikan di 'variables'",
                       f"variables {', '.join(missing)} are not described in 'variables'")
    bands = data.get("bands") or []
    if not isinstance(bands, list):
        raise _bad("'bands' harus daftar", "'bands' must be a list")
    satuan = data.get("satuan")
    if satuan is not None and not isinstance(satuan, str):
        raise _bad("'satuan' harus teks", "'satuan' must be text")
    known = {"kind", "expression", "variables", "bands", "value", "satuan"}
    return StructuredFormula(kind, expression, tuple((str(k), str(v)) for k, v in variables.items()),
                             tuple(_band(b, n) for n, b in enumerate(bands, start=1)),
                             _number(data.get("value"), "value"), satuan,
                             tuple((k, v) for k, v in data.items() if k not in known))


def stored_formula(data: Any) -> StructuredFormula:
    """A stored formula, checked; a bad one comes back without an expression and with its ``problem``."""
    try:
        return check_formula(data)
    except FormulaError as exc:
        return StructuredFormula(problem=exc)

"""Formulas compiled once into a postfix :class:`Program` and run over whole numpy arrays.

A program is the expression tree flattened: each distinct term it reads (``x``, ``x[n-1]``,
``cumsum(x, n-1)``, ``mean(x)``) is numbered, and running it is a handful of whole-array operations,
so its cost does not grow with Python-level loops over rows. The caller supplies one array per term
(what a term means over time is the caller's business: :mod:`kinerja.derivation` builds them); NaN
is unknown. Every cell gets a value, a status (0 ok, 1 unknown, 2 undefined) and a reason code with
exactly the precedence of the scalar evaluator (:func:`kinerja.formula.evaluate`): a zero
denominator first, then the left side's undefined, the right side's, the left side's unknown, the
right side's. :meth:`Program.reason` turns a code back into the scalar evaluator's bilingual text.

Programs serialise to JSON (:meth:`Program.to_json`), so a formula is compiled once, when it is
saved, and never parsed again to be computed. Programs whose expressions differ only in their
variable names share a :attr:`Program.shape` and can run together, one row per indicator.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from kinerja.formula.errors import FormulaError
from kinerja.formula.evaluate import OUT_OF_RANGE, missing_term_reason, zero_division_reason
from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Num, Var, to_text, variable_names
from kinerja.formula.expression import parse_expression

STATUS_OK, STATUS_UNKNOWN, STATUS_UNDEFINED = 0, 1, 2
NO_REASON = -1
FORMAT_VERSION = 1

Term = Var | Agg


@dataclass(frozen=True)
class Evaluated:
    """One program's result over (rows, columns): ``values`` NaN unless ok, ``status`` int8,
    ``reason`` int16 code (``-1`` when ok; see :meth:`Program.reason`)."""

    values: np.ndarray
    status: np.ndarray
    reason: np.ndarray


@dataclass(frozen=True)
class Program:
    """A formula compiled to postfix operations over numbered terms.

    ``ops``: ``("term", i)``, ``("const", value)``, ``("neg",)``, ``("bin", op, division_index)``.
    ``terms``: the distinct terms, in order of first use. ``variables``: the variable names in order
    of first appearance. ``divisions``: each division's denominator as the catalog language prints
    it (for the "division by zero" reason). Reason codes: ``i < len(terms)`` is term ``i`` missing,
    then one code per division, then the out-of-range code.
    """

    ops: tuple[tuple[Any, ...], ...]
    terms: tuple[Term, ...]
    variables: tuple[str, ...]
    divisions: tuple[str, ...]
    shape: str

    @property
    def out_of_range_code(self) -> int:
        return len(self.terms) + len(self.divisions)

    def run(self, terms: Sequence[np.ndarray], shape: tuple[int, ...]) -> Evaluated:
        """Evaluate over ``shape``; ``terms[i]`` is the array of :attr:`terms` ``[i]`` (NaN unknown)."""
        if len(terms) != len(self.terms):
            raise FormulaError(f"program membutuhkan {len(self.terms)} suku, diberi {len(terms)}",
                               f"the program needs {len(self.terms)} terms, {len(terms)} given")
        stack: list[tuple[Any, np.ndarray | None, np.ndarray | None]] = []
        with np.errstate(all="ignore"):
            for op in self.ops:
                kind = op[0]
                if kind == "const":
                    stack.append((op[1], None, None))
                elif kind == "term":
                    value = np.asarray(terms[op[1]], dtype=np.float64)
                    missing = np.isnan(value)
                    if missing.any():
                        stack.append((value, np.where(missing, STATUS_UNKNOWN, STATUS_OK).astype(np.int8),
                                      np.where(missing, op[1], NO_REASON).astype(np.int16)))
                    else:
                        stack.append((value, None, None))
                elif kind == "neg":
                    value, status, reason = stack.pop()
                    stack.append((-value, status, reason))
                else:
                    right = stack.pop()
                    left = stack.pop()
                    stack.append(_binary(op[1], left, right, len(self.terms) + op[2] if op[1] == "/" else 0))
            value, status, reason = stack.pop()
            values = np.broadcast_to(np.asarray(value, dtype=np.float64), shape).copy()
            status = np.full(shape, STATUS_OK, np.int8) if status is None else np.broadcast_to(status, shape).copy()
            reason = np.full(shape, NO_REASON, np.int16) if reason is None else np.broadcast_to(reason, shape).copy()
            overflow = (status == STATUS_OK) & ~np.isfinite(values)
            if overflow.any():
                status[overflow] = STATUS_UNDEFINED
                reason[overflow] = self.out_of_range_code
            values[status != STATUS_OK] = np.nan
        return Evaluated(values, status, reason)

    def reason(self, code: int, period_id: str = "", period_en: str = "") -> tuple[str, str]:
        """The bilingual reason of ``code``; ``period_*`` name the period a term was looked up for
        (already shifted by the term's offset: see :meth:`term_period_offset`)."""
        if code < 0:
            return "", ""
        if code < len(self.terms):
            return missing_term_reason(self.terms[code], period_id, period_en)
        if code < self.out_of_range_code:
            return zero_division_reason(self.divisions[code - len(self.terms)])
        return OUT_OF_RANGE

    def term_offset(self, code: int) -> int:
        """How many periods before the computed one the term of ``code`` was read (0 for others)."""
        return self.terms[code].offset if 0 <= code < len(self.terms) else 0

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT_VERSION, "ops": [list(op) for op in self.ops],
                "terms": [[t.func if isinstance(t, Agg) else None, t.name, t.offset] for t in self.terms],
                "variables": list(self.variables), "divisions": list(self.divisions), "shape": self.shape}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Program:
        """A stored program; a :class:`FormulaError` when it is not one (e.g. an older format)."""
        try:
            if data.get("format") != FORMAT_VERSION:
                raise ValueError("format")
            terms = tuple(Var(str(name), int(offset)) if func is None else Agg(str(func), str(name), int(offset))
                          for func, name, offset in data["terms"])
            ops = tuple(_op(op, len(terms)) for op in data["ops"])
            return cls(ops, terms, tuple(str(v) for v in data["variables"]), tuple(str(d) for d in data["divisions"]),
                       str(data["shape"]))
        except (AttributeError, KeyError, TypeError, ValueError):
            raise FormulaError("program formula tersimpan tidak sah", "the stored formula program is invalid") from None


def _op(raw: Sequence[Any], term_count: int) -> tuple[Any, ...]:
    kind = raw[0]
    if kind == "term" and 0 <= int(raw[1]) < term_count:
        return ("term", int(raw[1]))
    if kind == "const":
        return ("const", float(raw[1]))
    if kind == "neg":
        return ("neg",)
    if kind == "bin" and raw[1] in ("+", "-", "*", "/"):
        return ("bin", raw[1], int(raw[2]))
    raise ValueError(kind)


def _binary(op: str, left: tuple, right: tuple, zero_code: int) -> tuple:
    (lv, ls, lr), (rv, rs, rr) = left, right
    value = lv + rv if op == "+" else lv - rv if op == "-" else lv * rv if op == "*" else lv / rv
    zero = None
    if op == "/":
        zero = np.asarray(rv) == 0
        if rs is not None:
            zero = zero & (rs == STATUS_OK)
        if not zero.any():
            zero = None
    if zero is None and ls is None and rs is None:
        return value, None, None
    # The scalar evaluator's precedence: a zero denominator, then undefined left/right, unknown left/right.
    conditions, statuses, reasons = [], [], []
    if zero is not None:
        conditions.append(zero)
        statuses.append(STATUS_UNDEFINED)
        reasons.append(zero_code)
    for wanted in (STATUS_UNDEFINED, STATUS_UNKNOWN):
        for side_status, side_reason in ((ls, lr), (rs, rr)):
            if side_status is not None:
                conditions.append(side_status == wanted)
                statuses.append(wanted)
                reasons.append(side_reason)
    status = np.select(conditions, statuses, STATUS_OK).astype(np.int8)
    reason = np.select(conditions, reasons, NO_REASON).astype(np.int16)
    return value, status, reason


def compile_program(expression: str | Expr) -> Program:
    """Parse (when given text) and compile one formula. Raises :class:`FormulaError` for bad text."""
    tree = parse_expression(expression) if isinstance(expression, str) else expression
    names = variable_names(tree)
    positional = {name: f"v{i}" for i, name in enumerate(names)}
    terms: dict[Term, int] = {}
    divisions: list[str] = []
    ops: list[tuple[Any, ...]] = []
    stack: list[tuple[Expr, bool]] = [(tree, False)]
    while stack:
        node, expanded = stack.pop()
        if isinstance(node, Num):
            ops.append(("const", node.value))
        elif isinstance(node, (Var, Agg)):
            ops.append(("term", terms.setdefault(node, len(terms))))
        elif isinstance(node, Neg):
            if expanded:
                ops.append(("neg",))
            else:
                stack.extend([(node, True), (node.operand, False)])
        elif isinstance(node, BinOp):
            if expanded:
                index = 0
                if node.op == "/":
                    index = len(divisions)
                    divisions.append(to_text(node.right))
                ops.append(("bin", node.op, index))
            else:
                stack.extend([(node, True), (node.right, False), (node.left, False)])
    shape = to_text(_renamed(tree, positional))
    return Program(tuple(ops), tuple(terms), tuple(names), tuple(divisions), shape)


def _renamed(node: Expr, names: Mapping[str, str]) -> Expr:
    if isinstance(node, (Var, Agg)):
        return replace(node, name=names[node.name])
    if isinstance(node, Neg):
        return Neg(_renamed(node.operand, names))
    if isinstance(node, BinOp):
        return BinOp(node.op, _renamed(node.left, names), _renamed(node.right, names))
    return node

"""Batch evaluation: many formulas × units × periods at once over numpy arrays.

Each formula is parsed once and compiled to a short postfix program; running it is a handful of
whole-array numpy operations, so the cost does not grow with Python-level loops over rows. Every
variable is an array of shape (units, periods) with NaN for unknown. Temporal terms are derived once
per run and shared by all formulas: ``x[n-k]`` shifts along the period axis, ``cumsum(x, n-k)`` is a
running sum (NaN propagates: a missing past period makes the total unknown), ``mean(x)``/``sum(x)``
reduce a (units, periods, sub-periods) array. Division by zero is tracked in a boolean mask, never
left as ±inf, and reported as ``undefined``.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from kinerja.formula.errors import FormulaError
from kinerja.formula.evaluate import Outcome, evaluate
from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Num, Var, to_text
from kinerja.formula.expression import parse_expression

STATUS_OK, STATUS_UNKNOWN, STATUS_UNDEFINED = 0, 1, 2


@dataclass
class BatchData:
    """Inputs for one run. All arrays share (units, periods); periods are consecutive and ascending.

    ``values[x]``: (units, periods). ``before[x]``: (units, m) values of the m periods before the first
    column, oldest first (serves ``x[n-k]`` in the first columns). ``cumulative_before[x]``: (units,)
    total of x up to the period before the first column (serves ``cumsum``; without it the running
    total is unknown). ``parts[x]``: (units, periods, sub-periods) for ``mean(x)``/``sum(x)``.
    """

    values: Mapping[str, np.ndarray]
    before: Mapping[str, np.ndarray] = field(default_factory=dict)
    cumulative_before: Mapping[str, np.ndarray] = field(default_factory=dict)
    parts: Mapping[str, np.ndarray] = field(default_factory=dict)


@dataclass
class BatchResult:
    expression: Expr
    values: np.ndarray      # float64 (units, periods); NaN where the status is not ok
    status: np.ndarray      # int8: 0 ok, 1 unknown, 2 undefined

    def outcome(self, unit: int, period: int, data: BatchData) -> Outcome:
        """The status of one cell with its reason (recomputed by the scalar evaluator for that cell)."""
        return evaluate(self.expression, _cell_terms(self.expression, data, unit, period))


class CompiledBatch:
    """Formulas compiled once; :meth:`run` evaluates all of them over arrays."""

    def __init__(self, formulas: Mapping[str, Expr]) -> None:
        self.expressions = dict(formulas)
        self.programs = {name: _compile(tree) for name, tree in self.expressions.items()}

    def terms(self) -> set[str]:
        """Every catalog term the formulas read (``x``, ``x[n-1]``, ``cumsum(x, n-1)``, ``mean(x)``)."""
        return {op[1] for program in self.programs.values() for op in program if op[0] == "load"}

    def term_values(self, data: BatchData) -> dict[str, np.ndarray]:
        """Each term the formulas read, as a (units, periods) array (what a per-row caller would look up)."""
        shape = _shape(data)
        return {op[1]: _term(op[2], data, shape) for program in self.programs.values() for op in program
                if op[0] == "load"}

    def run(self, data: BatchData | Mapping[str, np.ndarray]) -> dict[str, BatchResult]:
        if not isinstance(data, BatchData):
            data = BatchData(values=data)
        shape = _shape(data)
        cache: dict[str, np.ndarray] = {}
        results = {}
        with np.errstate(all="ignore"):
            for name, program in self.programs.items():
                values, undefined = _execute(program, data, shape, cache)
                undefined = undefined | ~np.isfinite(values) & ~np.isnan(values) if undefined is not None \
                    else ~np.isfinite(values) & ~np.isnan(values)
                status = np.where(undefined, STATUS_UNDEFINED, np.where(np.isnan(values), STATUS_UNKNOWN,
                                                                        STATUS_OK)).astype(np.int8)
                values = np.where(status == STATUS_OK, values, np.nan)
                results[name] = BatchResult(self.expressions[name], values, status)
        return results


def compile_batch(formulas: Mapping[str, str | Expr] | Sequence[str | Expr]) -> CompiledBatch:
    """Parse (once) and compile formulas given as ``{name: expression}`` or a list (named "0", "1", …)."""
    if isinstance(formulas, Mapping):
        items = list(formulas.items())
    elif isinstance(formulas, Sequence) and not isinstance(formulas, str):
        items = [(str(i), f) for i, f in enumerate(formulas)]
    else:
        raise FormulaError("formula batch harus berupa daftar atau peta", "batch formulas must be a list or a mapping")
    return CompiledBatch({str(name): parse_expression(f) if isinstance(f, str) else f for name, f in items})


# --- compilation ---------------------------------------------------------------------------------

_Op = tuple  # ("load", term, node) | ("const", value) | ("neg",) | ("bin", op)


def _compile(tree: Expr) -> list[_Op]:
    program: list[_Op] = []
    stack: list[tuple[Expr, bool]] = [(tree, False)]
    while stack:
        node, expanded = stack.pop()
        if isinstance(node, Num):
            program.append(("const", node.value))
        elif isinstance(node, (Var, Agg)):
            program.append(("load", to_text(node), node))
        elif isinstance(node, Neg):
            if expanded:
                program.append(("neg",))
            else:
                stack.extend([(node, True), (node.operand, False)])
        elif isinstance(node, BinOp):
            if expanded:
                program.append(("bin", node.op))
            else:
                stack.extend([(node, True), (node.right, False), (node.left, False)])
    return program


def _execute(program: list[_Op], data: BatchData, shape: tuple[int, int],
             cache: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray | None]:
    stack: list[tuple[np.ndarray | float, np.ndarray | None]] = []
    for op in program:
        if op[0] == "const":
            stack.append((op[1], None))
        elif op[0] == "load":
            if op[1] not in cache:
                cache[op[1]] = _term(op[2], data, shape)
            stack.append((cache[op[1]], None))
        elif op[0] == "neg":
            value, undefined = stack.pop()
            stack.append((-value, undefined))
        else:
            right, right_undefined = stack.pop()
            left, left_undefined = stack.pop()
            undefined = _either(left_undefined, right_undefined)
            if op[1] == "+":
                value = left + right
            elif op[1] == "-":
                value = left - right
            elif op[1] == "*":
                value = left * right
            else:
                zero = np.asarray(right) == 0
                value = np.divide(left, right)
                if np.any(zero):
                    value = np.where(zero, np.nan, value)
                    undefined = _either(undefined, np.broadcast_to(zero, shape))
            stack.append((value, undefined))
    value, undefined = stack.pop()
    return np.broadcast_to(np.asarray(value, dtype=np.float64), shape), undefined


def _either(a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray | None:
    if a is None:
        return b
    if b is None:
        return a
    return a | b


def _shape(data: BatchData) -> tuple[int, int]:
    shapes = {np.shape(v) for v in data.values.values()}
    shapes |= {np.shape(v)[:2] for v in data.parts.values()}
    if len(shapes) != 1 or len(next(iter(shapes))) != 2:
        raise FormulaError("semua larik harus berbentuk (unit, periode) yang sama",
                           "all arrays must have the same (units, periods) shape")
    return next(iter(shapes))  # type: ignore[return-value]


def _term(node: Var | Agg, data: BatchData, shape: tuple[int, int]) -> np.ndarray:
    unknown = np.full(shape, np.nan)
    if isinstance(node, Agg) and node.func in ("mean", "sum"):
        parts = data.parts.get(node.name)
        if parts is None:
            # As in the scalar evaluator: x recorded at the period itself is its own mean and sum.
            own = data.values.get(node.name)
            return unknown if own is None else _shift(np.asarray(own, dtype=np.float64), node.offset, None)
        reduced = np.asarray(parts, dtype=np.float64)
        reduced = reduced.mean(axis=2) if node.func == "mean" else reduced.sum(axis=2)
        return _shift(reduced, node.offset, None)
    values = data.values.get(node.name)
    if values is None:
        return unknown
    values = np.asarray(values, dtype=np.float64)
    if isinstance(node, Var):
        return values if node.offset == 0 else _shift(values, node.offset, data.before.get(node.name))
    base = data.cumulative_before.get(node.name)
    start = np.full((shape[0], 1), np.nan) if base is None else np.asarray(base, dtype=np.float64).reshape(-1, 1)
    running = np.concatenate([start, start + np.cumsum(values, axis=1)], axis=1)  # running[:, j+1] = total ≤ j
    return _shift(running[:, 1:], node.offset, running[:, :1])


def _shift(values: np.ndarray, offset: int, before: np.ndarray | None) -> np.ndarray:
    """Column j gets the value of column j - offset (from ``before`` for the first columns)."""
    if offset == 0:
        return values
    out = np.full(values.shape, np.nan)
    periods = values.shape[1]
    if offset < periods:
        out[:, offset:] = values[:, :periods - offset]
    if before is not None:
        before = np.asarray(before, dtype=np.float64)
        for column in range(min(offset, periods)):
            source = before.shape[1] + column - offset
            if source >= 0:
                out[:, column] = before[:, source]
    return out


def _cell_terms(tree: Expr, data: BatchData, unit: int, period: int) -> dict[str, object]:
    """The catalog terms of one cell, for the scalar evaluator's reasons."""
    shape = _shape(data)
    terms: dict[str, object] = {}
    for op in _compile(tree):
        if op[0] == "load":
            value = float(_term(op[2], data, shape)[unit, period])
            terms[op[1]] = None if np.isnan(value) else value
    return terms

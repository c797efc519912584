"""Scalar evaluation: one formula, one unit, one period, with temporal look-ups.

Unknown is not zero: a missing input makes the outcome ``unknown`` with the reason; a division by
zero makes it ``undefined`` ("tidak terdefinisi") with the reason. Nothing here raises for bad data
except :class:`FormulaError` for values that are not numbers.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Protocol, runtime_checkable

from kinerja.formula.errors import FormulaError
from kinerja.formula.expr import Agg, Expr, Neg, Num, Var, to_text
from kinerja.formula.expression import parse_expression
from kinerja.periods import FINER_KINDS, Period, PeriodError, parse_period

OK, UNKNOWN, UNDEFINED = "ok", "unknown", "undefined"


@dataclass
class Outcome:
    value: float | None
    status: str                    # "ok" | "unknown" | "undefined"
    reason_id: str | None = None
    reason_en: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == OK


@runtime_checkable
class PeriodSource(Protocol):
    """What the measurement layer gives the evaluator. ``None`` means unknown."""

    def value(self, name: str, period: Period) -> float | None: ...

    def cumulative(self, name: str, period: Period) -> float | None:
        """Total of ``name`` over all periods of this grain up to and including ``period``."""

    def parts(self, name: str, period: Period) -> list[float | None] | None:
        """Values of the sub-periods of ``period`` (months or quarters), ``None`` if none are known."""


class PeriodData:
    """A dict-backed :class:`PeriodSource`, built from rows ``(variable, period, value)``.

    Periods are :class:`kinerja.periods.Period` values, years (``2023``) or keys (``"2023-Q2"``,
    ``"2023-S1"``, ``"2023-M07"``). Sub-period rows
    (quarters of a year) serve ``mean(x)``/``sum(x)`` of the year; ``cumulative`` sums the rows of the
    same grain from the latest explicit total (``set_cumulative``) or else from the first recorded
    value, and is unknown if any period in between is missing.
    """

    def __init__(self) -> None:
        self._values: dict[str, dict[Period, float | None]] = {}
        self._totals: dict[str, dict[Period, float | None]] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, Period | int | str, object]],
                  cumulative: Iterable[tuple[str, Period | int | str, object]] = ()) -> "PeriodData":
        data = cls()
        for name, period, value in rows:
            data.set(name, period, value)
        for name, period, total in cumulative:
            data.set_cumulative(name, period, total)
        return data

    def set(self, name: str, period: Period | int | str, value: object) -> None:
        self._values.setdefault(name, {})[as_period(period)] = _number(value, name)

    def set_cumulative(self, name: str, period: Period | int | str, total: object) -> None:
        self._totals.setdefault(name, {})[as_period(period)] = _number(total, name)

    def value(self, name: str, period: Period) -> float | None:
        return self._values.get(name, {}).get(period)

    def cumulative(self, name: str, period: Period) -> float | None:
        # Start from the latest explicit total at or before the period, else from the first recorded
        # value; every period after that start must be known.
        totals = {p: v for p, v in self._totals.get(name, {}).items() if p.kind == period.kind and p <= period}
        series = {p: v for p, v in self._values.get(name, {}).items() if p.kind == period.kind and p <= period}
        if totals:
            start = max(totals)
            total, first = totals[start], start.next()
            if total is None:
                return None
        elif series:
            total, first = 0.0, min(series)
        else:
            return None
        for step in range(period.ordinal - first.ordinal + 1):
            value = series.get(first.shifted(step))
            if value is None:
                return None
            total += value
        return total

    def parts(self, name: str, period: Period) -> list[float | None] | None:
        recorded = self._values.get(name, {})
        for kind in FINER_KINDS[period.kind]:
            wanted = period.children(kind)
            if any(p in recorded for p in wanted):
                return [recorded.get(p) for p in wanted]
        # Recorded at the period itself (a monthly value of a monthly indicator): the mean or sum of x
        # over that period is x, so "mean(ihk)" reads the month's own IHK.
        return [recorded[period]] if period in recorded else None


class _MappingSource:
    """Plain ``{"x": 1, "x[n-1]": 2, "cumsum(x, n-1)": 3, "mean(x)": [..]}`` for one period."""

    def __init__(self, mapping: Mapping[str, object]) -> None:
        self.mapping = mapping

    def term(self, node: Var | Agg) -> object:
        return self.mapping.get(to_text(node))


def _number(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise FormulaError(f"nilai '{name}' bukan angka: {value!r}", f"the value of '{name}' is not a number: {value!r}")
    number = float(value)
    return number if math.isfinite(number) else None


@lru_cache(maxsize=4096)
def _parsed(expression: str) -> Expr:
    return parse_expression(expression)


def evaluate(expression: str | Expr, data: PeriodSource | Mapping[str, object],
             period: Period | int | str | None = None) -> Outcome:
    """Value of ``expression`` for ``period``. ``data`` is a :class:`PeriodSource` (e.g. :class:`PeriodData`)
    or, for a single period, a mapping from catalog terms (``x``, ``x[n-1]``, ``cumsum(x, n-1)``,
    ``mean(x)``) to numbers."""
    tree = _parsed(expression) if isinstance(expression, str) else expression
    if isinstance(data, Mapping):
        walker = _Walker(_MappingSource(data), None)
    else:
        if period is None:
            raise FormulaError("periode harus diberikan", "a period must be given")
        walker = _Walker(data, as_period(period))
    value, status, reason = walker.walk(tree)
    if status == OK and not math.isfinite(value):
        status, reason = UNDEFINED, OUT_OF_RANGE
    if status != OK:
        return Outcome(None, status, reason[0], reason[1])
    return Outcome(value, OK)


_Result = tuple[float, str, tuple[str, str]]
_NO_REASON = ("", "")


class _Walker:
    def __init__(self, source: object, period: Period | None) -> None:
        self.source = source
        self.period = period

    def walk(self, node: Expr) -> _Result:
        if isinstance(node, Num):
            return node.value, OK, _NO_REASON
        if isinstance(node, (Var, Agg)):
            return self.term(node)
        if isinstance(node, Neg):
            value, status, reason = self.walk(node.operand)
            return -value, status, reason
        left = self.walk(node.left)
        right = self.walk(node.right)
        if node.op == "/" and right[1] == OK and right[0] == 0:
            return math.nan, UNDEFINED, zero_division_reason(to_text(node.right))
        for status in (UNDEFINED, UNKNOWN):
            for side in (left, right):
                if side[1] == status:
                    return math.nan, status, side[2]
        a, b = left[0], right[0]
        value = a + b if node.op == "+" else a - b if node.op == "-" else a * b if node.op == "*" else a / b
        return value, OK, _NO_REASON

    def term(self, node: Var | Agg) -> _Result:
        if isinstance(self.source, _MappingSource):
            raw = self.source.term(node)
            if isinstance(raw, Sequence) and not isinstance(raw, str) and isinstance(node, Agg):
                value = _aggregate(node.func, [_number(v, node.name) for v in raw])
            else:
                value = _number(raw, node.name)
            if value is None:
                term = to_text(node)
                return math.nan, UNKNOWN, (f"nilai '{term}' belum ada", f"no value for '{term}'")
            return value, OK, _NO_REASON
        assert self.period is not None
        source: PeriodSource = self.source  # type: ignore[assignment]
        target = self.period.shifted(-node.offset)
        if isinstance(node, Var):
            value = source.value(node.name, target)
        elif node.func == "cumsum":
            value = source.cumulative(node.name, target)
        else:
            parts = source.parts(node.name, target)
            value = _aggregate(node.func, parts) if parts else None
        reason = missing_term_reason(node, target.label(), target.label("en"))
        if value is None or not math.isfinite(value):
            return math.nan, UNKNOWN, reason
        return value, OK, _NO_REASON


def missing_term_reason(node: Var | Agg, period_id: str, period_en: str) -> tuple[str, str]:
    """Why a term has no value, naming the term and the period it was looked up for (both evaluators)."""
    if isinstance(node, Var):
        return (f"nilai '{node.name}' untuk periode {period_id} belum ada",
                f"no value for '{node.name}' in period {period_en}")
    if node.func == "cumsum":
        return (f"total '{node.name}' s.d. periode {period_id} belum lengkap",
                f"the running total of '{node.name}' up to period {period_en} is incomplete")
    return (f"nilai sub-periode '{node.name}' dalam periode {period_id} belum lengkap",
            f"the sub-period values of '{node.name}' in period {period_en} are incomplete")


def zero_division_reason(shown: str) -> tuple[str, str]:
    """Why a division is undefined; ``shown`` is the denominator as the catalog language prints it."""
    return (f"pembagian dengan nol ({shown} = 0): hasil tidak terdefinisi",
            f"division by zero ({shown} = 0): the result is undefined")


OUT_OF_RANGE = ("hasil di luar jangkauan angka", "the result is out of numeric range")


def as_period(value: Period | int | str) -> Period:
    """A period given as a :class:`Period`, a year or a key; a :class:`FormulaError` otherwise."""
    if isinstance(value, Period):
        return value
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return Period.of_year(value)
        if isinstance(value, str):
            return parse_period(value)
    except PeriodError:
        pass
    raise FormulaError(f"periode '{value}' tidak dikenali (contoh: 2023, 2023-Q2, 2023-M07)",
                       f"period '{value}' is not recognised (e.g. 2023, 2023-Q2, 2023-M07)")


def _aggregate(func: str, values: list[float | None]) -> float | None:
    if not values or any(v is None for v in values):
        return None
    total = math.fsum(v for v in values if v is not None)
    return total / len(values) if func == "mean" else total

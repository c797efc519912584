"""Terms of a formula over time, as arrays: what ``x``, ``x[n-k]``, ``cumsum(x, n-k)`` and
``mean(x)``/``sum(x)`` mean for each column of a block, and for spans of columns (a year, the year to
date, a quarter of months) when the ``recompute`` rule evaluates the formula on summed variables.

Every array is (rows, columns) with NaN for unknown; unknown is never zero. The definitions, stated
once (docs/measurement.md, "Terms over time"):

- over the block's own periods: ``x[n-k]`` is ``x`` k periods earlier; ``cumsum(x, n-k)`` is the
  running total of ``x`` from its first recorded period up to k periods earlier, unknown across a gap;
  ``mean(x)``/``sum(x)`` of an own period is the period's own value;
- over a series of spans (each the same length, one per year or per quarter): ``x`` is the sum of
  ``x`` over the span (unknown if a period of it is missing); ``x[n-k]`` the same over the span k
  steps earlier; ``mean(x)``/``sum(x)`` the mean/sum over that span; ``cumsum(x, n-k)`` the running
  total up to the end of the span k steps earlier.
"""
from __future__ import annotations

import numpy as np

from kinerja.formula.batch import Program
from kinerja.formula.expr import Agg, Var

# Entered values have at most 8 decimals (the database keeps 8): a float sum is rounded back to them,
# so 30,33 + 30,33 + 30,34 is exactly 91 and lands in the band a person expects.
DECIMALS = 8
_EXACT_BELOW = 2.0 ** 52 / 10 ** DECIMALS


def plain_sum(parts: np.ndarray) -> np.ndarray:
    """Sum over the last axis in period order (as a person adds them up); NaN if any part is."""
    total = parts[..., 0].copy() if parts.shape[-1] else np.zeros(parts.shape[:-1])
    for j in range(1, parts.shape[-1]):
        total = total + parts[..., j]
    return total


def exact_sum(parts: np.ndarray) -> np.ndarray:
    """:func:`plain_sum` of entered values, rounded back to the entered precision."""
    return rounded(plain_sum(parts))


def rounded(values: np.ndarray) -> np.ndarray:
    small = np.abs(values) < _EXACT_BELOW
    return np.where(small, np.round(values, DECIMALS), values)


def shift(values: np.ndarray, k: int) -> np.ndarray:
    """Column j gets column j - k (NaN where that is before the first column)."""
    if k == 0:
        return values
    out = np.full(values.shape, np.nan)
    if k < values.shape[-1]:
        out[..., k:] = values[..., :values.shape[-1] - k]
    return out


def running_total(values: np.ndarray) -> np.ndarray:
    """Total from the first known column up to each column; NaN before it and from any gap on."""
    known = ~np.isnan(values)
    started = np.maximum.accumulate(known, axis=-1)
    gap = np.cumsum(started & ~known, axis=-1) > 0
    totals = rounded(np.cumsum(np.where(known, values, 0.0), axis=-1))
    return np.where(started & ~gap, totals, np.nan)


def own_terms(program: Program, variables: np.ndarray) -> list[np.ndarray]:
    """The term arrays of ``program`` over own periods; ``variables`` is (rows, V, columns)."""
    position = {name: v for v, name in enumerate(program.variables)}
    totals: dict[int, np.ndarray] = {}
    out = []
    for term in program.terms:
        x = variables[:, position[term.name], :]
        if isinstance(term, Agg) and term.func == "cumsum":
            v = position[term.name]
            if v not in totals:
                totals[v] = running_total(x)
            out.append(shift(totals[v], term.offset))
        else:
            out.append(shift(x, term.offset))
    return out


def span_columns(starts: np.ndarray, length: int) -> np.ndarray:
    """(spans, length) column indices of spans that start at ``starts``."""
    return starts[:, None] + np.arange(length)[None, :]


def span_terms(program: Program, variables: np.ndarray, starts: np.ndarray, length: int) -> list[np.ndarray]:
    """The term arrays of ``program`` over a series of spans (rows, spans)."""
    position = {name: v for v, name in enumerate(program.variables)}
    columns = span_columns(starts, length)
    sums: dict[int, np.ndarray] = {}
    totals: dict[int, np.ndarray] = {}
    out = []
    for term in program.terms:
        v = position[term.name]
        if v not in sums:
            sums[v] = exact_sum(variables[:, v, :][:, columns])
        if isinstance(term, Agg) and term.func == "cumsum":
            if v not in totals:
                totals[v] = running_total(variables[:, v, :])[:, columns[:, -1]]
            out.append(shift(totals[v], term.offset))
        elif isinstance(term, Agg) and term.func == "mean":
            out.append(shift(sums[v] / length, term.offset))
        else:
            assert isinstance(term, (Var, Agg))
            out.append(shift(sums[v], term.offset))
    return out

"""Batch vs per-row evaluation of 1,000,000 (indicator × unit × period) values.

The formulas are the distinct expressions of the gold seed readings, read by the engine itself; the
per-row baseline walks each parsed tree once per value (the same scalar evaluator the pages use), the
batch engine runs the compiled programs over (units, periods) arrays. Both run here, in the same
process, on the same data; the ratio is what to compare across machines.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from kinerja.formula import BatchData, VariableRegistry, compile_batch, evaluate, read_formula
from kinerja.formula.expr import variable_names

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold"
UNITS, PERIODS, TARGET_VALUES = 1000, 25, 1_000_000


def _formulas() -> list[str]:
    expressions: list[str] = []
    for path in sorted(GOLD.glob("seed*.json")):
        registry = VariableRegistry()
        for row in json.loads(path.read_text(encoding="utf-8"))["indicators"]:
            reading = read_formula(row.get("formula_text") or "", definisi=row.get("definisi"), registry=registry)
            if reading.expression and reading.expression not in expressions:
                expressions.append(reading.expression)
    fallback = ["a / b * 100", "(a - a[n-1]) / a[n-1] * 100", "a / (b - cumsum(a, n-1)) * 100", "mean(m)"]
    return expressions or fallback


def main() -> None:
    expressions = _formulas()
    count = TARGET_VALUES // (UNITS * PERIODS)
    expressions = (expressions * (count // len(expressions) + 1))[:count]
    batch = compile_batch({str(i): e for i, e in enumerate(expressions)})
    rng = np.random.default_rng(2023)
    names = sorted({name for tree in batch.expressions.values() for name in variable_names(tree)})
    values = {name: rng.integers(0, 500, size=(UNITS, PERIODS)).astype(float) for name in names}
    for array in values.values():
        array[rng.random(array.shape) < 0.02] = np.nan   # some realisasi not reported yet
    data = BatchData(values=values,
                     before={n: rng.integers(1, 500, size=(UNITS, 1)).astype(float) for n in names},
                     cumulative_before={n: rng.integers(0, 5000, size=UNITS).astype(float) for n in names},
                     parts={n: rng.integers(1, 200, size=(UNITS, PERIODS, 12)).astype(float) for n in names})
    total = len(expressions) * UNITS * PERIODS

    started = time.perf_counter()
    results = batch.run(data)
    batch_seconds = time.perf_counter() - started

    # The per-row baseline gets each cell's terms ready-made (as a measurement row would); only the
    # tree walks are timed.
    trees = list(batch.expressions.values())
    term_arrays = batch.term_values(data)
    rows = [{term: _value(array[u, p]) for term, array in term_arrays.items()}
            for u in range(UNITS) for p in range(PERIODS)]
    started = time.perf_counter()
    per_row = [[evaluate(tree, row).value for row in rows] for tree in trees]
    row_seconds = time.perf_counter() - started

    agree = all(np.allclose(np.array(per_row[i], dtype=float).reshape(UNITS, PERIODS), results[str(i)].values,
                            equal_nan=True) for i in range(len(trees)))
    print(f"formula batch: {len(trees)} formulas × {UNITS} units × {PERIODS} periods = {total:,} values")
    print(f"  batch   : {batch_seconds:.3f} s")
    print(f"  per-row : {row_seconds:.3f} s (tree-walking evaluator)")
    print(f"  ratio   : {row_seconds / batch_seconds:.0f}× faster; results agree: {agree}")


def _value(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


if __name__ == "__main__":
    main()

"""Compiled programs vs per-row evaluation of 1,000,000 (indicator × unit × period) values.

The formulas are the distinct expressions of the gold seed readings, read by the engine itself and
compiled once (:func:`kinerja.formula.compile_program`, what saving an indicator does); the batch side
runs each program over (units, periods) term arrays — the derivation engine's inner loop — and the
per-row baseline walks each tree once per value with the scalar evaluator (the test oracle). Both run
here, in the same process, on the same terms; the ratio is what to compare across machines. The last
line is ``BENCH {json}``.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from kinerja.formula import VariableRegistry, compile_program, evaluate, read_formula
from kinerja.formula.expr import to_text

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
    started = time.perf_counter()
    programs = [compile_program(e) for e in expressions]
    compile_seconds = time.perf_counter() - started
    rng = np.random.default_rng(2023)
    terms = []
    for program in programs:
        arrays = [rng.integers(0, 500, size=(UNITS, PERIODS)).astype(float) for _ in program.terms]
        for array in arrays:
            array[rng.random(array.shape) < 0.02] = np.nan   # some realisasi not reported yet
        terms.append(arrays)
    total = len(programs) * UNITS * PERIODS

    started = time.perf_counter()
    results = [program.run(arrays, (UNITS, PERIODS)) for program, arrays in zip(programs, terms)]
    batch_seconds = time.perf_counter() - started

    # The per-row baseline gets each cell's terms ready-made (as a measurement row would); only the
    # tree walks are timed.
    rows = [[{to_text(t): _value(a[u, p]) for t, a in zip(program.terms, arrays)}
             for u in range(UNITS) for p in range(PERIODS)] for program, arrays in zip(programs, terms)]
    started = time.perf_counter()
    per_row = [[evaluate(e, row).value for row in cells] for e, cells in zip(expressions, rows)]
    row_seconds = time.perf_counter() - started

    agree = all(np.allclose(np.array(per_row[i], dtype=float).reshape(UNITS, PERIODS), results[i].values,
                            equal_nan=True) for i in range(len(programs)))
    ratio = row_seconds / batch_seconds
    print(f"formula batch: {len(programs)} formulas × {UNITS} units × {PERIODS} periods = {total:,} values")
    print(f"  compiled once: {compile_seconds * 1000:.1f} ms for {len(programs)} formulas")
    print(f"  batch   : {batch_seconds:.3f} s")
    print(f"  per-row : {row_seconds:.3f} s (tree-walking evaluator, the test oracle)")
    print(f"  ratio   : {ratio:.0f}× faster; results agree: {agree}")
    print("BENCH " + json.dumps({"values": total, "formulas": len(programs),
                                 "compile_ms": round(compile_seconds * 1000, 1),
                                 "batch_s": round(batch_seconds, 4), "per_row_s": round(row_seconds, 3),
                                 "speedup": round(ratio, 1), "agree": agree}))


def _value(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


if __name__ == "__main__":
    main()

"""Formula reading: accuracy and honesty on the formula zoo, and the time of the worst cells.

The baseline is the reader as it was before issue 10 (commit ``BASELINE``, the branch point of that work),
taken out of git into a temporary folder and run in the same run, on the same cells, by the same child
script as the current reader; each reader runs in its own process (``PYTHONPATH`` decides which one is
imported). Cells come from ``tests/formula/zoo.py`` (formulas in every shape and writing style with their
expected readings) and are judged by the same rule as the tests: right = kind and expression (scored by
``score_import.same_expression``); confidently wrong = not right at or above the review threshold.

Time: the issue-10 cell ("x 22" repeated 20 times; the baseline's nested-quantifier pattern backtracks
exponentially on it, so it runs under a wall-clock limit) and a set of the longest cells (5,000
characters of repeated and random formula pieces), whose slowest reading is reported.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "5abc825"  # main before the honest formula reader
ZOO_CELLS = 2000
ISSUE_TERMS = 20
BASELINE_LIMIT = 60.0
LONG_CELLS = 300
MAX_TEXT = 5000
PIECES = ["x 22", "dibagi", "Jumlah", "jumlah seluruh", "/", ":", "(", ")", "-", "x 100%", "=", "a =",
          "s.d. tahun lalu",
          "tahun (n-1)", "usia 5-6 tahun", "meliputi :", "Renja,", "\\frac{", "}{", "}", "64 : 12.317 X 100% = 0.52%",
          "per 1.000", "SD/MI", "Ket :", "1.234,5", "Σ", "rata-rata", ";", "%", "9" * 30]

CHILD = """
import inspect, json, sys, time
from kinerja.formula import FormulaError, read_formula
import kinerja.formula.reader as reader
if hasattr(reader, "TIME_LIMIT_SECONDS"):
    reader.TIME_LIMIT_SECONDS = 3600  # measure the work, not the bound that would stop it
takes_indikator = "indikator" in inspect.signature(read_formula).parameters
read_formula("Jumlah A dibagi Jumlah B x 100%")  # warm up: the expression grammar is built on first use
out = []
for cell in json.load(sys.stdin):
    extra = {"indikator": cell.get("indikator")} if takes_indikator else {}
    started = time.perf_counter()
    try:
        reading = read_formula(cell["text"], definisi=cell.get("definisi"), **extra)
        formula, confidence = reading.to_catalog(), reading.confidence
    except FormulaError:
        formula, confidence = None, 0.0
    out.append({"formula": formula, "confidence": confidence, "seconds": time.perf_counter() - started})
json.dump(out, sys.stdout)
"""


def _baseline_source(folder: Path) -> Path | None:
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASELINE, "src/kinerja"], capture_output=True,
                                 check=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def _read(source: Path, cells: list[dict], timeout: float | None = None) -> list[dict] | None:
    """The readings of ``cells`` by the reader in ``source``; None if it did not finish within ``timeout``."""
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONIOENCODING": "utf-8"}
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(cells), capture_output=True, text=True,
                              encoding="utf-8", env=env, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def _scores(cells, readings: list[dict]) -> dict:
    from formula.zoo import judge  # tests/formula/zoo.py

    verdicts = [judge(cell.expected, r["formula"], r["confidence"]) for cell, r in zip(cells, readings)]
    with_expression = [v for c, v in zip(cells, verdicts) if c.expected["expression"]]
    n = len(verdicts)
    return {"kind": round(sum(v.kind_right for v in verdicts) / n, 4),
            "expression": round(sum(v.expression_right for v in with_expression) / len(with_expression), 4),
            "right": round(sum(v.right for v in verdicts) / n, 4),
            "confidently_wrong": round(sum(v.confidently_wrong for v in verdicts) / n, 4),
            "flagged": round(sum(v.confidence < 0.7 for v in verdicts) / n, 4),
            "ms_per_cell": round(1000 * sum(r["seconds"] for r in readings) / n, 3)}


def _issue_cell(source: Path, limit: float | None) -> float | None:
    readings = _read(source, [{"text": "Jumlah A " + "x 22 " * ISSUE_TERMS + "B"}], timeout=limit)
    return None if readings is None else readings[0]["seconds"]


def _long_cells() -> list[dict]:
    rng = random.Random(10)
    cells = []
    for index in range(LONG_CELLS):
        if index % 2:
            unit = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))) + " "
            text = (unit * (MAX_TEXT // len(unit) + 1))[:MAX_TEXT]
        else:
            alphabet = "".join(rng.sample("x22 /:()-=+%.,;aJumlh\\{}$", rng.randint(2, 12)))
            text = "".join(rng.choice(alphabet) for _ in range(MAX_TEXT))
        cells.append({"text": text})
    return cells


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from formula.zoo import zoo

    cells = zoo(ZOO_CELLS, seed=99)
    payload = [{"text": c.text, "definisi": c.definisi, "indikator": c.indikator} for c in cells]
    current_source = ROOT / "src"
    with tempfile.TemporaryDirectory() as folder:
        baseline_source = _baseline_source(Path(folder))
        after = _scores(cells, _read(current_source, payload) or [])
        before = _scores(cells, _read(baseline_source, payload) or []) if baseline_source else None
        issue_after = _issue_cell(current_source, None)
        issue_before = _issue_cell(baseline_source, BASELINE_LIMIT) if baseline_source else None
    long_readings = _read(current_source, _long_cells()) or []
    worst = max(r["seconds"] for r in long_readings)

    print(f"formula zoo: {ZOO_CELLS} cells, baseline = reader at {BASELINE} (same run, same cells)")
    for name in ("kind", "expression", "right", "confidently_wrong", "flagged", "ms_per_cell"):
        shown_before = "-" if before is None else before[name]
        print(f"  {name:18}: before {shown_before}  after {after[name]}")
    shown = "did not finish" if issue_before is None else f"{issue_before:.2f} s"
    print(f"  'x 22' × {ISSUE_TERMS} cell: before {shown} (limit {BASELINE_LIMIT:g} s), "
          f"after {issue_after * 1000:.1f} ms")
    print(f"  slowest of {LONG_CELLS} cells of {MAX_TEXT} characters: {worst * 1000:.1f} ms")
    figures = {"zoo_cells": ZOO_CELLS, "baseline": BASELINE,
               **{f"{k}_before": (None if before is None else v) for k, v in (before or after).items()},
               **{f"{k}_after": v for k, v in after.items()},
               "issue_cell_seconds_before": issue_before if issue_before is not None else f">{BASELINE_LIMIT:g}",
               "issue_cell_seconds_after": round(issue_after, 4),
               "long_cells": LONG_CELLS, "slowest_long_cell_seconds_after": round(worst, 4)}
    print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()

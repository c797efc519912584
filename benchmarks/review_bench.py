"""Indicator review of a 300-indicator agency (target < 2 s), as the quality page and the report run it.

The agency is the three real decrees of ../shared/gold (205 rows, their positions and duties) topped up
to 300 rows with copies put under other positions, so the cross-row checks (copies, cascade, typos
against the decree's vocabulary) work on a decree of that size. Measured twice: with the structured
formulas (what the database holds) and with formula text only (what an unstructured import gives).

Baseline, in the same run: the formula engine reading the same 300 formula texts, which every import
of such a decree already does.
"""
from __future__ import annotations

import copy
import json
import statistics
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold"
ROWS = 300


def _time(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def agency_catalog() -> dict:
    catalogs = [json.loads((GOLD / f"seed{n}.json").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    rows = [row for catalog in catalogs for row in catalog["indicators"]]
    positions = [p for catalog in catalogs for p in catalog["positions"]]
    extra = []
    for n, row in enumerate(rows[: ROWS - len(rows)]):
        moved = copy.deepcopy(row)
        moved["jabatan"] = f"Kepala Seksi Tambahan {n % 12 + 1}"
        extra.append(moved)
    for row in rows + extra:
        row["issues"] = []
    return {"document": {"jenis": "IKU+IKI", "perangkat_daerah": "Dinas Gabungan"}, "positions": positions,
            "indicators": rows + extra, "warnings": []}


def main() -> None:
    from kinerja.formula import VariableRegistry, read_formula
    from kinerja.review import review_catalog

    structured = agency_catalog()
    text_only = copy.deepcopy(structured)
    for row in text_only["indicators"]:
        row["formula"] = None
    formulas = [r["formula_text"] for r in structured["indicators"] if r.get("formula_text")]

    def baseline() -> None:
        registry = VariableRegistry()
        for text in formulas:
            read_formula(text, registry=registry)

    first_started = time.perf_counter()
    findings = review_catalog(structured)   # the first call also loads the Indonesian dictionary
    first = time.perf_counter() - first_started
    review = _time(lambda: review_catalog(structured))
    review_text = _time(lambda: review_catalog(text_only))
    base = _time(baseline)
    rows = len(structured["indicators"])
    print(f"{'rows':<28}{rows:>10}")
    print(f"{'findings':<28}{len(findings):>10}")
    print(f"{'review, first call':<28}{first * 1000:>8.0f}ms")
    print(f"{'review (structured)':<28}{review * 1000:>8.0f}ms")
    print(f"{'review (formula text only)':<28}{review_text * 1000:>8.0f}ms")
    print(f"{'baseline: read 300 formulas':<28}{base * 1000:>8.0f}ms")
    print("BENCH " + json.dumps({"rows": rows, "findings": len(findings), "review_first_s": round(first, 3),
                                 "review_s": round(review, 3), "review_text_only_s": round(review_text, 3),
                                 "baseline_read_formulas_s": round(base, 3),
                                 "ratio_review_to_baseline": round(review / base, 2),
                                 "ratio_text_only_to_baseline": round(review_text / base, 2),
                                 "target_s": 2.0}))


if __name__ == "__main__":
    main()

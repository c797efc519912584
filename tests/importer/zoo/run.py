"""``python -m tests.importer.zoo.run [LAYOUT …]``: score every layout × catalog and print a table."""
from __future__ import annotations

import sys
import time

from .score import score_layout
from .catalogs import all_catalogs
from .registry import ZOO


def main(argv: list[str]) -> int:
    wanted = set(argv)
    catalogs = all_catalogs()
    for layout in ZOO:
        if wanted and layout.name not in wanted:
            continue
        for name, catalog in catalogs.items():
            if layout.iki_only and not catalog["positions"]:
                continue
            started = time.perf_counter()
            try:
                result = score_layout(layout, name)
            except Exception as exc:  # noqa: BLE001 - a report, not a test
                print(f"{layout.name:28} {name:24} ERROR {type(exc).__name__}: {str(exc)[:150]}")
                continue
            flag = "" if result["recall"] >= 0.97 and result["precision"] >= 0.97 and result["fields"] >= 0.95 else "  <<<"
            print(f"{layout.name:28} {name:24} rows {result['rows_pred']:3}/{result['rows_gold']:3} "
                  f"R {result['recall']:.3f} P {result['precision']:.3f} F {result['fields']:.3f} "
                  f"H {result['header']:.2f} {time.perf_counter() - started:5.1f}s{flag}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

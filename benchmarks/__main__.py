"""`make bench`: run every benchmarks/*_bench.py in turn; each prints its own figures.

Benchmarks compare against a baseline measured in the same run, because these machines are noisy.
"""
from __future__ import annotations

import importlib
import pathlib
import sys
import time


def main() -> int:
    here = pathlib.Path(__file__).parent
    wanted = set(sys.argv[1:])
    failures = 0
    for path in sorted(here.glob("*_bench.py")):
        if wanted and path.stem not in wanted:
            continue
        print(f"== {path.stem}", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"benchmarks.{path.stem}").main()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failures += 1
            print(f"FAILED: {exc!r}", flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

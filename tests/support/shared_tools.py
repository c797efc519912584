"""Load the scorer that lives in ../shared/tools (not a package, so it is imported by path)."""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@cache
def score_import() -> ModuleType:
    path = SHARED / "tools" / "score_import.py"
    spec = importlib.util.spec_from_file_location("kinerja_shared_score_import", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

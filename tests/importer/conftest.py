from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def seed_path(number: int) -> Path:
    return next(p for p in SEEDS if p.name.startswith(f"{number:03d}_"))


@pytest.fixture(scope="session")
def seed_readings():
    from kinerja.importer import read_decree

    return {n: read_decree(seed_path(n)) for n in (1, 2, 3)}

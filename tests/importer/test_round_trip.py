"""Each seed's catalog, written to .docx and read back, is the same catalog."""
from __future__ import annotations

import pytest

from kinerja.importer import read_decree
from .docx_writer import catalog_to_docx


def _comparable(catalog: dict) -> dict:
    return {key: catalog[key] for key in ("document", "positions", "indicators")}


@pytest.mark.parametrize("number", [1, 2, 3])
def test_seed_catalog_survives_docx_round_trip(seed_readings, number):
    original = seed_readings[number].catalog
    assert original["indicators"], "the seed must produce rows for the round trip to mean anything"
    again = read_decree(catalog_to_docx(original), filename=f"seed{number}.docx").catalog
    a, b = _comparable(original), _comparable(again)
    assert a["document"] == b["document"]
    assert a["positions"] == b["positions"]
    assert len(a["indicators"]) == len(b["indicators"])
    for index, (x, y) in enumerate(zip(a["indicators"], b["indicators"])):
        assert x == y, f"row {index} differs"

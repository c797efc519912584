"""The formula engine reads every demo ``formula_text`` to the demo's hand-written formula.

The hand-written formula is the demo's truth; each indicator is its own test so that a miss names the
formula shape the engine does not read yet. Equality is the scorer's: same value on random inputs once
variables are matched by their Indonesian phrase.
"""
from __future__ import annotations

import pytest

from kinerja.demo.tanah_merah import DEMO
from support.shared_tools import score_import

formula = pytest.importorskip("kinerja.formula")

CASES = [(a.slug, i) for a in DEMO.agencies for i in a.indicators]


@pytest.mark.parametrize(("agency", "indicator"), CASES, ids=[f"{a}-{i.key}" for a, i in CASES])
def test_engine_reads_demo_formula(agency, indicator):
    reading = formula.read_formula(indicator.formula_text, definisi=indicator.definisi,
                                   registry=formula.VariableRegistry())
    read = reading.to_catalog()
    expected = indicator.formula
    assert read["kind"] == expected["kind"], f"kind: {read}"
    if expected["kind"] == "constant_target":
        assert float(read.get("value")) == float(expected["value"])
        return
    assert score_import().same_expression(expected, read), f"expression: {read['expression']} vs " \
                                                            f"{expected['expression']}"

"""The demo data itself (no database): big enough, consistent, and covering every formula shape."""
from __future__ import annotations

import math
import random
import re
from collections import Counter

import pytest

from kinerja.demo.specs import names_in
from kinerja.demo.tanah_merah import DEMO, DKUM, DPTK
from kinerja.numbers import parse_number
from support.shared_tools import score_import

ALL_INDICATORS = [(a, i) for a in DEMO.agencies for i in a.indicators]


def test_main_agency_is_big_enough():
    assert len(DPTK.units) >= 4
    assert {u.kind for u in DPTK.units} >= {"sekretariat", "sub_bagian", "bidang", "seksi", "upt"}
    with_duties = [p for p in DPTK.positions if p.tugas and p.fungsi]
    assert len(with_duties) >= 10
    assert len(DPTK.indicators) >= 30


def test_every_formula_shape_is_covered():
    kinds = Counter(i.formula["kind"] for i in DPTK.indicators)
    assert set(kinds) >= {"ratio_percent", "count", "growth_percent", "difference", "ratio", "average",
                          "weighted_index", "constant_target"}
    texts = [i.formula_text for i in DPTK.indicators]
    assert any(r"\frac" in t for t in texts), "a LaTeX ratio"
    assert any("dibagi" in t and "dikali 100%" in t for t in texts), "a ratio in prose"
    assert any(" / " in t and "x 100%" in t.lower() for t in texts), "a ratio in symbols"
    assert any(" : " in t and "100%" in t for t in texts), "a ratio written with ':'"
    assert any("dikurangi" in t and "tahun lalu" in t for t in texts), "growth in prose"
    assert any("(n-1)" in t for t in texts), "growth with tahun n-1"
    expressions = [i.formula.get("expression") or "" for i in DPTK.indicators]
    assert any("cumsum(" in e and "n-1" in e for e in expressions), "cumulative s.d. tahun terakhir"
    assert any(e.startswith("mean(") for e in expressions), "average of monthly values"
    constants = {(i.formula["value"], i.formula["satuan"]) for i in DPTK.indicators
                 if i.formula["kind"] == "constant_target"}
    assert {(1, "dokumen"), (100, "%")} <= constants


def test_chained_division_constant_is_defined_in_the_text():
    indicator = next(i for i in DPTK.indicators if i.formula["kind"] == "ratio")
    assert "1920" in indicator.formula["expression"]
    assert "1.920 jam" in indicator.definisi
    assert parse_number("1.920") == 1920


def test_weighted_index_has_grade_bands_matching_its_definition():
    indicator = next(i for i in DPTK.indicators if i.formula["kind"] == "weighted_index")
    bands = indicator.formula["bands"]
    assert [b["label"] for b in bands] == ["A", "BB", "B", "CC", "C"]
    for band in bands:
        assert band["label"] in indicator.definisi and band["meaning"] in indicator.definisi
    weights = [float(w) for w in re.findall(r"\d+(?:\.\d+)?", indicator.formula["expression"])]
    assert math.isclose(sum(weights), 1.0), "the weights of a weighted index add up to 100%"
    for weight in weights:
        assert f"{round(weight * 100)}%" in indicator.formula_text


@pytest.mark.parametrize(("agency", "indicator"), ALL_INDICATORS, ids=[i.key for _, i in ALL_INDICATORS])
def test_formula_is_well_formed(agency, indicator):
    formula = indicator.formula
    if formula["kind"] == "constant_target":
        assert formula["expression"] is None and formula["variables"] == {}
        return
    assert set(formula["variables"]) == set(names_in(formula["expression"]))
    for key, phrase in formula["variables"].items():
        assert agency.variables[key][0] == phrase
    scorer = score_import()
    rng = random.Random(3)
    values: dict = {}
    value = scorer.evaluate(formula["expression"], lambda k: values.setdefault(k, rng.uniform(1, 1000)))
    assert math.isfinite(value)
    # The scorer judges an expression against itself as equal: the demo formula is in its language.
    assert scorer.same_expression(formula, formula)


@pytest.mark.parametrize("agency", DEMO.agencies, ids=lambda a: a.slug)
def test_references_resolve_in_order(agency):
    units = {u.key for u in agency.units}
    positions = {p.key for p in agency.positions}
    objectives = {o.key for o in agency.objectives}
    decrees = {d.key for d in agency.decrees}
    seen_units, seen_positions, seen_objectives, seen_indicators = set(), set(), set(), set()
    for u in agency.units:
        assert u.parent is None or u.parent in seen_units
        seen_units.add(u.key)
    for p in agency.positions:
        assert p.unit is None or p.unit in units
        assert p.reports_to is None or p.reports_to in seen_positions
        seen_positions.add(p.key)
    for o in agency.objectives:
        assert o.parent is None or o.parent in seen_objectives
        seen_objectives.add(o.key)
    for i in agency.indicators:
        assert (i.decree, i.position, i.unit, i.objective) and i.decree in decrees
        assert i.position in positions and i.unit in units and i.objective in objectives
        assert i.supports is None or i.supports in seen_indicators, f"{i.key} supports a later indicator"
        assert i.replaces is None or i.replaces in seen_indicators
        seen_indicators.add(i.key)
    assert len(seen_indicators) == len(agency.indicators), "indicator keys are unique"


def test_supports_form_a_pohon_kinerja_down_to_kepala_seksi():
    by_key = {i.key: i for i in DPTK.indicators}
    positions = {p.key: p for p in DPTK.positions}

    def chain(indicator):
        names = [positions[indicator.position].name]
        while indicator.supports:
            indicator = by_key[indicator.supports]
            names.append(positions[indicator.position].name)
        return names

    chains = [chain(i) for i in DPTK.indicators if i.jenis == "IKI"]
    assert all(c[-1] == "Kepala Dinas" for c in chains), "every IKI leads up to an IKU of the Kepala Dinas"
    assert any(c[0].startswith("Kepala Seksi") and c[1].startswith("Kepala Bidang") and c[2] == "Kepala Dinas"
               for c in chains)


def test_decrees_include_iku_iki_and_a_perubahan():
    decrees = {d.key: d for d in DPTK.decrees}
    assert {d.jenis for d in DPTK.decrees} >= {"IKU", "IKI"}
    perubahan = [d for d in DPTK.decrees if d.amends]
    assert len(perubahan) == 1 and decrees[perubahan[0].amends].jenis == "IKU"
    assert "Perubahan" in perubahan[0].tentang
    replacing = [i for i in DPTK.indicators if i.replaces]
    assert replacing and all(i.decree == perubahan[0].key for i in replacing)


def test_lower_is_better_indicators_exist():
    negatif = [i.name for i in DPTK.indicators if i.polarity == "negatif"]
    assert "Jumlah kasus perselisihan hubungan industrial" in negatif
    assert len(negatif) >= 2


def test_users_cover_every_role():
    roles = {u.role for u in DEMO.users}
    assert roles == {"pemda_admin", "evaluator", "planner", "head", "operator"}
    assert {u.username for u in DEMO.users} == {"admin", "evaluator", "perencana", "kadis", "kabid",
                                                "operator1", "operator2", "perencana2"}
    agency_units = {a.slug: {u.key for u in a.units} for a in DEMO.agencies}
    for user in DEMO.users:
        assert user.unit is None or user.unit in agency_units[user.agency]
    assert any(u.agency == DKUM.slug for u in DEMO.users), "the second agency has a user"
    assert len(DEMO.password) >= 8

"""The shipped LKE tree: weights, codes, texts, provenance; and the checks every tree must pass."""
from __future__ import annotations

import copy
import json
from decimal import Decimal
from fractions import Fraction
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.lke import LkeError, RULES, instrument_from_dict, load_instrument

SPLIT = (Fraction(20, 100), Fraction(30, 100), Fraction(50, 100))


def raw_tree() -> dict:
    text = resources.files("kinerja.lke").joinpath("data", "lke-88-2021.json").read_text(encoding="utf-8")
    return json.loads(text, parse_float=Decimal)


def test_weights_sum_to_100_and_each_component_splits_20_30_50():
    tree = load_instrument()
    assert [(c.code, c.weight) for c in tree.components] == [("1", 30), ("2", 30), ("3", 15), ("4", 25)]
    assert sum(c.weight for c in tree.components) == 100
    for comp in tree.components:
        assert tuple(s.weight / comp.weight for s in comp.subcomponents) == SPLIT, comp.code
        assert [s.kind for s in comp.subcomponents] == ["keberadaan", "kualitas", "pemanfaatan"]
    assert [float(s.weight) for c in tree.components for s in c.subcomponents] == [
        6, 9, 15, 6, 9, 15, 3, 4.5, 7.5, 5, 7.5, 12.5]


def test_criteria_have_codes_under_their_subcomponent_texts_and_scales():
    tree = load_instrument()
    codes = [c.code for c in tree.criteria()]
    assert len(codes) == len(set(codes)) == 78
    for comp in tree.components:
        for sub in comp.subcomponents:
            assert sub.code.startswith(comp.code + ".")
            for n, c in enumerate(sub.criteria, start=1):
                assert c.code == f"{sub.code}.{n}"
                assert len(c.text) > 20 and c.text.endswith(".") and c.text_en
                assert c.scale.key in ("YT", "AE", "AAE")
    assert tree.criterion("1.b.5").text == "Ukuran keberhasilan (indikator kinerja) telah memenuhi kriteria SMART."
    assert tree.criterion("1.b.8").scale.answers == ("AA", "A", "BB", "B", "CC", "C", "D", "E")
    assert set(tree.criterion("1.b.8").rubric) == set(tree.criterion("1.b.8").scale.answers)


def test_answer_scales_are_the_regulations():
    tree = load_instrument()
    worth = {k: [(o.answer, s.fraction(o.answer)) for o in s.options] for k, s in tree.scales.items()}
    assert worth["YT"] == [("Y", 1), ("T", 0)]
    assert worth["AE"] == [("A", 1), ("B", Fraction(3, 4)), ("C", Fraction(1, 2)), ("D", Fraction(1, 4)), ("E", 0)]
    assert [o.value for o in tree.scales["AAE"].options] == [100, 90, 80, 70, 60, 50, 30, 0]


def test_provenance_and_version_are_carried():
    tree = load_instrument(year=2025)
    assert tree.version == "88/2021" and tree.valid_from == 2022
    assert "88 Tahun 2021" in tree.provenance["regulation"]
    assert tree.provenance["source"] and tree.provenance["source_en"]
    assert load_instrument(version="88/2021") is tree
    with pytest.raises(LkeError, match="2021"):
        load_instrument(year=2021)
    with pytest.raises(LkeError, match="tidak tersedia"):
        load_instrument(version="12/2015")


def test_every_proposal_rule_named_by_the_tree_exists_and_the_tree_round_trips():
    tree = load_instrument()
    named = {c.proposal for c in tree.criteria() if c.proposal}
    assert named == set(RULES)
    again = instrument_from_dict(json.loads(json.dumps(tree.to_dict())))
    assert again.to_dict() == tree.to_dict()


# --- trees that must be refused --------------------------------------------------------------------

def _mutations():
    def weight(t):
        t["components"][0]["weight"] = 31

    def sub_weight(t):
        t["components"][2]["subcomponents"][1]["weight"] = Decimal("4.6")

    def duplicate(t):
        t["components"][0]["subcomponents"][0]["criteria"][1]["code"] = "1.a.1"

    def misplaced(t):
        t["components"][0]["subcomponents"][0]["criteria"][0]["code"] = "2.a.9"

    def scale(t):
        t["components"][1]["subcomponents"][0]["criteria"][0]["scale"] = "XYZ"

    def rule(t):
        t["components"][1]["subcomponents"][0]["criteria"][0]["proposal"] = "crystal_ball"

    def rubric(t):
        t["components"][0]["subcomponents"][0]["criteria"][0]["rubric"] = {"A": "bukan Y/T"}

    def gap(t):
        t["grades"][0]["min"] = 91

    def overlap(t):
        t["grades"][1]["max_inclusive"] = False

    def no_text(t):
        t["components"][3]["subcomponents"][2]["criteria"][4]["text"] = "  "

    def negative(t):
        t["scales"]["AE"]["options"][0]["value"] = -1

    def huge(t):
        t["components"][0]["weight"] = "1e999999"

    def format_(t):
        t["format"] = "lke/0"

    def nul(t):
        t["components"][0]["code"] = "1\x00"

    return [weight, sub_weight, duplicate, misplaced, scale, rule, rubric, gap, overlap, no_text, negative, huge,
            format_, nul]


@pytest.mark.parametrize("mutate", _mutations(), ids=lambda f: f.__name__)
def test_a_broken_tree_is_refused_with_a_bilingual_reason(mutate):
    tree = raw_tree()
    mutate(tree)
    with pytest.raises(LkeError) as caught:
        instrument_from_dict(tree)
    assert caught.value.message_id and caught.value.message_en and caught.value.message_id != caught.value.message_en


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=12),
       st.sampled_from(["components", "scales", "grades", "version", "format"]))
def test_any_junk_in_a_tree_is_an_lke_error_never_a_crash(junk, key):
    tree = raw_tree()
    tree[key] = junk
    try:
        instrument_from_dict(tree)
    except LkeError:
        pass


def test_a_pemda_tree_with_other_criteria_and_its_own_scale_is_accepted():
    tree = raw_tree()
    tree["version"] = "88/2021 Kabupaten Contoh 2025"
    tree["scales"]["SKOR"] = {"name": "Skor 0–4", "options": [{"answer": str(n), "value": n} for n in range(5)]}
    extra = {"code": "1.a.7", "scale": "SKOR", "text": "Terdapat pedoman pemda tentang Rencana Aksi.",
             "rubric": {"4": "Lengkap dan ditetapkan", "0": "Tidak ada"}}
    tree["components"][0]["subcomponents"][0]["criteria"].append(extra)
    pemda = instrument_from_dict(copy.deepcopy(tree))
    assert pemda.criterion("1.a.7").scale.fraction("3") == Fraction(3, 4)
    assert pemda.criterion("1.a.7").rubric == {"4": "Lengkap dan ditetapkan", "0": "Tidak ada"}

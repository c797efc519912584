"""The review against careful evaluators' readings of three real decrees (../shared/gold), judged per
issue by the rule in gold_labels.py. Figures (recall per kind, precision) are in docs/review.md."""
from __future__ import annotations

import pytest
from gold_extras import EXTRAS
from gold_labels import LABELS, OUT
from gold_score import GOLD, SEEDS, load, score

from kinerja.review import CODES
from kinerja.review.kinds import KINDS

pytestmark = pytest.mark.skipif(not (GOLD / "seed1.json").exists(), reason="../shared/gold not present")


@pytest.fixture(scope="module")
def structured():
    return score()


@pytest.fixture(scope="module")
def from_text():
    return score(from_text=True)


def test_recall_of_gold_issues(structured):
    assert structured.in_scope >= 240
    assert structured.recall >= 0.75, structured.misses


def test_precision_on_gold(structured):
    assert not structured.unjudged, structured.unjudged   # every finding was looked at by a person
    assert structured.precision >= 0.90
    assert structured.strict_precision >= 0.75            # findings that recall a gold issue


def test_the_engine_reading_the_text_keeps_the_bars(from_text):
    # Without the hand-made structured formulas: what an unseen decree gets from the importer.
    assert from_text.recall >= 0.75
    assert from_text.precision >= 0.90, from_text.unjudged


def test_every_kind_is_recalled(structured):
    for kind, (hit, total) in structured.per_kind.items():
        assert hit >= 1, kind


def test_labels_name_real_codes_and_kinds():
    for seed, rows in LABELS.items():
        assert seed in SEEDS
        gold = load(seed)["indicators"]
        for index, labels in rows.items():
            assert len(labels) == len(gold[index]["issues"]), (seed, index)
            for kind, codes in labels:
                assert kind == OUT or kind in KINDS, (seed, index, kind)
                assert kind == OUT or set(codes.split()) <= set(CODES), (seed, index, codes)
        issued = {i for i, row in enumerate(gold) if row.get("issues")}
        assert issued == set(rows), seed
    for (_, _, code), (_, why) in EXTRAS.items():
        assert code in CODES and why

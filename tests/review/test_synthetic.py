"""The review on labelled rows made from templates (synthetic.py): defects put in on purpose must be
found, sound rows in other words (synonyms, abbreviations, inflections, typos) must stay quiet. The
held-out pool is vocabulary the rules were not written against."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from synthetic import CLEAN, DEV, FRESH, HELD_OUT, MISMATCH_CODES, catalog_of, clean_variant, labelled_rows

from kinerja.review import review_catalog


def _measure(pool, seeds=(1, 2, 3)):
    found = missed = alarms = clean = 0
    for seed in seeds:
        for labelled in labelled_rows(pool, seed):
            codes = {f.code for f in review_catalog(catalog_of(labelled.row))}
            if labelled.expect == CLEAN:
                clean += 1
                alarms += bool(codes & MISMATCH_CODES)
            elif codes & labelled.expect:
                found += 1
            else:
                missed += 1
    return found / (found + missed), alarms / clean


@pytest.mark.parametrize("pool, name", [(DEV, "dev"), (HELD_OUT, "held-out")])
def test_defects_found_and_sound_rows_quiet(pool, name):
    recall, false_alarms = _measure(pool)
    assert recall >= 0.9, name
    assert false_alarms <= 0.1, name


def test_vocabulary_written_after_the_rules():
    # Measured once as the rules stood (docs/review.md): every defect found; 8 of 48 sound rows raise a
    # mismatch, all for synonyms the list lacks (kapal / perahu, wisatawan / pengunjung, lulus / lolos,
    # aktif / beroperasi). This guards against getting worse, it is no target.
    recall, false_alarms = _measure(FRESH)
    assert recall >= 0.9
    assert false_alarms <= 0.2


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(DEV + HELD_OUT), st.integers(0, 10_000))
def test_a_sound_row_in_other_words_is_no_mismatch(thing, seed):
    labelled = clean_variant(thing, random.Random(seed))
    codes = {f.code for f in review_catalog(catalog_of(labelled.row))}
    assert not codes & MISMATCH_CODES, (labelled.note, labelled.row["formula_text"])

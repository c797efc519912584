"""Scoring: means × weights, exact; bounded 0–100; monotone in each answer; bad input named."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.lke import LkeError, load_instrument, score

TREE = load_instrument()
CRITERIA = TREE.criteria()


def answer_sets(blank: bool = True):
    """Every criterion answered with any option of its scale (or, optionally, left blank)."""
    def options(c):
        choices = st.sampled_from(c.scale.answers)
        return st.one_of(st.none(), choices) if blank else choices

    return st.fixed_dictionaries({c.code: options(c) for c in CRITERIA})


def test_all_top_answers_is_100_AA_and_all_bottom_is_0_D():
    top = score(TREE, {c.code: c.scale.answers[0] for c in CRITERIA})
    bottom = score(TREE, {c.code: c.scale.answers[-1] for c in CRITERIA})
    assert (top.total, top.grade.grade, top.complete) == (100, "AA", True)
    assert (bottom.total, bottom.grade.grade) == (0, "D")


def test_a_hand_computed_sheet():
    answers = {c.code: c.scale.answers[0] for c in CRITERIA}
    answers["3.b.1"] = "C"      # 3.b: (8 × 1 + 0.5) / 9 × 4.5 = 4.25
    answers["1.b.8"] = "BB"     # 1.b: (9 + 0.8) / 10 × 9 = 8.82
    del answers["4.a.1"]        # 4.a: 2/3 × 5 = 3.333…
    result = score(TREE, answers)
    subs = {s.code: s for s in result.subcomponents()}
    assert subs["3.b"].score == Fraction(17, 4)
    assert subs["1.b"].score == Fraction(441, 50)
    assert subs["4.a"].score == Fraction(10, 3) and subs["4.a"].answered == 2
    assert result.total == 100 - Fraction(1, 4) - Fraction(9, 50) - Fraction(5, 3)
    assert str(result.total_rounded) == "97.90" and result.grade.grade == "AA"
    assert result.unanswered == ("4.a.1",) and not result.complete
    assert "4.a: rata-rata jawaban 0,667 × bobot 5 = 3,33 (2 dari 3 dijawab)" in result.explanation("id")
    assert result.explanation("en")[-1] == "1 criteria unanswered, counted as 0: 4.a.1"


@settings(max_examples=150, deadline=None)
@given(answer_sets())
def test_every_score_is_bounded_and_adds_up(answers):
    result = score(TREE, answers)
    assert 0 <= result.total <= 100
    for comp in result.components:
        assert 0 <= comp.score <= comp.weight
        assert comp.score == sum(s.score for s in comp.subcomponents)
        for sub in comp.subcomponents:
            assert 0 <= sub.score <= sub.weight
    assert result.total == sum(c.score for c in result.components)
    assert set(result.unanswered) == {code for code, a in answers.items() if a is None}
    assert result.grade is TREE.grades.grade_of(result.total)


@settings(max_examples=150, deadline=None)
@given(answer_sets(blank=False), st.sampled_from(CRITERIA), st.data())
def test_raising_one_answer_never_lowers_any_score(answers, criterion, data):
    scale = criterion.scale
    low, high = sorted(data.draw(st.lists(st.sampled_from(scale.answers), min_size=2, max_size=2)),
                       key=scale.fraction)
    before = score(TREE, {**answers, criterion.code: low})
    after = score(TREE, {**answers, criterion.code: high})
    assert after.total >= before.total
    assert all(a.score >= b.score for a, b in zip(after.subcomponents(), before.subcomponents()))
    assert [g.grade for g in TREE.grades.grades].index(after.grade.grade) <= \
        [g.grade for g in TREE.grades.grades].index(before.grade.grade)
    if scale.fraction(high) > scale.fraction(low):
        assert after.total > before.total


def test_answers_are_read_leniently_but_strictly():
    result = score(TREE, {"1.a.1": " y ", "1.b.8": "bb", "2.a.1": "", "2.a.2": None})
    assert result.components[0].subcomponents[0].answered == 1
    assert "2.a.1" in result.unanswered and "2.a.2" in result.unanswered


@pytest.mark.parametrize(("answers", "words"), [
    ({"9.z.1": "A"}, ["'9.z.1'", "88/2021"]),
    ({"1.a.1": "A"}, ["'A'", "1.a.1", "Y, T"]),
    ({"1.b.8": "F"}, ["'F'", "AA, A, BB"]),
    ({"1.a.1": 1}, ["1.a.1", "teks"]),
    ({"1.a.1\x00": "Y"}, ["tidak ada"]),
    ({"1.a.1": "Y" * 10_000}, ["bukan pilihan"]),
])
def test_unknown_codes_and_answers_are_named(answers, words):
    with pytest.raises(LkeError) as caught:
        score(TREE, answers)
    for word in words:
        assert word in caught.value.message_id
    assert len(caught.value.message_id) < 500


def test_every_problem_is_listed_at_once_and_long_lists_are_cut():
    with pytest.raises(LkeError) as caught:
        score(TREE, {"1.a.1": "Q", "1.a.2": "Q", "x.1": "A"})
    assert caught.value.message_en.count(";") == 2
    with pytest.raises(LkeError) as many:
        score(TREE, {f"x.{n}": "A" for n in range(500)})
    assert "and 480 more" in many.value.message_en

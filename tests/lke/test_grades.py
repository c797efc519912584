"""Every grade boundary on the right side: half-open bounds, read from the total as printed."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.lke import LkeError, load_instrument

GRADES = load_instrument().grades

BOUNDARIES = [
    ("0", "D"), ("0.01", "D"), ("30", "D"), ("30.01", "C"), ("50", "C"), ("50.01", "CC"), ("60", "CC"),
    ("60.01", "B"), ("70", "B"), ("70.01", "BB"), ("80", "BB"), ("80.01", "A"), ("90", "A"), ("90.01", "AA"),
    ("100", "AA"),
]


@pytest.mark.parametrize(("total", "grade"), BOUNDARIES)
def test_each_boundary_and_just_above_it(total, grade):
    assert GRADES.grade_of(Decimal(total)).grade == grade


def test_labels_are_the_regulations():
    assert [(g.grade, g.label, g.bounds()) for g in GRADES.grades] == [
        ("AA", "Sangat Memuaskan", "> 90 – 100"), ("A", "Memuaskan", "> 80 – 90"), ("BB", "Sangat Baik", "> 70 – 80"),
        ("B", "Baik", "> 60 – 70"), ("CC", "Cukup", "> 50 – 60"), ("C", "Kurang", "> 30 – 50"),
        ("D", "Sangat Kurang", "0 – 30")]
    assert "E" not in {g.grade for g in GRADES.grades}  # E is an answer, never a grade


def test_the_grade_is_read_from_the_printed_two_decimals():
    assert GRADES.grade_of(Fraction(90004, 1000)).grade == "A"     # prints 90,00
    assert GRADES.grade_of(Fraction(90005, 1000)).grade == "AA"    # prints 90,01
    assert GRADES.grade_of(Fraction(180, 2) + Fraction(1, 3) / 100).grade == "A"  # 90,0033… prints 90,00


@pytest.mark.parametrize("total", [Decimal("-0.01"), Decimal("100.01"), Decimal("1e40")])
def test_outside_0_100_is_an_error(total):
    with pytest.raises(LkeError):
        GRADES.grade_of(total)


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_exactly_one_grade_holds_for_every_printed_total(total):
    holding = [g for g in GRADES.grades if g.holds(Fraction(total))]
    assert len(holding) == 1 and GRADES.grade_of(total) is holding[0]

"""The distribution guide of PermenPANRB 6/2022 as rules: exact shares, errors and warnings."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.skp.distribution import EMPLOYEE_KEYS, GUIDE, check_distribution
from kinerja.skp.errors import SkpError
from kinerja.skp.predikat import ORGANISATION_KEYS

counts = st.fixed_dictionaries({k: st.integers(0, 40) for k in EMPLOYEE_KEYS})


def _errors(result) -> set[str]:
    return {f"{f.rule.kind}:{'+'.join(f.rule.categories)}" for f in result.findings if f.rule.severity == "error"}


@pytest.mark.parametrize("organisation, given_counts, broken", [
    ("istimewa", {"sangat_baik": 7, "baik": 3}, set()),
    ("istimewa", {"sangat_baik": 8, "baik": 2}, {"max:sangat_baik"}),
    ("baik", {"sangat_baik": 1, "baik": 7, "butuh_perbaikan": 2}, set()),
    ("baik", {"sangat_baik": 3, "baik": 7}, {"present:butuh_perbaikan+kurang"}),
    ("butuh_perbaikan", {"butuh_perbaikan": 6, "baik": 3, "sangat_baik": 1}, set()),
    ("butuh_perbaikan", {"butuh_perbaikan": 5, "baik": 3, "sangat_baik": 2}, {"min:butuh_perbaikan",
                                                                             "max:sangat_baik"}),
    ("kurang", {"kurang": 6, "butuh_perbaikan": 1, "baik": 3}, set()),
    ("kurang", {"kurang": 7, "baik": 3}, {"min:butuh_perbaikan"}),
    ("sangat_kurang", {"sangat_kurang": 6, "kurang": 1, "baik": 3}, set()),
    ("sangat_kurang", {"sangat_kurang": 6, "baik": 3, "sangat_baik": 1}, {"none:sangat_baik",
                                                                          "min:kurang+butuh_perbaikan"}),
])
def test_the_guide(organisation, given_counts, broken):
    result = check_distribution(organisation, given_counts)
    assert _errors(result) == broken and result.fits == (not broken)


def test_small_units_use_exact_shares():
    # 3 people: 60% is 1.8, so 1 of 3 is not enough and 2 of 3 is.
    assert not check_distribution("butuh_perbaikan", {"butuh_perbaikan": 1, "baik": 2}).fits
    assert check_distribution("butuh_perbaikan", {"butuh_perbaikan": 2, "baik": 1}).fits


def test_most_is_a_warning():
    result = check_distribution("istimewa", {"sangat_baik": 2, "baik": 3})
    assert result.fits and [f.rule.severity for f in result.findings] == ["warning"]


def test_no_employees_does_not_fit():
    assert not check_distribution("baik", {}).fits


@pytest.mark.parametrize("organisation, bad", [("hebat", {}), ("baik", {"baik": -1}), ("baik", {"baik": 10**7})])
def test_bad_input_is_a_bilingual_error(organisation, bad):
    with pytest.raises(SkpError) as caught:
        check_distribution(organisation, bad)
    assert caught.value.message_id and caught.value.message_en


@given(st.sampled_from(ORGANISATION_KEYS), counts, st.integers(2, 5))
def test_scaling_every_group_changes_nothing(organisation, found, factor):
    scaled = {k: v * factor for k, v in found.items()}
    assert _errors(check_distribution(organisation, found)) == _errors(check_distribution(organisation, scaled))


@given(st.sampled_from(ORGANISATION_KEYS), counts)
def test_a_finding_is_exactly_a_broken_rule(organisation, found):
    result = check_distribution(organisation, found)
    total = sum(found.values())
    broken = [f.rule for f in result.findings]
    for rule in GUIDE[organisation]:
        n = sum(found[c] for c in rule.categories)
        share = Fraction(n, total) if total else Fraction(0)
        rest = max((v for k, v in found.items() if k not in rule.categories), default=0)
        holds = {"max": share <= rule.share, "min": share >= rule.share, "present": n > 0, "none": n == 0,
                 "most": 0 < n and rest <= n}[rule.kind]
        assert (rule in broken) == (not holds)

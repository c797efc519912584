import math
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.capaian.achievement import compute_capaian
from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.capaian.errors import CapaianError
from kinerja.capaian.targets import NumberTarget, RangeTarget
from kinerja.capaian.vectorised import compute_capaian_array

SEED_SCALE = Scale("indeks", (
    Band(90, False, 100, True, "A"), Band(80, False, 90, True, "BB"), Band(70, False, 80, True, "B"),
    Band(60, False, 70, True, "CC"), Band(None, False, 60, False, "C"),
))


def scalar(t, r, high, polarity, convention, **kwargs):
    target = None
    if not math.isnan(t):
        target = (RangeTarget(Decimal(repr(t)), Decimal(repr(high)), "") if not math.isnan(high) and high > t
                  else NumberTarget(Decimal(repr(t)), ""))
    return compute_capaian(target, None if math.isnan(r) else r, polarity=polarity, convention=convention, **kwargs)


def assert_same(array, rows, **kwargs):
    for i, (t, r, high, polarity, convention) in enumerate(rows):
        one = scalar(t, r, high, polarity, convention, **kwargs)
        assert array.statuses()[i] == one.status, rows[i]
        assert array.labels()[i] == (one.predicate.label if one.predicate else None), rows[i]
        if one.value is None:
            assert math.isnan(array.values[i])
        else:
            assert math.isclose(array.values[i], one.value, rel_tol=1e-12, abs_tol=1e-9), rows[i]


amounts = st.one_of(
    st.decimals(min_value=-50, max_value=10**6, places=2),
    st.sampled_from([Decimal(0), Decimal(1), Decimal(3), Decimal(30), Decimal(100)]),
).map(float)
edges = st.sampled_from([51, 60, 66, 70, 76, 80, 90, 91, 100, 120])


@st.composite
def rows(draw):
    t = draw(st.one_of(amounts, st.just(float("nan"))))
    kind = draw(st.sampled_from(["free", "edge", "missing"]))
    if kind == "missing" or math.isnan(t):
        r = float("nan") if kind == "missing" else draw(amounts)
    elif kind == "edge":  # realisasi that puts the capaian exactly on a boundary (for R / T)
        r = float(Decimal(repr(t)) * draw(edges) / 100)
    else:
        r = draw(amounts)
    high = draw(st.one_of(st.just(float("nan")), amounts.filter(lambda h: h > t) if not math.isnan(t) else st.nothing()))
    return t, r, high, draw(st.sampled_from(["positif", "negatif"])), draw(st.sampled_from(["2t-r", "t/r"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=40), st.sampled_from([PERMENDAGRI_86_2017, SEED_SCALE]),
       st.sampled_from([{}, {"floor": 0, "ceiling": 120}, {"ceiling": 150}]))
def test_vectorised_equals_scalar(data, scale, limits):
    t, r, high, polarity, convention = (list(column) for column in zip(*data))
    array = compute_capaian_array(t, r, polarity, convention, target_high=high, scale=scale, **limits)
    assert_same(array, data, scale=scale, **limits)


def test_known_cases_in_one_call():
    data = [
        (10.0, 5.0, math.nan, "negatif", "2t-r"),   # 150
        (10.0, 5.0, math.nan, "negatif", "t/r"),    # 200
        (0.0, 0.0, math.nan, "positif", "2t-r"),    # 100 by rule
        (0.0, 3.0, math.nan, "negatif", "2t-r"),    # undefined
        (100.0, math.nan, math.nan, "positif", "2t-r"),  # unknown
        (80.0, 85.0, 90.0, "positif", "2t-r"),      # inside range
        (3.0, 2.28, math.nan, "positif", "2t-r"),   # exactly 76, 75.99999999999999 in floats
        (10.0, 0.0, math.nan, "negatif", "t/r"),    # infinite, no ceiling
    ]
    t, r, high, polarity, convention = (list(c) for c in zip(*data))
    array = compute_capaian_array(t, r, polarity, convention, target_high=high)
    assert array.statuses().tolist() == ["ok", "ok", "ok", "undefined", "unknown", "ok", "ok", "undefined"]
    assert array.labels()[6] == "Tinggi" and array.values[6] == 76.0
    assert array.values[:3].tolist() == [150.0, 200.0, 100.0]
    assert_same(array, data)


def test_one_setting_for_all_and_broadcasting():
    array = compute_capaian_array(np.array([10.0, 20.0]), 5.0, "negatif", "t/r")
    assert array.values.tolist() == [200.0, 400.0] and len(array) == 2


def test_bad_input_is_a_clear_error():
    with pytest.raises(CapaianError):
        compute_capaian_array([10.0], [5.0], ["naik"])
    with pytest.raises(CapaianError):
        compute_capaian_array([90.0], [5.0], target_high=[80.0])
    with pytest.raises(CapaianError):
        compute_capaian_array([90.0], [5.0], floor=100, ceiling=50)


def test_realisasi_status_from_the_formula_engine():
    # codes of kinerja.formula.batch: 0 ok, 1 unknown, 2 undefined (its value is NaN)
    array = compute_capaian_array([100.0, 100.0, 100.0, math.nan], [50.0, math.nan, 7.0, math.nan],
                                  realisasi_status=[0, 2, 1, 2])
    assert array.statuses().tolist() == ["ok", "undefined", "unknown", "unknown"]
    assert array.values[0] == 50.0 and np.isnan(array.values[1:]).all()


def test_per_element_settings_are_normalised_like_the_scalar_ones():
    array = compute_capaian_array([10.0, 10.0, 10.0], [5.0, 5.0, 5.0], ["Negatif", "negatif", "positif"],
                                  ["T/R", "2t-r", "t/r"])
    assert array.values.tolist() == [200.0, 150.0, 50.0]

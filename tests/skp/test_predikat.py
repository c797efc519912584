"""The proposed predikat kinerja organisasi: counts of targets met, exceeded, progressing; unknown is not a miss."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.skp.predikat import DEFAULT_BANDS, IndicatorCapaian, propose_predikat

capaian = st.one_of(st.none(), st.decimals(min_value=0, max_value=300, places=2))


def _c(*values) -> list[IndicatorCapaian]:
    return [IndicatorCapaian(f"indikator {n}", None if v is None else Decimal(v)) for n, v in enumerate(values)]


@pytest.mark.parametrize("values, key", [
    ((110, 120, 100), "istimewa"),
    ((100, 100, 101), "baik"),
    ((100, 100, 99.99), "butuh_perbaikan"),
    ((100, 100, 40), "butuh_perbaikan"),
    ((100, 40, 60), "kurang"),
    ((90, 80, 40), "kurang"),
    ((90, 30, 20, 10), "sangat_kurang"),
    ((50, 50), "sangat_kurang"),
])
def test_bands(values, key):
    assert propose_predikat(_c(*values)).band.key == key


def test_unknown_capaian_is_named_not_counted():
    result = propose_predikat(_c(None, 120, 130))
    assert result.band.key == "istimewa" and result.known == 2 and result.unknown == ("indikator 0",)
    assert "1 indikator belum punya capaian" in result.explanation.id and "no capaian yet" in result.explanation.en


def test_nothing_known_is_no_proposal():
    result = propose_predikat(_c(None, None))
    assert result.band is None and "Belum" in result.explanation.id and result.to_json()["predikat"] is None


@given(st.lists(capaian, max_size=12))
def test_always_explained_and_consistent(values):
    found = _c(*values)
    result = propose_predikat(found)
    known = [c for c in found if c.capaian is not None]
    assert result.known == len(known) and len(result.unknown) == len(found) - len(known)
    assert result.met == sum(c.capaian >= 100 for c in known)
    assert (result.band is None) == (not known)
    assert result.explanation.id and result.explanation.en


@given(st.lists(st.decimals(min_value=0, max_value=300, places=2), min_size=1, max_size=10), st.integers(0, 9))
def test_raising_one_capaian_never_lowers_the_band(values, index):
    """Monotonic: a unit that does better on one target is never proposed a worse predikat."""
    order = [b.key for b in DEFAULT_BANDS]
    before = propose_predikat(_c(*values)).band.key
    values = list(values)
    values[index % len(values)] += Decimal(25)
    assert order.index(propose_predikat(_c(*values)).band.key) <= order.index(before)

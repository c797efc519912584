"""Capaian for many indicators at once (a whole province), over numpy arrays.

The same rules as :func:`~kinerja.capaian.achievement.compute_capaian`, in float64 for speed. Floats
can disagree with exact decimals only for a value a hair from a band boundary (or the floor or
ceiling); those few elements are recomputed exactly by the scalar function, so the predicates are
always the scalar ones and the values agree to float precision. Number and range targets only;
predicate targets go through the scalar function.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from kinerja.capaian.achievement import (
    CONVENTIONS,
    POLARITIES,
    compute_capaian,
    normalise_convention,
    normalise_polarity,
)
from kinerja.capaian.bands import PERMENDAGRI_86_2017, Scale
from kinerja.capaian.decimals import Number, as_decimal
from kinerja.capaian.errors import CapaianError
from kinerja.capaian.targets import NumberTarget, RangeTarget, Target

STATUSES: tuple[str, ...] = ("ok", "unknown", "undefined")
_OK, _UNKNOWN, _UNDEFINED = range(3)
# Float error in R × 100 / T is ~1e-14 relative; anything this close to a boundary is re-done exactly.
_NEAR = 1e-9


@dataclass(frozen=True)
class CapaianArray:
    """``values`` (NaN unless ok), ``status`` (index into :data:`STATUSES`), ``band`` (index into
    ``scale.bands``, -1 for none)."""

    values: np.ndarray
    status: np.ndarray
    band: np.ndarray
    scale: Scale

    def __len__(self) -> int:
        return len(self.values)

    def statuses(self) -> np.ndarray:
        return np.asarray(STATUSES, dtype=object)[self.status]

    def labels(self) -> list[str | None]:
        return [None if i < 0 else self.scale.bands[i].label for i in self.band.tolist()]


def _flags(choice: str | Sequence[str] | np.ndarray, wanted: str, allowed: tuple[str, ...],
           normalise: Callable[[str], str], shape: tuple[int, ...]) -> np.ndarray:
    """True where ``choice`` (one value, or one per element) normalises to ``wanted``."""
    if isinstance(choice, str):
        return np.full(shape, normalise(choice) == wanted)
    raw = np.asarray(choice)
    if raw.dtype.kind == "U":  # the usual case: already canonical, compared without sorting
        mask = raw == wanted
        if np.all(mask | np.isin(raw, allowed)):
            return np.broadcast_to(mask, shape)
    uniques, inverse = np.unique(raw.astype(str), return_inverse=True)
    normalised = np.array([normalise(u) == wanted for u in uniques])
    return np.broadcast_to(normalised[inverse].reshape(raw.shape), shape)


def compute_capaian_array(targets: np.ndarray | Sequence[float], realisasi: np.ndarray | Sequence[float],
                          polarity: str | Sequence[str] = "positif", convention: str | Sequence[str] = "2t-r",
                          *, target_high: np.ndarray | Sequence[float] | None = None,
                          realisasi_status: np.ndarray | Sequence[int] | None = None,
                          floor: Number | None = None, ceiling: Number | None = None,
                          scale: Scale = PERMENDAGRI_86_2017) -> CapaianArray:
    """Vectorised :func:`compute_capaian`: NaN is unknown; ``target_high`` (NaN where the target is a
    single number) makes ``targets`` the lower bound of a range; ``polarity``/``convention`` are one
    value for all or one per element. ``realisasi_status`` (0 ok, 1 unknown, 2 undefined: the codes of
    ``kinerja.formula.batch``) marks realisasi whose own formula was undefined, as
    :class:`~kinerja.capaian.achievement.Undefined` does for one value."""
    t_low = np.asarray(targets, dtype=float)
    r = np.asarray(realisasi, dtype=float)
    t_low, r = np.broadcast_arrays(t_low, r)
    if target_high is None:
        t_high = t_low
    else:
        given = np.broadcast_to(np.asarray(target_high, dtype=float), t_low.shape)
        t_high = np.where(np.isnan(given), t_low, given)
        if np.any(t_high < t_low):
            raise CapaianError("rentang target: batas bawah lebih besar dari batas atas",
                               "target range: the lower bound is above the upper bound")
    shape = t_low.shape
    negatif = _flags(polarity, "negatif", POLARITIES, normalise_polarity, shape)
    t_over_r = negatif & _flags(convention, "t/r", CONVENTIONS, normalise_convention, shape)
    lo = as_decimal(floor, what="batas bawah", what_en="floor")
    hi = as_decimal(ceiling, what="batas atas", what_en="ceiling")
    if lo is not None and hi is not None and lo > hi:
        raise CapaianError(f"batas bawah {lo} lebih besar dari batas atas {hi}", f"floor {lo} is above ceiling {hi}")

    unknown = np.isnan(t_low) | np.isnan(r)
    r_undefined = np.zeros(shape, dtype=bool)
    if realisasi_status is not None:
        given_status = np.broadcast_to(np.asarray(realisasi_status), shape)
        r_undefined = ~np.isnan(t_low) & (given_status == _UNDEFINED)
        unknown = (unknown & ~r_undefined) | (given_status == _UNKNOWN)
    inside = ~unknown & (t_high > t_low) & (r >= t_low) & (r <= t_high)
    t = np.where(r > t_high, t_high, t_low)
    zero_t = t == 0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        value = np.where(negatif, np.where(t_over_r, t * 100 / r, (2 * t - r) * 100 / t), r * 100 / t)
    undefined = r_undefined | ~unknown & ~inside & (
        (zero_t & (r != 0)) | (t < 0) | (t_over_r & (r < 0))
        | (t_over_r & (r == 0) & ~zero_t & (hi is None)))
    # Values set by a rule (inside a range, 0 of 0, clamped) are exact; only ratios need checking.
    ruled = (zero_t & (r == 0)) | inside
    value = np.where(zero_t & (r == 0), 100.0, value)
    value = np.where(inside, 100.0, value)
    if lo is not None:
        ruled |= value < float(lo)
        value = np.maximum(value, float(lo))
    if hi is not None:
        ruled |= value > float(hi)
        value = np.minimum(value, float(hi))
    status = np.full(shape, _OK, dtype=np.int8)
    status[unknown] = _UNKNOWN
    status[undefined] = _UNDEFINED
    value = np.where(status == _OK, value, np.nan)
    band = scale.classify_array(value)

    near = np.zeros(shape, dtype=bool)
    for edge in (float(b) for b in scale.boundaries()):
        near |= np.abs(value - edge) <= _NEAR * max(1.0, abs(edge))
    near &= ~ruled
    for index in zip(*np.nonzero(near)):
        target: Target = (RangeTarget(Decimal(repr(float(t_low[index]))), Decimal(repr(float(t_high[index]))), "")
                          if t_high[index] > t_low[index] else NumberTarget(Decimal(repr(float(t_low[index]))), ""))
        exact = compute_capaian(target, float(r[index]), polarity="negatif" if negatif[index] else "positif",
                                convention="t/r" if t_over_r[index] else "2t-r", floor=lo, ceiling=hi, scale=scale)
        value[index] = exact.value
        band[index] = -1 if exact.predicate is None else scale.bands.index(exact.predicate)
    return CapaianArray(value, status, band, scale)

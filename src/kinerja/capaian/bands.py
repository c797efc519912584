"""Predicate scales: bands of capaian (or of an index) with a label, as data.

A :class:`Band` is an interval with its own inclusive/exclusive bounds, so every boundary is exact: a
value is compared as a :class:`~decimal.Decimal`, never rounded first. A :class:`Scale` refuses
overlapping bands (a value would have two predicates) and reports gaps (a value may have none);
:meth:`Scale.classify` returns ``None`` for a value in a gap and the caller must show that.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from kinerja.capaian.decimals import Number, as_decimal, plain
from kinerja.capaian.decimals import format_exact as _fmt
from kinerja.capaian.errors import ScaleError
from kinerja.errors import KinerjaError


@dataclass(frozen=True)
class Band:
    """One predicate band; ``min``/``max`` of ``None`` mean unbounded on that side (any number given is
    stored as a :class:`~decimal.Decimal`)."""

    min: Decimal | None
    min_inclusive: bool
    max: Decimal | None
    max_inclusive: bool
    label: str
    meaning: str = ""
    colour: str | None = None
    label_en: str | None = None

    def __post_init__(self) -> None:
        for name in ("min", "max"):
            raw = getattr(self, name)
            if raw is not None:
                try:
                    value = as_decimal(raw)
                except KinerjaError:
                    value = None
                if value is None:
                    raise ScaleError(f"batas {name} pita '{self.label}' bukan angka: {raw!r}",
                                     f"the {name} bound of band '{self.label}' is not a number: {raw!r}")
                object.__setattr__(self, name, value)
        if not str(self.label).strip():
            raise ScaleError("setiap pita harus berlabel", "every band needs a label")
        if self.min is not None and self.max is not None:
            if self.min > self.max or (self.min == self.max and not (self.min_inclusive and self.max_inclusive)):
                raise ScaleError(f"pita '{self.label}' kosong: {self.describe()}",
                                 f"band '{self.label}' is empty: {self.describe('en')}")

    def contains(self, value: Number) -> bool:
        v = as_decimal(value)
        if v is None:
            return False
        if self.min is not None and (v < self.min or (v == self.min and not self.min_inclusive)):
            return False
        return not (self.max is not None and (v > self.max or (v == self.max and not self.max_inclusive)))

    def describe(self, language: str = "id") -> str:
        """The band as an inequality: ``76 ≤ x < 91``, ``x ≥ 91``, ``x < 51``."""
        low = None if self.min is None else f"{_fmt(self.min, language)} {'≤' if self.min_inclusive else '<'}"
        high = None if self.max is None else f"{'≤' if self.max_inclusive else '<'} {_fmt(self.max, language)}"
        if low and high:
            return f"{low} x {high}"
        if self.min is not None:
            return f"x {'≥' if self.min_inclusive else '>'} {_fmt(self.min, language)}"
        return f"x {high}" if high else ("any value" if language.startswith("en") else "semua nilai")

    def name(self, language: str = "id") -> str:
        return self.label_en if language.startswith("en") and self.label_en else self.label

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "min": None if self.min is None else plain(self.min),
            "min_inclusive": None if self.min is None else self.min_inclusive,
            "max": None if self.max is None else plain(self.max),
            "max_inclusive": None if self.max is None else self.max_inclusive,
            "label": self.label,
            "meaning": self.meaning or None,
        }
        if self.colour:
            data["colour"] = self.colour
        if self.label_en:
            data["label_en"] = self.label_en
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Band:
        if not isinstance(data, Mapping) or "label" not in data:
            raise ScaleError(f"pita harus berupa objek dengan 'label': {data!r}",
                             f"a band must be an object with a 'label': {data!r}")
        return cls(
            min=data.get("min"),
            min_inclusive=bool(data.get("min_inclusive")),
            max=data.get("max"),
            max_inclusive=bool(data.get("max_inclusive")),
            label=str(data["label"]),
            meaning=data.get("meaning") or "",
            colour=data.get("colour") or data.get("color"),
            label_en=data.get("label_en"),
        )


@dataclass(frozen=True)
class Gap:
    """An interval no band covers, between the band ``below`` it and the band ``above`` it."""

    min: Decimal | None
    min_inclusive: bool
    max: Decimal | None
    max_inclusive: bool
    below: Band | None
    above: Band | None

    def describe(self, language: str = "id") -> str:
        if self.min is not None and self.min == self.max:
            return f"x = {_fmt(self.min, language)}"
        return Band(self.min, self.min_inclusive, self.max, self.max_inclusive, "gap").describe(language)


def _lower_key(band: Band) -> tuple[int, Decimal, int]:
    # Unbounded-below first; for equal minima, an inclusive minimum starts earlier.
    if band.min is None:
        return (0, Decimal(0), 0)
    return (1, band.min, 0 if band.min_inclusive else 1)


def _overlap(a: Band, b: Band) -> bool:
    def starts_before_end(low: Band, high: Band) -> bool:
        # does ``high`` start at or before the point where ``low`` ends (with a shared point)?
        if low.max is None or high.min is None:
            return True
        return high.min < low.max or (high.min == low.max and high.min_inclusive and low.max_inclusive)

    return starts_before_end(a, b) and starts_before_end(b, a)


@dataclass(frozen=True)
class Scale:
    """A named predicate scale: any number of bands, given in any order (kept for display)."""

    name: str
    bands: tuple[Band, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "bands", tuple(self.bands))
        if not self.bands:
            raise ScaleError(f"skala '{self.name}' tidak punya pita", f"scale '{self.name}' has no bands")
        labels = [b.label for b in self.bands]
        for label in labels:
            if labels.count(label) > 1:
                raise ScaleError(f"skala '{self.name}': label '{label}' dipakai lebih dari satu pita",
                                 f"scale '{self.name}': label '{label}' is used by more than one band")
        ordered = self.ordered()
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if _overlap(a, b):
                    raise ScaleError(
                        f"skala '{self.name}': pita '{a.label}' ({a.describe()}) dan '{b.label}' "
                        f"({b.describe()}) bertumpang tindih",
                        f"scale '{self.name}': bands '{a.label}' ({a.describe('en')}) and '{b.label}' "
                        f"({b.describe('en')}) overlap")

    def ordered(self) -> list[Band]:
        """The bands from the lowest values to the highest."""
        return sorted(self.bands, key=_lower_key)

    def classify(self, value: Number | None) -> Band | None:
        """The band holding ``value``, or ``None`` when it falls in a gap (or is unknown)."""
        v = as_decimal(value)
        if v is None:
            return None
        for band in self.bands:
            if band.contains(v):
                return band
        return None

    def gaps(self) -> tuple[Gap, ...]:
        """Every interval of values no band covers, including below the lowest and above the highest."""
        ordered = self.ordered()
        found: list[Gap] = []
        first = ordered[0]
        if first.min is not None:
            found.append(Gap(None, False, first.min, not first.min_inclusive, None, first))
        for low, high in zip(ordered, ordered[1:]):
            # No overlaps, so ``low`` ends before ``high`` starts; both are bounded there.
            assert low.max is not None and high.min is not None
            if low.max < high.min or (low.max == high.min and not low.max_inclusive and not high.min_inclusive):
                found.append(Gap(low.max, not low.max_inclusive, high.min, not high.min_inclusive, low, high))
        last = ordered[-1]
        if last.max is not None:
            found.append(Gap(last.max, not last.max_inclusive, None, False, last, None))
        return tuple(found)

    def boundaries(self) -> tuple[Decimal, ...]:
        """Every finite bound of every band, ascending (where float arithmetic needs exact checks)."""
        return tuple(sorted({b for band in self.bands for b in (band.min, band.max) if b is not None}))

    def classify_array(self, values: np.ndarray) -> np.ndarray:
        """Index into :attr:`bands` for each value (float compare), ``-1`` for a gap or NaN.

        Floats near a boundary may differ from the exact :meth:`classify`; callers that need
        exactness re-check values within a hair of :meth:`boundaries` (as ``compute_capaian_array``
        does).
        """
        values = np.asarray(values, dtype=float)
        result = np.full(values.shape, -1, dtype=np.int64)
        for i, band in enumerate(self.bands):
            inside = ~np.isnan(values)
            if band.min is not None:
                low = float(band.min)
                inside &= values >= low if band.min_inclusive else values > low
            if band.max is not None:
                high = float(band.max)
                inside &= values <= high if band.max_inclusive else values < high
            result[inside] = i
        return result

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "bands": [band.to_json() for band in self.bands]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | Sequence[Mapping[str, Any]], *, name: str | None = None) -> Scale:
        """Read ``{"name": …, "bands": [...]}`` or the catalog's bare ``bands`` list."""
        if isinstance(data, Mapping):
            bands = data.get("bands")
            name = name or data.get("name")
        else:
            bands = data
        if not isinstance(bands, Sequence) or isinstance(bands, (str, bytes)):
            raise ScaleError("skala harus berisi daftar 'bands'", "a scale must hold a 'bands' list")
        return cls(name or "skala", tuple(Band.from_json(b) for b in bands))


def _permendagri_band(low: int | None, high: int | None, label: str, label_en: str, colour: str) -> Band:
    return Band(None if low is None else Decimal(low), low is not None,
                None if high is None else Decimal(high), False, label, colour=colour, label_en=label_en)


# Permendagri 86/2017 writes the bands on integers (≥ 91, 76–90, 66–75, 51–65, ≤ 50), which leaves
# 90 < x < 91 (and 75 < x < 76 …) in no band. Each band here runs up to, not including, the next
# band's threshold: a predicate is earned by reaching its threshold, and nothing is rounded up.
PERMENDAGRI_86_2017 = Scale("Permendagri 86/2017", (
    _permendagri_band(91, None, "Sangat Tinggi", "Very high", "#1b5e20"),
    _permendagri_band(76, 91, "Tinggi", "High", "#43a047"),
    _permendagri_band(66, 76, "Sedang", "Medium", "#fbc02d"),
    _permendagri_band(51, 66, "Rendah", "Low", "#ef6c00"),
    _permendagri_band(None, 51, "Sangat Rendah", "Very low", "#c62828"),
))

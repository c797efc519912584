"""Targets as people write them: a number ("75", "1 Dokumen", "0,5%"), a range ("80–90%",
"80 s.d. 90"), or a predicate ("WTP", "A") scored by a :class:`PredicateScale`.

The raw text is always kept beside the parsed value, so what the decree or the PK said can be shown
and re-read later. Numbers are read with :func:`kinerja.numbers.parse_decimal` (Indonesian notation
first, "12.317" is twelve thousand); a range whose two bounds are equal is a plain number.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Union

from kinerja.capaian.decimals import plain
from kinerja.capaian.errors import TargetFormatError
from kinerja.errors import NumberFormatError
from kinerja.numbers import format_number, parse_decimal


def _key(text: str) -> str:
    return " ".join(str(text).lower().replace("-", " ").split())


@dataclass(frozen=True)
class PredicateScale:
    """Predicates and their scores; a higher score is always better.

    ``scores`` maps each label to its score (the numbers capaian compares); ``aliases`` maps other
    ways of writing a label (the spelled-out opinion) to the label.
    """

    name: str
    scores: Mapping[str, Decimal]
    aliases: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        scores = {str(label): parse_decimal(score) for label, score in dict(self.scores).items()}
        if not scores:
            raise TargetFormatError(f"skala predikat '{self.name}' kosong",
                                    f"predicate scale '{self.name}' is empty")
        for alias, label in dict(self.aliases).items():
            if label not in scores:
                raise TargetFormatError(f"alias '{alias}' merujuk predikat '{label}' yang tidak ada di '{self.name}'",
                                        f"alias '{alias}' names predicate '{label}' missing from '{self.name}'")
        object.__setattr__(self, "scores", scores)
        object.__setattr__(self, "aliases", dict(self.aliases))

    def __hash__(self) -> int:
        return hash(self.name)

    def label_of(self, text: str) -> str | None:
        """The canonical label ``text`` names in this scale (any case, alias allowed), else ``None``."""
        wanted = _key(text)
        for label in self.scores:
            if _key(label) == wanted:
                return label
        for alias, label in self.aliases.items():
            if _key(alias) == wanted:
                return label
        return None

    def score(self, text: str) -> Decimal:
        label = self.label_of(text)
        if label is None:
            known = ", ".join(self.scores)
            raise TargetFormatError(f"'{text}' bukan predikat pada skala {self.name} ({known})",
                                    f"'{text}' is not a predicate of the {self.name} scale ({known})")
        return self.scores[label]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "scores": {k: plain(v) for k, v in self.scores.items()},
                "aliases": dict(self.aliases)}


OPINI_BPK = PredicateScale("Opini BPK", {"WTP": 4, "WDP": 3, "TW": 2, "TMP": 1}, {
    "Wajar Tanpa Pengecualian": "WTP",
    "Wajar Dengan Pengecualian": "WDP",
    "Tidak Wajar": "TW",
    "Tidak Menyatakan Pendapat": "TMP",
    "Disclaimer": "TMP",
})

# The seven SAKIP evaluation grades (PermenPAN-RB 88/2021), one step apart.
NILAI_SAKIP = PredicateScale("Nilai SAKIP", {"AA": 7, "A": 6, "BB": 5, "B": 4, "CC": 3, "C": 2, "D": 1})

DEFAULT_PREDICATE_SCALES: tuple[PredicateScale, ...] = (OPINI_BPK, NILAI_SAKIP)


@dataclass(frozen=True)
class NumberTarget:
    value: Decimal
    raw: str
    satuan: str | None = None

    kind = "number"

    def describe(self, language: str = "id") -> str:
        return format_number(self.value, language=language)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": plain(self.value), "satuan": self.satuan, "raw": self.raw}


@dataclass(frozen=True)
class RangeTarget:
    low: Decimal
    high: Decimal
    raw: str
    satuan: str | None = None

    kind = "range"

    def describe(self, language: str = "id") -> str:
        return f"{format_number(self.low, language=language)}–{format_number(self.high, language=language)}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "low": plain(self.low), "high": plain(self.high),
                "satuan": self.satuan, "raw": self.raw}


@dataclass(frozen=True)
class PredicateTarget:
    label: str
    scale: PredicateScale
    raw: str

    kind = "predicate"

    @property
    def score(self) -> Decimal:
        return self.scale.scores[self.label]

    def describe(self, language: str = "id") -> str:
        return self.label

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "score": plain(self.score),
                "scale": self.scale.name, "raw": self.raw}


Target = Union[NumberTarget, RangeTarget, PredicateTarget]

_BODY_AND_UNIT = re.compile(r"^(.*\d)\s*%?\s*(.*?)$", re.DOTALL)
_RANGE_SEPARATOR = re.compile(
    r"\s*(?:[–—]|s\s*\.?\s*/?\s*d\s*\.?(?=\s|\d)|sampai(?:\s+dengan)?|hingga|to)\s*"
    r"|(?<=[\d%])\s*-\s*(?=[+\-−]?\s*\d)",
    re.IGNORECASE,
)
_ONE_SIDED = re.compile(r"^(?:[<>≤≥]|min|maks|max|paling|lebih|kurang|sekurang)", re.IGNORECASE)
_PERCENT = re.compile(r"^(?:%|persen|percent)(?:\s*\(.*\))?$", re.IGNORECASE)


def _error(raw: str) -> TargetFormatError:
    return TargetFormatError(
        f"target '{raw}' tidak dapat dibaca: tulis angka (75 atau 1.234,5), rentang (80–90) "
        f"atau predikat (WTP, A)",
        f"target '{raw}' cannot be read: write a number (75 or 1,234.5), a range (80–90) "
        f"or a predicate (WTP, A)")


def parse_target(text: str | int | float | Decimal, *, scale: PredicateScale | None = None,
                 scales: Iterable[PredicateScale] = DEFAULT_PREDICATE_SCALES,
                 prefer_decimal_point: bool = False) -> Target:
    """Read a target: number, range or predicate, keeping ``text`` as ``raw``.

    With ``scale`` given, predicates are looked up in that scale only; otherwise in ``scales``, and a
    label found in more than one of them is an error (say which scale).
    """
    raw = str(text)
    s = " ".join(raw.split())
    if not s:
        raise TargetFormatError("target kosong", "the target is empty")
    searched = (scale,) if scale is not None else tuple(scales)
    matches = [(sc, label) for sc in searched if (label := sc.label_of(s)) is not None]
    if len(matches) > 1:
        names = ", ".join(sc.name for sc, _ in matches)
        raise TargetFormatError(f"predikat '{s}' ada di beberapa skala ({names}); sebutkan skalanya",
                                f"predicate '{s}' belongs to several scales ({names}); name the scale")
    if matches:
        found_scale, label = matches[0]
        return PredicateTarget(label, found_scale, raw)
    m = _BODY_AND_UNIT.match(s)
    if not m:
        raise _error(raw)
    body, unit = m.group(1), m.group(2).strip()
    if unit and not re.match(r"^(?:[^\W\d_]|\()", unit):
        raise _error(raw)
    percent = "%" in s[len(body):] or bool(_PERCENT.match(unit))
    satuan = "%" if percent else (unit or None)
    if _ONE_SIDED.match(body):
        raise TargetFormatError(
            f"target '{raw}' hanya punya satu batas; tulis angka tunggal (80) atau rentang (80–90)",
            f"target '{raw}' has only one bound; write a single number (80) or a range (80–90)")
    if re.match(r"^rp\.?\s*", body, re.IGNORECASE):
        satuan = satuan or "Rp"
    parts = _RANGE_SEPARATOR.split(body)
    if len(parts) > 2 or not all(p.strip() for p in parts):
        raise _error(raw)
    try:
        values = [parse_decimal(p.strip().replace("−", "-"), prefer_decimal_point=prefer_decimal_point)
                  for p in parts]
    except NumberFormatError:
        raise _error(raw) from None
    if len(values) == 1 or values[0] == values[1]:
        return NumberTarget(values[0], raw, satuan)
    low, high = values
    if low > high:
        raise TargetFormatError(f"rentang target '{raw}': batas bawah lebih besar dari batas atas",
                                f"target range '{raw}': the lower bound is above the upper bound")
    return RangeTarget(low, high, raw, satuan)

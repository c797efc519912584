"""Reporting periods: year, semester, quarter (triwulan) and month, and the 5-year Renstra span.

The one period type of the whole project (the formula engine, the capaian arithmetic, the derivation
engine and the Django apps all use it), on the ground floor beside :mod:`kinerja.numbers`.

A period is a value: ``Period(2024, "quarter", 2)`` is TW II 2024 wherever it appears. Periods order
by where they start and, for the same start, the longer first (2024 < Semester 1 2024 < TW I 2024 <
Januari 2024 < TW II 2024), so a sorted list reads like a report.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import total_ordering
from typing import Literal

from kinerja.errors import KinerjaError


class PeriodError(KinerjaError, ValueError):
    """A period that does not exist or a label that names no period."""


PeriodKind = Literal["year", "semester", "quarter", "month"]

MONTHS_IN: dict[str, int] = {"year": 12, "semester": 6, "quarter": 3, "month": 1}
PER_YEAR: dict[str, int] = {kind: 12 // months for kind, months in MONTHS_IN.items()}
# The kinds a period of each kind divides into, finest first (where sub-period values are looked for).
FINER_KINDS: dict[str, tuple[PeriodKind, ...]] = {
    "year": ("month", "quarter", "semester"), "semester": ("month", "quarter"), "quarter": ("month",), "month": ()}
_KEY_LETTER = {"semester": "S", "quarter": "Q", "month": "M"}
_ROMAN = ("I", "II", "III", "IV")
MONTH_NAMES_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                  "September", "Oktober", "November", "Desember")
MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
_MONTH_LOOKUP = {name.lower(): i + 1 for names in (MONTH_NAMES_ID, MONTH_NAMES_EN)
                 for i, name in enumerate(names)}
_MONTH_LOOKUP.update({name.lower()[:3]: i + 1 for i, name in enumerate(MONTH_NAMES_ID)})
_MONTH_LOOKUP.update({name.lower()[:3]: i + 1 for i, name in enumerate(MONTH_NAMES_EN)})
_MONTH_LOOKUP["agt"] = 8


@total_ordering
@dataclass(frozen=True)
class Period:
    """One reporting period: ``year`` and, below the year, which semester/quarter/month (1-based)."""

    year: int
    kind: PeriodKind = "year"
    index: int = 1

    def __post_init__(self) -> None:
        if self.kind not in MONTHS_IN:
            raise PeriodError(f"jenis periode '{self.kind}' tidak dikenal (year, semester, quarter, month)",
                              f"unknown period kind '{self.kind}' (year, semester, quarter, month)")
        if isinstance(self.year, bool) or not isinstance(self.year, int) or not 1000 <= self.year <= 9999:
            raise PeriodError(f"tahun '{self.year}' tidak sah (empat angka)",
                              f"year '{self.year}' is not valid (four digits)")
        count = 12 // MONTHS_IN[self.kind]
        if isinstance(self.index, bool) or not isinstance(self.index, int) or not 1 <= self.index <= count:
            raise PeriodError(f"nomor periode {self.index} di luar 1–{count} untuk {self.kind}",
                              f"period number {self.index} is outside 1–{count} for {self.kind}")

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(year, "year", 1)

    @classmethod
    def semester(cls, year: int, number: int) -> Period:
        return cls(year, "semester", number)

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        return cls(year, "quarter", number)

    @classmethod
    def month(cls, year: int, number: int) -> Period:
        return cls(year, "month", number)

    @property
    def months(self) -> int:
        return MONTHS_IN[self.kind]

    @property
    def first_month(self) -> int:
        return (self.index - 1) * self.months + 1

    @property
    def last_month(self) -> int:
        return self.index * self.months

    def _sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.first_month, -self.months)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def contains(self, other: Period) -> bool:
        """True when ``other`` lies wholly inside this period (a period contains itself)."""
        return (other.year == self.year and self.first_month <= other.first_month
                and other.last_month <= self.last_month)

    def parent(self, kind: PeriodKind = "year") -> Period:
        """The ``kind`` period this one lies in: ``TW III 2024 → Semester 2 2024 → 2024``."""
        if kind not in MONTHS_IN or MONTHS_IN[kind] <= self.months:
            raise PeriodError(f"{self.label()} tidak berada di dalam periode jenis '{kind}'",
                              f"{self.label('en')} does not lie inside a period of kind '{kind}'")
        return Period(self.year, kind, (self.first_month - 1) // MONTHS_IN[kind] + 1)

    def children(self, kind: PeriodKind) -> tuple[Period, ...]:
        """The ``kind`` periods that make up this one, in order (the quarters of a year …)."""
        if kind not in MONTHS_IN or MONTHS_IN[kind] >= self.months:
            raise PeriodError(f"{self.label()} tidak terbagi menjadi periode jenis '{kind}'",
                              f"{self.label('en')} does not divide into periods of kind '{kind}'")
        size = MONTHS_IN[kind]
        first = (self.first_month - 1) // size + 1
        return tuple(Period(self.year, kind, i) for i in range(first, first + self.months // size))

    def shifted(self, steps: int) -> Period:
        """The period ``steps`` periods of the same kind later (negative: earlier), across years."""
        per_year = 12 // self.months
        position = self.year * per_year + (self.index - 1) + steps
        return Period(position // per_year, self.kind, position % per_year + 1)

    @property
    def ordinal(self) -> int:
        """Position among all periods of this kind: consecutive periods differ by one, across years."""
        return self.year * PER_YEAR[self.kind] + self.index - 1

    @classmethod
    def of_ordinal(cls, kind: PeriodKind, ordinal: int) -> Period:
        per_year = PER_YEAR[kind]
        return cls(ordinal // per_year, kind, ordinal % per_year + 1)

    def next(self) -> Period:
        return self.shifted(1)

    def previous(self) -> Period:
        return self.shifted(-1)

    @property
    def key(self) -> str:
        """A stable machine key: ``2024``, ``2024-S1``, ``2024-Q2``, ``2024-M03``."""
        if self.kind == "year":
            return str(self.year)
        width = 2 if self.kind == "month" else 1
        return f"{self.year}-{_KEY_LETTER[self.kind]}{self.index:0{width}d}"

    def label(self, language: str = "id") -> str:
        """How people write it: ``TW I 2024`` / ``Q1 2024``, ``Semester 1 2024``, ``Januari 2024``."""
        english = language.startswith("en")
        if self.kind == "year":
            return str(self.year)
        if self.kind == "semester":
            return f"Semester {self.index} {self.year}"
        if self.kind == "quarter":
            return f"Q{self.index} {self.year}" if english else f"TW {_ROMAN[self.index - 1]} {self.year}"
        names = MONTH_NAMES_EN if english else MONTH_NAMES_ID
        return f"{names[self.index - 1]} {self.year}"

    def __str__(self) -> str:
        return self.label()


_NUMBER = r"(iv|i{1,3}|[1-4])"
_PATTERNS: tuple[tuple[re.Pattern[str], PeriodKind], ...] = (
    (re.compile(r"^(?:tahun|year|th\.?)?\s*(\d{4})$"), "year"),
    (re.compile(rf"^(?:tw|triwulan|trw|q|quarter|kuartal)\s*\.?-?\s*{_NUMBER}\s*(?:tahun\s*)?(\d{{4}})$"), "quarter"),
    (re.compile(rf"^(?:semester|smt|sem|h)\s*\.?-?\s*{_NUMBER}\s*(?:tahun\s*)?(\d{{4}})$"), "semester"),
)
_KEY = re.compile(r"^(\d{4})-(?:(s|q)(\d)|m?(\d{1,2}))$")
_MONTH_LABEL = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")


def _number(text: str) -> int:
    roman = text.upper()
    return _ROMAN.index(roman) + 1 if roman in _ROMAN else int(text)


def parse_period(text: str) -> Period:
    """Read a period label: ``TW I 2024``, ``Triwulan 2 2024``, ``Q3 2024``, ``Semester II 2024``,
    ``Januari 2024``, ``2024``, or a :attr:`Period.key` (``2024-Q1``, ``2024-S2``, ``2024-M03``)."""
    s = " ".join(str(text).split()).lower()
    for pattern, kind in _PATTERNS:
        m = pattern.match(s)
        if m:
            if kind == "year":
                return Period(int(m.group(1)), "year", 1)
            return Period(int(m.group(2)), kind, _number(m.group(1)))
    m = _KEY.match(s)
    if m:
        year = int(m.group(1))
        if m.group(2):
            return Period(year, "semester" if m.group(2) == "s" else "quarter", int(m.group(3)))
        return Period(year, "month", int(m.group(4)))
    m = _MONTH_LABEL.match(s)
    if m and m.group(1) in _MONTH_LOOKUP:
        return Period(int(m.group(2)), "month", _MONTH_LOOKUP[m.group(1)])
    raise PeriodError(f"'{text}' bukan periode yang dikenal (contoh: TW I 2024, Semester 1 2024, Januari 2024, 2024)",
                      f"'{text}' is not a known period (e.g. Q1 2024, Semester 1 2024, January 2024, 2024)")


@dataclass(frozen=True)
class RenstraSpan:
    """The years of a Renstra (strategic plan): ``first_year`` and the following ``length - 1``."""

    first_year: int
    length: int = 5

    def __post_init__(self) -> None:
        Period.of_year(self.first_year)  # validates the year
        if isinstance(self.length, bool) or not isinstance(self.length, int) or self.length < 1:
            raise PeriodError(f"panjang Renstra {self.length} tahun tidak sah",
                              f"a Renstra length of {self.length} years is not valid")

    @property
    def last_year(self) -> int:
        return self.first_year + self.length - 1

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.first_year, self.last_year + 1))

    def contains(self, item: Period | int) -> bool:
        year = item.year if isinstance(item, Period) else item
        return self.first_year <= year <= self.last_year

    def periods(self, kind: PeriodKind = "year") -> Iterator[Period]:
        """Every ``kind`` period of the span, in order."""
        for year in self.years:
            whole = Period.of_year(year)
            yield from ((whole,) if kind == "year" else whole.children(kind))

    def label(self) -> str:
        """``Renstra 2025–2029`` (the word is the same in English)."""
        return f"Renstra {self.first_year}–{self.last_year}"

"""Periods: a year (``2023``), a quarter (``"2023-Q2"``), a half (``"2023-S1"``) or a month (``"2023-M07"``).

Only what the evaluator needs: parse, step back one period, list the sub-periods of a period, order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kinerja.formula.errors import FormulaError

_PER_YEAR = {"Y": 1, "S": 2, "Q": 4, "M": 12}
_PATTERN = re.compile(r"^\s*(\d{4})(?:\s*-\s*([SQM])\s*(\d{1,2}))?\s*$", re.I)
_FINER = {"Y": ("M", "Q", "S"), "S": ("M", "Q"), "Q": ("M",), "M": ()}


@dataclass(frozen=True, order=True)
class Period:
    year: int
    grain: str = "Y"   # Y S Q M
    index: int = 1     # 1-based within the year

    def __str__(self) -> str:
        if self.grain == "Y":
            return str(self.year)
        return f"{self.year}-{self.grain}{self.index:02d}" if self.grain == "M" else f"{self.year}-{self.grain}{self.index}"

    def ordinal(self) -> int:
        return self.year * _PER_YEAR[self.grain] + self.index - 1

    def back(self, steps: int) -> "Period":
        """The period ``steps`` periods of the same grain before this one (n-1 for steps=1)."""
        size = _PER_YEAR[self.grain]
        position = self.ordinal() - steps
        return Period(position // size, self.grain, position % size + 1)

    def parts(self, grain: str) -> list["Period"]:
        """The sub-periods of this period at a finer grain ("2023" → its 4 quarters)."""
        size = _PER_YEAR[grain] // _PER_YEAR[self.grain]
        first = (self.index - 1) * size + 1
        return [Period(self.year, grain, first + i) for i in range(size)]

    def finer_grains(self) -> tuple[str, ...]:
        return _FINER[self.grain]


def as_period(value: "Period | int | str") -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, bool):
        raise _bad(value)
    if isinstance(value, int):
        return Period(value)
    if isinstance(value, str):
        match = _PATTERN.match(value)
        if match:
            grain = (match.group(2) or "Y").upper()
            index = int(match.group(3) or 1)
            if 1 <= index <= _PER_YEAR[grain]:
                return Period(int(match.group(1)), grain, index)
    raise _bad(value)


def _bad(value: object) -> FormulaError:
    return FormulaError(f"periode '{value}' tidak dikenali (contoh: 2023, 2023-Q2, 2023-M07)",
                        f"period '{value}' is not recognised (e.g. 2023, 2023-Q2, 2023-M07)")

"""One way to turn the numbers callers hand us into exact decimals, with unknown kept as ``None``."""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from kinerja.capaian.errors import CapaianError
from kinerja.numbers import format_number, parse_decimal

Number = Decimal | int | float

# What a table cell holds when nothing was reported: nothing, or a dash.
_BLANK_MARKS = {"", "-", "–", "—"}


def is_blank(text: str) -> bool:
    """True for text that means "no value" (empty or a lone dash), which is unknown, not zero."""
    return text.strip() in _BLANK_MARKS


def as_decimal(value: Number | str | None, *, what: str = "nilai", what_en: str = "value") -> Decimal | None:
    """``value`` as a finite :class:`Decimal`; ``None``, NaN and blank text are unknown (``None``).

    Floats go through their shortest ``repr`` ("27.3", not 27.29999…), so a float a person typed
    compares with a band boundary the way the person expects.
    """
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and is_blank(value):
        return None
    if isinstance(value, Decimal) and value.is_nan():
        return None
    result = parse_decimal(value)
    if not result.is_finite():
        raise CapaianError(f"{what} '{value}' tidak terhingga", f"{what_en} '{value}' is not finite")
    return result


def plain(value: Decimal) -> int | float:
    """A JSON-friendly number: an int when whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def format_exact(value: Decimal, language: str = "id") -> str:
    """``value`` with every decimal it has and no more ("90,5", "1.234", "0,125")."""
    exponent = value.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return format_number(value, places, language=language)


def format_operand(value: Decimal, language: str = "id") -> str:
    """An input of a calculation as a person reads it: exact up to four decimals, otherwise "≈" and four
    decimals (four significant digits below 1). A realisasi computed as 218 / 338 × 100 is shown as
    "≈64,497", not "64,49704142011834"; the capaian itself is always computed and shown exactly."""
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or -exponent <= 4:
        return format_exact(value, language)
    quantum = Decimal("0.0001") if abs(value) >= 1 else Decimal(1).scaleb(value.adjusted() - 3)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    return format_exact(value, language) if rounded == value else "≈" + format_exact(rounded, language)

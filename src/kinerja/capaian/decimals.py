"""One way to turn the numbers callers hand us into exact decimals, with unknown kept as ``None``."""
from __future__ import annotations

import math
from decimal import Decimal

from kinerja.capaian.errors import CapaianError
from kinerja.numbers import parse_decimal

Number = Decimal | int | float


def as_decimal(value: Number | str | None, *, what: str = "nilai", what_en: str = "value") -> Decimal | None:
    """``value`` as a finite :class:`Decimal`; ``None``, NaN and blank text are unknown (``None``).

    Floats go through their shortest ``repr`` ("27.3", not 27.29999…), so a float a person typed
    compares with a band boundary the way the person expects.
    """
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and not value.strip():
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

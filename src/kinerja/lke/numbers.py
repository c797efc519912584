"""Exact numbers from JSON: weights, answer values and grade bounds become :class:`Fraction`.

A tree may come from a file (read with ``parse_float=Decimal``) or from the database (plain floats);
both end as the same exact value, so 4.5 stays 9/2 and 0.3 stays 3/10.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from kinerja.lke.errors import LkeError

TWO_PLACES = Decimal("0.01")
LIMIT = 10**9


def exact(value: object, *, where: str) -> Fraction:
    """``value`` as an exact fraction; a clear error for anything that is not a plain, sane number."""
    if isinstance(value, bool) or value is None:
        raise LkeError("Angka diperlukan.", "A number is needed.", where=where)
    if isinstance(value, Fraction):
        number = value
    elif isinstance(value, int):
        number = Fraction(value) if abs(value) <= LIMIT else None
    else:
        try:
            d = Decimal(str(value)) if isinstance(value, (float, str)) else Decimal(value)
        except (InvalidOperation, ValueError, TypeError):
            d = None
        # Checked before converting: Fraction(Decimal("1e999999")) would build a million-digit integer.
        number = Fraction(d) if d is not None and d.is_finite() and d.adjusted() < 10 else None
    if number is None:
        raise LkeError(f"'{value}' bukan angka yang dapat dipakai.", f"'{value}' is not a usable number.",
                       where=where)
    if abs(number) > LIMIT:
        raise LkeError(f"Angka {value} terlalu besar.", f"The number {value} is too large.", where=where)
    return number


def rounded(value: Fraction) -> Decimal:
    """Two decimals, half up: the figure the LKE prints and the grade is read from."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)

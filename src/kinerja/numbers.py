"""Numbers as Indonesian documents write them.

Indonesian uses "." to group thousands and "," as the decimal mark ("1.234,5"); many writers use
"." as a decimal mark too ("0.52%"). :func:`parse_number` reads both without guessing silently:
where a string is truly ambiguous ("1.234" could be 1234 or 1.234) the Indonesian reading wins,
because that is the convention of the documents Kinerja reads, and ``prefer_decimal_point`` lets a
caller that knows better (an international-notation field) say so.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from kinerja.errors import NumberFormatError

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_STRIP = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_NUMBER_CHARS = re.compile(r"^[+\-\u2212]?[0-9.,]+$")


def _error(text: str) -> NumberFormatError:
    return NumberFormatError(
        f"'{text}' bukan angka yang sah (contoh: 1.234,5 atau 1234.5)",
        f"'{text}' is not a valid number (e.g. 1.234,5 or 1234.5)",
    )


def parse_decimal(text: str | int | float | Decimal, *, prefer_decimal_point: bool = False) -> Decimal:
    """Read a number written in Indonesian or international notation.

    Accepts "1.234,5", "1234,5", "1,234.5", "1234.5", "12.317", "11.736.080.000.000", "0,5",
    "Rp 1.000", "-3", "50%". Raises :class:`NumberFormatError` for anything else.
    """
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool):
        raise _error(str(text))
    if isinstance(text, (int, float)):
        return Decimal(str(text))
    raw = str(text)
    s = _SPACES.sub("", raw.strip())
    s = _STRIP.sub("", s)
    if s.endswith("%"):
        s = s[:-1]
    if not s or not _NUMBER_CHARS.match(s):
        raise _error(raw)
    sign = ""
    if s[0] in "+-\u2212":
        sign = "-" if s[0] != "+" else ""
        s = s[1:]
    if not s or not any(c.isdigit() for c in s):
        raise _error(raw)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # Whichever mark comes last is the decimal mark; the other groups thousands.
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        if s.count(decimal_mark) > 1 or not _grouped(s.split(decimal_mark)[0], group_mark):
            raise _error(raw)
        s = s.replace(group_mark, "").replace(decimal_mark, ".")
    elif commas:
        if commas > 1:
            if not _grouped(s, ","):
                raise _error(raw)
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif dots:
        if dots > 1:
            if not _grouped(s, "."):
                raise _error(raw)
            s = s.replace(".", "")
        else:
            head, tail = s.split(".")
            if len(tail) == 3 and head and head != "0" and not prefer_decimal_point:
                s = head + tail  # "12.317": Indonesian thousands
    try:
        return Decimal(sign + s)
    except InvalidOperation:
        raise _error(raw) from None


def parse_number(text: str | int | float | Decimal, *, prefer_decimal_point: bool = False) -> float:
    """:func:`parse_decimal` as a float."""
    return float(parse_decimal(text, prefer_decimal_point=prefer_decimal_point))


def _grouped(s: str, mark: str) -> bool:
    parts = s.split(mark)
    return bool(parts[0]) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def format_number(value: float | int | Decimal | None, decimals: int | None = None,
                  *, language: str = "id", missing: str = "–") -> str:
    """Write a number for people: "1.234,5" in Indonesian, "1,234.5" in English.

    ``decimals=None`` keeps up to two decimals (three significant digits below 1) and drops trailing
    zeros. ``None``, NaN and infinity give ``missing`` (unknown is not zero).
    """
    if value is None:
        return missing
    d = Decimal(str(value))
    if not d.is_finite():  # NaN or infinity: nothing a person can read as a figure
        return missing
    places = 2 if decimals is None else decimals
    if decimals is None and d and abs(d) < 1:
        # Two decimals would print a labour-productivity figure like 0.000315 as "0": keep three
        # significant digits of a small value instead.
        places = max(2, min(10, 2 - d.adjusted()))
    # Half-up, as people round by hand (80,625 → 80,63); a value that rounds to zero loses its sign.
    with localcontext() as context:
        # A 40-digit figure exceeds the default 28-digit precision; quantize would raise on it.
        context.prec = max(context.prec, d.adjusted() + places + 2)
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if not d:
        d = abs(d)
    text = f"{d:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if language.startswith("id"):
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return text


def format_percent(value: float | Decimal | None, decimals: int | None = None, *, language: str = "id") -> str:
    if value is None:
        return "–"
    return format_number(value, decimals, language=language) + "%"

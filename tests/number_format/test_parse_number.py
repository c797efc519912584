from decimal import Decimal

import pytest

from kinerja.errors import KinerjaError
from kinerja.numbers import NumberFormatError, parse_decimal, parse_number


@pytest.mark.parametrize("text, expected", [
    ("1.234,5", Decimal("1234.5")),
    ("1234,5", Decimal("1234.5")),
    ("1,234.5", Decimal("1234.5")),
    ("1234.5", Decimal("1234.5")),
    ("12.317", Decimal("12317")),                      # Indonesian thousands (seed 001's worked example)
    ("11.736.080.000.000", Decimal("11736080000000")),
    ("0,5", Decimal("0.5")),
    (",5", Decimal("0.5")),                             # a bare decimal mark is still a decimal mark
    (".5", Decimal("0.5")),
    ("-.5", Decimal("-0.5")),
    ("5.", Decimal("5")),
    ("0.52", Decimal("0.52")),
    ("0.520", Decimal("0.520")),                        # a leading zero is never a thousands group
    ("Rp. 11.736.080.000", Decimal("11736080000")),
    ("Rp 1.000", Decimal("1000")),
    ("-3", Decimal("-3")),
    ("\u22123,5", Decimal("-3.5")),                     # the minus sign as typeset
    ("50%", Decimal("50")),
    (" 1 234 ", Decimal("1234")),
    (7, Decimal("7")),
    (2.5, Decimal("2.5")),
])
def test_it_reads_indonesian_and_international_notation(text, expected):
    assert parse_decimal(text) == expected


def test_the_caller_can_prefer_a_decimal_point():
    assert parse_decimal("12.317", prefer_decimal_point=True) == Decimal("12.317")
    assert parse_number("1.234,5") == 1234.5


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "1,23,4", "12,34.5,6", "--1", "1.23.456", "%", "Rp", True, "1e5"])
def test_it_refuses_what_is_not_a_number_with_both_languages(text):
    with pytest.raises(NumberFormatError) as caught:
        parse_decimal(text)
    error = caught.value
    assert isinstance(error, KinerjaError) and isinstance(error, ValueError)
    assert "bukan angka" in error.message("id") and "not a valid number" in error.message("en")

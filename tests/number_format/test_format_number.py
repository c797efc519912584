from decimal import Decimal

import pytest

from kinerja.numbers import format_number, format_percent


@pytest.mark.parametrize("value, decimals, id_text, en_text", [
    (1234.5, None, "1.234,5", "1,234.5"),
    (1234567, None, "1.234.567", "1,234,567"),
    (Decimal("80.625"), 2, "80,63", "80.63"),
    (80, None, "80", "80"),
    (0.5, None, "0,5", "0.5"),
    (Decimal("0.00031524"), None, "0,000315", "0.000315"),   # a small value keeps its digits, never "0"
    (-0.004, None, "-0,004", "-0.004"),
    (0, None, "0", "0"),
    (-0.0001, 2, "0,00", "0.00"),                           # rounds to zero: no "-0,00"
])
def test_it_writes_numbers_the_way_each_language_reads_them(value, decimals, id_text, en_text):
    assert format_number(value, decimals) == id_text
    assert format_number(value, decimals, language="en") == en_text


def test_unknown_is_not_zero():
    assert format_number(None) == "–"
    assert format_number(float("nan")) == "–"
    assert format_number(float("inf")) == "–"
    assert format_percent(None) == "–"
    assert format_percent(75) == "75%"

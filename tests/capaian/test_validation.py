from decimal import Decimal

import pytest

from kinerja.capaian.validation import check_realisasi, kind_for_satuan


@pytest.mark.parametrize("text, expected", [("1.234,5", "1234.5"), ("1,234.5", "1234.5"), ("0,52", "0.52"),
                                             ("0.52", "0.52"), ("12.317", "12317"), ("75%", "75")])
def test_it_reads_both_notations(text, expected):
    check = check_realisasi(text, "indeks")
    assert check.ok and check.value == Decimal(expected) and check.kind == "number"


def test_international_fields_can_prefer_the_decimal_point():
    assert check_realisasi("1.234", "indeks", prefer_decimal_point=True).value == Decimal("1.234")


@pytest.mark.parametrize("satuan", ["orang", "Unit", "dokumen", "perusahaan", "paket", "kali", "Tenaga Kerja"])
def test_counts_cannot_be_negative_or_fractional(satuan):
    assert kind_for_satuan(satuan) == "count"
    negative = check_realisasi("-3", satuan)
    assert not negative.ok and [p.code for p in negative.errors] == ["negative_count"]
    assert satuan in negative.errors[0].message_id and "negative" in negative.errors[0].message_en
    fractional = check_realisasi("2,5", satuan)
    assert [p.code for p in fractional.errors] == ["fractional_count"]
    assert "bilangan bulat" in fractional.errors[0].message("id")
    assert "whole number" in fractional.errors[0].message("en")
    assert check_realisasi("1.200", satuan).value == 1200 and check_realisasi("1.200", satuan).ok


def test_a_percentage_above_100_asks_for_confirmation():
    check = check_realisasi("112,5", "%")
    assert check.ok and check.needs_confirmation and check.value == Decimal("112.5")
    assert check.confirmations[0].code == "percent_above_100"
    assert "112,5%" in check.confirmations[0].message_id and "112.5%" in check.confirmations[0].message_en
    assert not check_realisasi("100", "persen").needs_confirmation


@pytest.mark.parametrize("text", [None, "", "   ", "-", "–"])
def test_blank_is_missing_not_zero(text):
    check = check_realisasi(text, "orang")
    assert check.missing and check.value is None and check.ok


def test_unreadable_text_is_an_error_not_a_crash():
    check = check_realisasi("sepuluh", "orang")
    assert not check.ok and check.errors[0].code == "not_a_number"
    assert check.errors[0].message_id != check.errors[0].message_en


def test_predicates_and_kinds():
    assert check_realisasi("wtp", None, "predicate").value == "WTP"
    bad = check_realisasi("Baik Sekali", None, "predicate")
    assert bad.errors[0].code == "unknown_predicate" and "WTP" in bad.errors[0].message_en
    assert check_realisasi("3", None, "jam").errors[0].code == "unknown_kind"
    assert check_realisasi("-2,5", "%").ok  # a growth rate may be negative

from decimal import Decimal

import pytest

from kinerja.capaian.errors import TargetFormatError
from kinerja.capaian.targets import (
    NILAI_SAKIP,
    OPINI_BPK,
    NumberTarget,
    PredicateScale,
    PredicateTarget,
    RangeTarget,
    parse_target,
)


@pytest.mark.parametrize("text, value, satuan", [
    ("75", "75", None), ("75%", "75", "%"), ("0,5%", "0.5", "%"), ("0.52 %", "0.52", "%"),
    ("1 Dokumen", "1", "Dokumen"), ("12.317", "12317", None), ("1.234,5 orang", "1234.5", "orang"),
    ("Rp 1.000.000", "1000000", "Rp"), ("-2", "-2", None), ("100 persen", "100", "%"),
])
def test_it_reads_numbers_and_keeps_raw_text(text, value, satuan):
    target = parse_target(text)
    assert isinstance(target, NumberTarget)
    assert target.value == Decimal(value)
    assert target.satuan == satuan
    assert target.raw == text


@pytest.mark.parametrize("text", ["80-90", "80–90%", "80 – 90 %", "80% - 90%", "80 s.d. 90", "80 s/d 90",
                                  "80 sampai dengan 90", "80 hingga 90"])
def test_it_reads_ranges(text):
    target = parse_target(text)
    assert isinstance(target, RangeTarget)
    assert (target.low, target.high) == (Decimal(80), Decimal(90))
    assert target.raw == text


def test_a_range_with_negative_or_decimal_bounds():
    target = parse_target("-5 - 2,5")
    assert isinstance(target, RangeTarget) and (target.low, target.high) == (Decimal(-5), Decimal("2.5"))


def test_a_range_with_equal_bounds_is_a_number():
    target = parse_target("80 - 80")
    assert isinstance(target, NumberTarget) and target.value == 80


@pytest.mark.parametrize("text, label, scale", [
    ("WTP", "WTP", OPINI_BPK), ("wdp", "WDP", OPINI_BPK), ("Wajar Tanpa Pengecualian", "WTP", OPINI_BPK),
    ("AA", "AA", NILAI_SAKIP), ("cc", "CC", NILAI_SAKIP),
])
def test_it_reads_predicates_with_their_scale(text, label, scale):
    target = parse_target(text)
    assert isinstance(target, PredicateTarget)
    assert target.label == label and target.scale is scale and target.raw == text
    assert target.score == scale.scores[label]


def test_scores_order_predicates():
    assert OPINI_BPK.score("WTP") > OPINI_BPK.score("WDP") > OPINI_BPK.score("TW") > OPINI_BPK.score("TMP")
    grades = ["AA", "A", "BB", "B", "CC", "C", "D"]
    assert [NILAI_SAKIP.score(g) for g in grades] == sorted((NILAI_SAKIP.score(g) for g in grades), reverse=True)


def test_an_agency_scale_and_ambiguous_labels():
    internal = PredicateScale("Indeks internal", {"A": 5, "BB": 4, "B": 3, "CC": 2, "C": 1})
    with pytest.raises(TargetFormatError) as info:
        parse_target("A", scales=(NILAI_SAKIP, internal))
    assert "Indeks internal" in info.value.message_id and "several scales" in info.value.message_en
    target = parse_target("A", scale=internal)
    assert isinstance(target, PredicateTarget) and target.score == 5


@pytest.mark.parametrize("text", ["", "abc", "80-", "90-80", "≥ 80", "minimal 80", "2 dokumen 2024", "80%%"])
def test_it_rejects_unreadable_targets_in_both_languages(text):
    with pytest.raises(TargetFormatError) as info:
        parse_target(text)
    assert info.value.message_id != info.value.message_en
    assert info.value.message_id and info.value.message_en


def test_bad_scale_definitions():
    with pytest.raises(TargetFormatError):
        PredicateScale("kosong", {})
    with pytest.raises(TargetFormatError):
        PredicateScale("alias salah", {"A": 1}, {"Amat baik": "AA"})


def test_to_json_keeps_raw_and_parsed():
    assert parse_target("80–90%").to_json() == {"kind": "range", "low": 80, "high": 90, "satuan": "%", "raw": "80–90%"}
    assert parse_target("WTP").to_json()["score"] == 4

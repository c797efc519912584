from decimal import Decimal

import pytest

from kinerja.capaian.achievement import CapaianSettings, Undefined, compute_capaian
from kinerja.capaian.bands import Band, Scale
from kinerja.capaian.errors import CapaianError, TargetFormatError
from kinerja.capaian.targets import parse_target

# (polarity, convention) -> (formula used, capaian of R=5 against T=10, of R=12 against T=10)
MATRIX = [
    ("positif", "2t-r", "r/t", 50, 120),
    ("positif", "t/r", "r/t", 50, 120),
    ("negatif", "2t-r", "2t-r", 150, 80),
    ("negatif", "t/r", "t/r", 200, Decimal(1000) / 12),
]


@pytest.mark.parametrize("polarity, convention, used, below, above", MATRIX)
def test_every_polarity_and_convention(polarity, convention, used, below, above):
    low = compute_capaian(10, 5, polarity=polarity, convention=convention)
    high = compute_capaian(10, 12, polarity=polarity, convention=convention)
    assert (low.status, high.status) == ("ok", "ok")
    assert low.exact == below and high.exact == above
    assert low.convention == high.convention == used  # recorded with the result
    assert low.polarity == polarity


def test_the_issue_example_explanation():
    result = compute_capaian(10, 5, polarity="negatif")
    assert result.explanation_id.startswith(
        "Capaian = (2 × 10 − 5) / 10 × 100% = 150% karena indikator ini semakin kecil semakin baik")
    assert "lower is better" in result.explanation_en and "2T − R" in result.explanation_en
    assert result.calculation == "(2 × 10 − 5) / 10 × 100% = 150%"
    assert result.formula == "(2 × T − R) / T × 100%"
    assert result.predicate.label == "Sangat Tinggi"


def test_explanations_name_the_convention_and_the_numbers():
    tr = compute_capaian(10, 4, polarity="negatif", convention="T/R")
    assert "10 / 4 × 100% = 250%" in tr.explanation_id and "T / R" in tr.explanation_id
    pos = compute_capaian("1.000", "1.234,5")
    assert "1.234,5 / 1.000 × 100% = 123,45%" in pos.explanation_id
    assert "1,234.5 / 1,000 × 100% = 123.45%" in pos.explanation_en
    assert "semakin besar semakin baik" in pos.explanation_id


@pytest.mark.parametrize("polarity, convention", [(p, c) for p in ("positif", "negatif") for c in ("2t-r", "t/r")])
def test_target_zero(polarity, convention):
    met = compute_capaian(0, 0, polarity=polarity, convention=convention)
    assert met.status == "ok" and met.exact == 100 and "Target 0" in met.explanation_id
    missed = compute_capaian(0, 3, polarity=polarity, convention=convention)
    assert missed.status == "undefined" and missed.value is None and missed.predicate is None
    assert "tidak dapat dihitung" in missed.explanation_id and "cannot be divided" in missed.explanation_en


def test_realisasi_zero_when_lower_is_better():
    assert compute_capaian(10, 0, polarity="negatif", convention="2t-r").exact == 200
    infinite = compute_capaian(10, 0, polarity="negatif", convention="t/r")
    assert infinite.status == "undefined" and "batas atas" in infinite.explanation_id
    capped = compute_capaian(10, 0, polarity="negatif", convention="t/r", ceiling=120)
    assert (capped.status, capped.exact, capped.clamped) == ("ok", 120, "ceiling")
    assert "tak terhingga" in capped.explanation_id


def test_negative_values_that_make_no_ratio():
    assert compute_capaian(-2, 3).status == "undefined"
    assert compute_capaian(5, -1, polarity="negatif", convention="t/r").status == "undefined"
    # a negative realisasi against a positive target is a real (poor) result
    growth = compute_capaian(5, -2)
    assert growth.exact == -40 and growth.predicate.label == "Sangat Rendah"


@pytest.mark.parametrize("realisasi, basis, expected", [
    (70, "range_low", Decimal("87.5")), (80, "range_inside", 100), (85, "range_inside", 100),
    (90, "range_inside", 100), (99, "range_high", 110),
])
def test_range_targets_higher_is_better(realisasi, basis, expected):
    result = compute_capaian("80–90", realisasi)
    assert (result.basis, result.exact) == (basis, expected)


def test_range_targets_lower_is_better_use_the_nearer_bound():
    above = compute_capaian("80-90", 99, polarity="negatif")
    assert above.exact == 90 and above.basis == "range_high"  # (2 × 90 − 99) / 90
    below = compute_capaian("80-90", 60, polarity="negatif", convention="t/r")
    assert below.exact == Decimal(8000) / 60 and "batas terdekat 80" in below.explanation_id
    inside = compute_capaian("80-90", 83, polarity="negatif")
    assert inside.exact == 100 and "dalam rentang" in inside.explanation_id


def test_predicate_targets_compare_scores():
    result = compute_capaian("WTP", "WDP")
    assert result.exact == 75 and result.basis == "predicate"
    assert "WDP = 3" in result.explanation_id and "WTP = 4" in result.explanation_id
    assert compute_capaian("WTP", "wajar tanpa pengecualian").exact == 100
    assert compute_capaian(parse_target("BB"), "AA").exact == Decimal(700) / 5
    assert compute_capaian("WTP", None).status == "unknown"
    with pytest.raises(TargetFormatError):
        compute_capaian("WTP", "AA")  # not an opinion of BPK
    with pytest.raises(CapaianError):
        compute_capaian("WTP", "WTP", polarity="negatif")


def test_unknown_is_not_zero():
    for missing in (None, float("nan"), "", "  ", "-", "–"):
        result = compute_capaian(100, missing)
        assert result.status == "unknown" and result.value is None and result.predicate is None
        assert "bukan 0%" in result.explanation_id and "not 0%" in result.explanation_en
    no_target = compute_capaian(None, 5)
    assert no_target.status == "unknown" and "Target belum ditetapkan" in no_target.explanation_id


def test_floor_and_ceiling():
    floored = compute_capaian(10, 25, polarity="negatif", floor=0, ceiling=120)
    assert (floored.exact, floored.clamped, floored.predicate.label) == (0, "floor", "Sangat Rendah")
    assert "-50%" in floored.explanation_id and "Dibatasi menjadi 0%" in floored.explanation_id
    capped = compute_capaian(10, 15, floor=0, ceiling=120)
    assert (capped.exact, capped.clamped) == (120, "ceiling")
    untouched = compute_capaian(10, 11, floor=0, ceiling=120)
    assert untouched.exact == 110 and untouched.clamped is None
    with pytest.raises(CapaianError):
        compute_capaian(10, 5, floor=120, ceiling=100)


def test_boundaries_are_exact_where_floats_are_not():
    # 2.28 / 3 × 100 is 75.99999999999999 in floats; it is 76 exactly, so Tinggi
    result = compute_capaian(3, 2.28)
    assert result.exact == 76 and result.predicate.label == "Tinggi"
    just_below = compute_capaian(100, Decimal("90.9999999"))
    assert just_below.predicate.label == "Tinggi"
    assert just_below.display() == "90,9999999%"  # rounding to "91%" would contradict the predicate
    assert compute_capaian(100, Decimal("90.5")).predicate.label == "Tinggi"
    assert compute_capaian(100, 91).predicate.label == "Sangat Tinggi"


def test_a_value_in_no_band_is_reported():
    scale = Scale("hingga 100", (Band(0, True, 100, True, "Baik"),))
    result = compute_capaian(10, 12, scale=scale)
    assert result.status == "ok" and result.exact == 120
    assert result.predicate is None and result.unbanded
    assert "tidak masuk pita" in result.explanation_id and "no band" in result.explanation_en
    assert result.to_json()["predikat"] is None and result.to_json()["capaian"] == 120


@pytest.mark.parametrize("kwargs", [{"polarity": "naik"}, {"polarity": "negatif", "convention": "r/t"}])
def test_unknown_settings_are_bilingual_errors(kwargs):
    with pytest.raises(CapaianError) as info:
        compute_capaian(10, 5, **kwargs)
    assert info.value.message_id and info.value.message_en


def test_unreadable_numbers_are_clear_errors():
    with pytest.raises(CapaianError):
        compute_capaian(10, float("inf"))
    with pytest.raises(ValueError):  # NumberFormatError, a KinerjaError
        compute_capaian(10, "lima")


def test_settings_of_a_pemda_with_an_indicator_override():
    pemda = CapaianSettings(convention="t/r", ceiling=Decimal(120))
    assert pemda.compute(10, 4, polarity="negatif").exact == 120  # 250% capped
    assert pemda.compute(10, 4, polarity="negatif").convention == "t/r"
    assert pemda.compute(10, 9, polarity="negatif").exact == Decimal(1000) / 9
    override = pemda.compute(10, 9, polarity="negatif", convention="2t-r")
    assert override.exact == 110 and override.convention == "2t-r"


def test_to_json_has_the_cli_keys():
    data = compute_capaian(10, 5, polarity="negatif").to_json()
    assert {"capaian", "status", "predikat", "konvensi", "penjelasan", "explanation"} <= set(data)
    assert (data["capaian"], data["konvensi"], data["predikat"]) == (150, "2t-r", "Sangat Tinggi")


@pytest.mark.parametrize("value, label", [
    ("50", "Sangat Rendah"), ("50.5", "Sangat Rendah"), ("51", "Rendah"), ("65", "Rendah"), ("65.5", "Rendah"),
    ("66", "Sedang"), ("75", "Sedang"), ("75.5", "Sedang"), ("76", "Tinggi"), ("90", "Tinggi"), ("90.5", "Tinggi"),
    ("91", "Sangat Tinggi"), ("100", "Sangat Tinggi"), ("120", "Sangat Tinggi"),
])
def test_every_default_boundary_through_the_computation(value, label):
    # target 300 so each capaian is a real division (R = 3 × value), not the identity
    result = compute_capaian(300, Decimal(value) * 3)
    assert result.exact == Decimal(value) and result.predicate.label == label
    assert f"Predikat: {label} (" in result.explanation_id


def test_a_realisasi_whose_own_formula_is_undefined():
    # "0 of 0 cases resolved": the formula engine says undefined; that is not "not reported"
    reason = Undefined("pembagian dengan nol (kasus_masuk = 0)", "division by zero (kasus_masuk = 0)")
    result = compute_capaian(100, reason)
    assert result.status == "undefined" and result.value is None
    assert "kasus_masuk = 0" in result.explanation_id and "division by zero" in result.explanation_en
    assert compute_capaian(None, reason).status == "unknown"  # no target: unknown, as always


def test_predicate_realisasi_blank_is_unknown():
    assert compute_capaian("WTP", "-").status == "unknown"


def test_a_computed_realisasi_is_shown_rounded_with_its_capaian_exact():
    r = Decimal(218) / Decimal(338) * 100          # 64,497041420118343… from the operator's variables
    result = compute_capaian("80", r)
    assert "≈64,497 / 80 × 100%" in result.explanation_id
    assert "≈64.497 / 80 × 100%" in result.explanation_en
    assert result.value == float(r / 80 * 100)     # the capaian itself is not rounded
    assert "64,49704" not in result.explanation_id


def test_small_operands_keep_four_significant_digits():
    result = compute_capaian("0.000291", Decimal("0.00031524123"))
    assert "≈0,0003152 / 0,000291" in result.explanation_id

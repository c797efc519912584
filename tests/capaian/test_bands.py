import json
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.capaian.errors import ScaleError

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

# Every boundary of the default scale, and the gaps the regulation's integer table leaves.
DEFAULT_CASES = [
    (-10, "Sangat Rendah"), (0, "Sangat Rendah"), (50, "Sangat Rendah"), (50.5, "Sangat Rendah"),
    (51, "Rendah"), (65, "Rendah"), (65.5, "Rendah"), (66, "Sedang"), (75, "Sedang"), (75.5, "Sedang"),
    (76, "Tinggi"), (90, "Tinggi"), (90.5, "Tinggi"), (90.9999999, "Tinggi"), (91, "Sangat Tinggi"),
    (100, "Sangat Tinggi"), (120, "Sangat Tinggi"), (Decimal("90.0000001"), "Tinggi"),
]


@pytest.mark.parametrize("value, label", DEFAULT_CASES)
def test_default_scale_puts_every_value_in_exactly_one_band(value, label):
    holding = [band.label for band in PERMENDAGRI_86_2017.bands if band.contains(value)]
    assert holding == [label]
    assert PERMENDAGRI_86_2017.classify(value).label == label


def test_default_scale_has_no_gaps():
    assert PERMENDAGRI_86_2017.gaps() == ()


def test_gold_seed_scale_reports_its_gap_at_60_and_above_100():
    gold = json.loads((SHARED / "gold" / "seed1.json").read_text(encoding="utf-8"))
    bands = next(i["formula"]["bands"] for i in gold["indicators"] if i["formula"] and i["formula"].get("bands"))
    scale = Scale.from_json(bands, name="Indeks kepatuhan")
    assert scale.classify(60) is None  # ">60 – 70" and "<60": the document leaves 60 out
    assert scale.classify(Decimal("60.01")).label == "CC"
    assert scale.classify(Decimal("59.99")).label == "C"
    assert scale.classify(90).label == "BB" and scale.classify(Decimal("90.001")).label == "A"
    assert scale.classify(Decimal("100.5")) is None
    assert [g.describe() for g in scale.gaps()] == ["x = 60", "x > 100"]
    assert [(g.below.label, g.above and g.above.label) for g in scale.gaps()] == [("C", "CC"), ("A", None)]
    assert scale.to_json()["bands"] == bands  # the catalog's own keys, unchanged


def test_custom_scale_with_exclusive_bounds():
    scale = Scale("uji", (
        Band(Decimal(0), True, Decimal(50), False, "Kurang"),
        Band(Decimal(50), True, Decimal(80), True, "Baik"),
        Band(Decimal(80), False, None, False, "Istimewa", colour="#00aa00"),
    ))
    assert scale.classify(50).label == "Baik"
    assert scale.classify(80).label == "Baik"
    assert scale.classify(Decimal("80.0000001")).label == "Istimewa"
    assert scale.classify(-1) is None
    assert [g.describe() for g in scale.gaps()] == ["x < 0"]
    assert scale.classify(None) is None and scale.classify(float("nan")) is None


def test_overlapping_bands_are_an_error():
    with pytest.raises(ScaleError) as info:
        Scale("tumpang", (Band(0, True, 50, True, "A"), Band(50, True, 100, True, "B")))
    assert "A" in info.value.message_en and "B" in info.value.message_en and "overlap" in info.value.message_en
    # touching at an excluded point is not an overlap
    Scale("rapat", (Band(0, True, 50, False, "A"), Band(50, True, 100, True, "B")))


@pytest.mark.parametrize("bands", [
    [],
    [(50, True, 40, True, "terbalik")],
    [(50, False, 50, True, "kosong")],
    [(0, True, 10, True, "A"), (20, True, 30, True, "A")],
])
def test_unusable_scales_are_errors(bands):
    with pytest.raises(ScaleError) as info:
        Scale("rusak", tuple(Band(*b) for b in bands))
    assert info.value.message_id and info.value.message_en


def test_band_bounds_must_be_numbers():
    with pytest.raises(ScaleError):
        Band.from_json({"min": "banyak", "min_inclusive": True, "max": None, "label": "X"})
    with pytest.raises(ScaleError):
        Scale.from_json({"name": "tanpa bands"})


def test_json_round_trip_keeps_colour_and_english_label():
    again = Scale.from_json(json.loads(json.dumps(PERMENDAGRI_86_2017.to_json())))
    assert again == PERMENDAGRI_86_2017


def test_describe_is_readable():
    assert [b.describe() for b in PERMENDAGRI_86_2017.bands] == [
        "x ≥ 91", "76 ≤ x < 91", "66 ≤ x < 76", "51 ≤ x < 66", "x < 51"]


def test_classify_array_matches_classify_away_from_boundaries():
    values = np.array([-3.0, 10.0, 50.5, 60.0, 70.0, 80.0, 95.0, 130.0, np.nan])
    indices = PERMENDAGRI_86_2017.classify_array(values)
    expected = [-1 if np.isnan(v) else PERMENDAGRI_86_2017.bands.index(PERMENDAGRI_86_2017.classify(v))
                for v in values]
    assert indices.tolist() == expected


@given(st.decimals(min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False, places=6))
def test_every_capaian_has_exactly_one_default_predicate(value):
    assert sum(band.contains(value) for band in PERMENDAGRI_86_2017.bands) == 1

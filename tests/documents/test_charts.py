"""Dashboard charts: standalone, responsive SVG with tooltips and predicate colours."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kinerja.documents import DocumentError
from kinerja.documents.charts import (
    PREDICATE_COLOURS, Bar, Series, agencies_chart, capaian_chart, predicate_colour, predicate_distribution, trend_chart,
)

from .conftest import save

SVG = "{http://www.w3.org/2000/svg}"


def _parse(text: str, name: str):
    save(f"chart-{name}.svg", text.encode())
    root = ET.fromstring(text)
    assert root.get("viewBox").startswith("0 0 ") and root.get("width") and root.get("height")
    assert root.find(f"{SVG}title").text
    assert "http" not in text.replace("http://www.w3.org/2000/svg", "")  # nothing fetched from a CDN
    return root


def _bars(root):
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "chart-bar"]


def test_capaian_bars_are_coloured_by_predicate_and_missing_is_not_zero():
    root = _parse(capaian_chart([Bar("Sasaran A", 95.5, "Sangat Tinggi"), Bar("Sasaran B", 60, "Rendah"),
                                 Bar("Sasaran C", None)]), "capaian")
    a, b, c = _bars(root)
    assert a.find(f"{SVG}rect").get("fill") == PREDICATE_COLOURS["sangat tinggi"]
    assert b.find(f"{SVG}rect").get("fill") == PREDICATE_COLOURS["rendah"]
    assert c.find(f"{SVG}rect") is None and c.get("data-value") == ""
    assert "belum dilaporkan" in c.find(f"{SVG}title").text
    assert a.find(f"{SVG}title").text == "Sasaran A: 95,5% (Sangat Tinggi)"
    width_a = float(a.find(f"{SVG}rect").get("width"))
    width_b = float(b.find(f"{SVG}rect").get("width"))
    assert width_a / width_b == pytest.approx(95.5 / 60, rel=1e-3)


def test_custom_predicate_scale():
    colours = {"A": "#000001", "B": "#000002"}
    assert predicate_colour("a", colours) == "#000001"
    assert predicate_colour("Sangat Tinggi", colours) != PREDICATE_COLOURS["sangat tinggi"]
    root = ET.fromstring(capaian_chart([Bar("x", 50, "B")], colours=colours))
    assert _bars(root)[0].find(f"{SVG}rect").get("fill") == "#000002"


def test_distribution_shows_counts_and_shares():
    root = _parse(predicate_distribution({"Sangat Tinggi": 3, "Tinggi": 1, "Sedang": 0}), "predikat")
    titles = [g.find(f"{SVG}title").text for g in _bars(root)]
    assert titles == ["Sangat Tinggi: 3 (75%) indikator", "Tinggi: 1 (25%) indikator", "Sedang: 0 (0%) indikator"]


def test_trend_breaks_the_line_at_a_missing_quarter():
    root = _parse(trend_chart([Series("Dinas A", [("TW I", 20), ("TW II", 45), ("TW III", None), ("TW IV", 98)]),
                               Series("Dinas B", [("TW I", 30), ("TW II", 50), ("TW III", 70), ("TW IV", 90)])]),
                  "trend")
    series = {g.get("data-series"): g for g in root.iter(f"{SVG}g") if g.get("class") == "chart-series"}
    a_lines = series["Dinas A"].findall(f"{SVG}polyline")
    assert len(a_lines) == 1 and len(a_lines[0].get("points").split()) == 2
    assert len(series["Dinas A"].findall(f"{SVG}circle")) == 3
    assert len(series["Dinas B"].findall(f"{SVG}polyline")) == 1
    titles = [c.find(f"{SVG}title").text for c in series["Dinas B"].findall(f"{SVG}circle")]
    assert titles[-1] == "Dinas B, TW IV: 90%"


@pytest.mark.parametrize("language, words", [
    ("id", {"missing": "belum dilaporkan", "title": "Capaian per sasaran", "band": "Sangat Tinggi",
            "bar": "A: 95,5% (Sangat Tinggi)", "two": "2 (66,67%) indikator", "one": "1 (33,33%) indikator",
            "point": "S, TW I: 95,5%"}),
    ("en", {"missing": "not reported", "title": "Achievement per objective", "band": "Very high",
            "bar": "A: 95.5% (Very high)", "two": "2 (66.67%) indicators", "one": "1 (33.33%) indicator",
            "point": "S, TW I: 95.5%"}),
])
def test_charts_write_their_own_words_in_the_language_asked(language, words):
    other_missing = "not reported" if language == "id" else "belum dilaporkan"
    english = language == "en"
    capaian = _parse(capaian_chart([Bar("A", 95.5, "Sangat Tinggi", "Very high" if english else None), Bar("B", None)],
                                   language=language), f"capaian-{language}")
    a, b = _bars(capaian)
    assert capaian.find(f"{SVG}title").text == words["title"]
    assert a.find(f"{SVG}title").text == words["bar"]
    assert a.find(f"{SVG}rect").get("fill") == PREDICATE_COLOURS["sangat tinggi"]  # keyed on the stored label
    assert b.find(f"{SVG}title").text == f"B: {words['missing']}"
    agencies = agencies_chart([Bar("Dinas A", None)], language=language)
    assert words["missing"] in agencies and other_missing not in agencies
    distribution = _parse(predicate_distribution({"Sangat Tinggi": 2, "Tinggi": 1}, language=language,
                                                 names={"Sangat Tinggi": "Very high"} if english else None),
                          f"predikat-{language}")
    top, second = _bars(distribution)
    assert top.get("data-label") == words["band"]
    assert top.find(f"{SVG}rect").get("fill") == PREDICATE_COLOURS["sangat tinggi"]
    assert top.find(f"{SVG}title").text == f"{words['band']}: {words['two']}"
    assert second.find(f"{SVG}title").text == f"Tinggi: {words['one']}"
    trend = trend_chart([Series("S", [("TW I", 95.5)])], language=language)
    assert f"<title>{words['point']}</title>" in trend


def test_agencies_are_ranked_best_first_unreported_last():
    root = _parse(agencies_chart([Bar("Dinas A", 80, "Tinggi"), Bar("Dinas B", None), Bar("Dinas C", 95, "Sangat Tinggi")]),
                  "agencies")
    assert root.get("class") == "kinerja-chart chart-agencies"
    assert [g.get("data-label") for g in _bars(root)] == ["Dinas C", "Dinas A", "Dinas B"]


@pytest.mark.parametrize("make", [lambda: capaian_chart([]), lambda: trend_chart([]),
                                  lambda: capaian_chart([Bar("x", "banyak")]),
                                  lambda: predicate_distribution({"A": -1})])
def test_bad_input_is_a_document_error(make):
    with pytest.raises(DocumentError):
        make()

"""The dashboards follow the page's language: the charts' own words and the predicate names are English
when the user switched the UI to English, while the predicate colours stay those of the stored label."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kinerja.capaian.bands import PERMENDAGRI_86_2017
from kinerja.demo.tanah_merah import DEMO

ENGLISH_BANDS = [b.label_en for b in PERMENDAGRI_86_2017.bands]
INDONESIAN_BANDS = [b.label for b in PERMENDAGRI_86_2017.bands]


def _page(client, demo_data, name: str, slug: str, language: str | None) -> str:
    user = "perencana" if name == "agency_dashboard" else "evaluator"
    client.force_login(demo_data.user(user))
    if language:
        client.cookies["django_language"] = language
    response = client.get(reverse(f"reports:{name}", args=[slug]))
    assert response.status_code == 200
    return response.content.decode()


def _svgs(text: str) -> str:
    return "".join(re.findall(r"<svg.*?</svg>", text, flags=re.S))


@pytest.mark.parametrize("name, slug", [("agency_dashboard", "disperinaker"), ("pemda_dashboard", DEMO.pemda_slug)])
def test_dashboard_in_english_has_no_indonesian_chart_words(client, measured, name, slug):
    text = _page(client, measured, name, slug, "en")
    assert "belum dilaporkan" not in text
    assert not [band for band in INDONESIAN_BANDS if band in text]
    assert [band for band in ENGLISH_BANDS if band in text]
    assert "not reported" in text


@pytest.mark.parametrize("name, slug", [("agency_dashboard", "disperinaker"), ("pemda_dashboard", DEMO.pemda_slug)])
def test_dashboard_in_indonesian_keeps_its_words_and_both_share_colours(client, measured, name, slug):
    indonesian = _page(client, measured, name, slug, None)
    assert "belum dilaporkan" in indonesian and "not reported" not in indonesian
    assert [band for band in INDONESIAN_BANDS if band in indonesian]
    assert not [band for band in ENGLISH_BANDS if band in _svgs(indonesian)]
    english = _page(client, measured, name, slug, "en")
    # the colour is looked up on the stored (Indonesian) label, whatever name is shown
    fills = re.compile(r'<rect [^>]*rx="2" fill="([^"]+)"')
    assert fills.findall(_svgs(english)) == fills.findall(_svgs(indonesian))
    assert set(fills.findall(_svgs(english))) - {"#8a96a3"}


def test_at_risk_table_names_the_predicate_in_english(client, measured):
    text = _page(client, measured, "agency_dashboard", "disperinaker", "en")
    at_risk = text[text.index('id="berisiko"'):text.index('id="belum-lapor"')]
    assert "<tbody><tr>" in at_risk
    assert [band for band in ENGLISH_BANDS if band in at_risk]
    assert not [band for band in INDONESIAN_BANDS if band in at_risk]

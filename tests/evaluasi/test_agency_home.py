"""The agency's list of evaluations: each year with its two scores; the planner may start a year."""
from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from evaluasi.builders import YEAR, evaluation
from kinerja.evaluasi.models import Evaluation


def test_it_lists_years_with_scores_and_offers_the_planner_a_new_year(login, world):
    evaluation(world, "final")
    url = reverse("evaluasi:agency_home", args=[world.agency.slug])
    page = login("planner").get(url).content.decode()
    assert reverse("evaluasi:sheet", args=[world.agency.slug, YEAR]) in page and "LHE .pdf" in page
    last_year = timezone.localdate().year - 1
    assert f'<option value="{last_year}" selected>' in page or last_year == YEAR
    assert reverse("evaluasi:start", args=[world.agency.slug]) in page
    assert reverse("evaluasi:start", args=[world.agency.slug]) not in login("head").get(url).content.decode()


def test_starting_a_year_opens_its_sheet(login, world):
    response = login("planner").post(reverse("evaluasi:start", args=[world.agency.slug]), {"tahun": "2024"})
    assert response.status_code == 302 and response["Location"] == reverse("evaluasi:sheet",
                                                                           args=[world.agency.slug, 2024])
    assert Evaluation.objects.get(agency=world.agency).year == 2024
    again = login("planner").post(reverse("evaluasi:start", args=[world.agency.slug]), {"tahun": "2024"}, follow=True)
    assert "Evaluasi tahun 2024 sudah ada." in again.content.decode()
    assert Evaluation.objects.count() == 1

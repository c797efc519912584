"""The pemda view: every agency's usulan and penetapan, grade distribution, weakest sub-components,
year over year."""
from __future__ import annotations

from django.urls import reverse

from evaluasi.builders import YEAR, evaluation
from kinerja.evaluasi.models import Answer
from kinerja.evaluasi.services import cycle
from kinerja.evaluasi.services.pemda import overview


def _final_with_low_2c(world, agency, year=YEAR):
    e = evaluation(world, "submitted", year=year, agency=agency)
    evaluator = world.user("evaluator")
    for row in Answer.objects.filter(evaluation=e, code__startswith="2.c."):
        cycle.save_penetapan(evaluator, e, row.code, "E", "Belum dipakai.", version=row.version)
    cycle.copy_usulan(evaluator, e)
    return cycle.finalise(evaluator, e, version=e.version)


def test_lines_distribution_weakest_and_history(world):
    _final_with_low_2c(world, world.agency)
    _final_with_low_2c(world, world.agency, year=YEAR - 1)
    evaluation(world, "open", agency=world.other)
    view = overview(world.pemda, YEAR, [world.agency, world.other])
    x, y = view.lines
    assert x.evaluation.status == "final" and x.penetapan.total < x.usulan.total
    assert y.evaluation.status == "open" and y.penetapan is None
    grade = x.penetapan.grade.grade
    assert view.distribution[grade] == 1 and sum(view.distribution.values()) == 1
    assert list(view.distribution) == ["AA", "A", "BB", "B", "CC", "C", "D"]
    assert view.basis == "penetapan" and view.weakest[0].code in ("1.a", "2.c") and view.weakest[0].share == 0
    assert "2.c" in [w.code for w in view.weakest[:2]]
    assert x.history[YEAR - 1] is not None and x.history[YEAR - 2] is None and y.history[YEAR] is None


def test_the_page_in_both_languages(login, world):
    _final_with_low_2c(world, world.agency)
    client = login("evaluator")
    url = reverse("evaluasi:pemda_overview", args=[world.pemda.slug]) + f"?tahun={YEAR}"
    page = client.get(url).content.decode()
    assert "Sebaran predikat" in page and "svg" in page and "Dinas Tenaga Kerja" in page
    assert 'data-code="2.c"' in page and "Menurut nilai penetapan evaluasi final." in page
    client.post(reverse("set_language"), {"language": "en"})
    english = client.get(url).content.decode()
    assert "Weakest sub-components across the pemda" in english
    assert "Measurement is the basis of reward and punishment" in english
    assert client.get(reverse("evaluasi:pemda_overview", args=[world.pemda.slug]) + "?tahun=abc").status_code == 200


def test_the_pemda_pages_link_to_it(login, world):
    client = login("evaluator")
    target = reverse("evaluasi:pemda_overview", args=[world.pemda.slug])
    assert target in client.get(reverse("catalog:agency_list")).content.decode()
    assert target in client.get(reverse("reports:pemda_dashboard", args=[world.pemda.slug])).content.decode()
    assert target not in login("planner").get(reverse("catalog:agency_list")).content.decode()

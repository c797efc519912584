"""Recommendations and their follow-up: written by the evaluator before final, reported by the agency
after, accepted or returned by the evaluator, and read by next year's criterion 4.c.1."""
from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from evaluasi.builders import YEAR, evaluation, pdf_upload
from kinerja.evaluasi.errors import ConflictError, EvaluasiError
from kinerja.evaluasi.facts import gather
from kinerja.evaluasi.models import Recommendation
from kinerja.evaluasi.services import follow_up
from kinerja.lke import load_instrument, propose

JSON = {"HTTP_ACCEPT": "application/json"}


def test_the_evaluator_writes_recommendations_numbered_with_owner_and_due_date(login, world):
    evaluation(world, "submitted")
    client = login("evaluator")
    url = reverse("evaluasi:recommendation_add", args=[world.agency.slug, YEAR])
    assert client.post(url, {"text": "Tetapkan batas waktu.", "owner": "Sekretaris", "due": "2026-06-30",
                             "code": "2.b.4"}, **JSON).status_code == 200
    assert client.post(url, {"text": "Kedua.", "due": "30/06/2026"}, **JSON).status_code == 422
    assert client.post(url, {"text": "Kedua.", "code": "9.9.9"}, **JSON).status_code == 422
    assert client.post(url, {"text": "   "}, **JSON).status_code == 422
    assert client.post(url, {"text": "Kedua."}, **JSON).status_code == 200
    recs = list(Recommendation.objects.order_by("number"))
    assert [(r.number, r.owner, r.due, r.code) for r in recs] == [
        (1, "Sekretaris", date(2026, 6, 30), "2.b.4"), (2, "", None, "")]


def test_follow_up_is_reported_with_evidence_then_accepted_or_returned(login, world):
    e = evaluation(world, "final")
    rec = e.recommendations.get()
    planner, evaluator = login("planner"), None
    report_url = reverse("evaluasi:follow_up_report", args=[world.agency.slug, YEAR, rec.pk])
    assert planner.post(report_url, {"text": "", "version": "1"}, **JSON).status_code == 422
    done = planner.post(report_url, {"text": "Batas waktu ditetapkan tanggal 10.", "version": "1",
                                     "file": pdf_upload("SK batas waktu.pdf")}, **JSON)
    assert done.status_code == 200
    rec.refresh_from_db()
    assert rec.status == "reported" and rec.follow_ups.get().original_name == "SK batas waktu.pdf"
    assert planner.post(report_url, {"text": "lagi", "version": str(rec.version)}, **JSON).status_code == 422
    evaluator = login("evaluator")
    decide = reverse("evaluasi:follow_up_decide", args=[world.agency.slug, YEAR, rec.pk])
    assert evaluator.post(decide, {"decision": "return", "note": "", "version": str(rec.version)},
                          **JSON).status_code == 422  # returning needs a note
    assert evaluator.post(decide, {"decision": "return", "note": "Lampirkan SK yang ditandatangani.",
                                   "version": str(rec.version)}, **JSON).status_code == 200
    rec.refresh_from_db()
    assert rec.status == "returned" and rec.follow_ups.get().decision == "returned"
    planner = login("planner")
    assert planner.post(report_url, {"text": "SK terlampir.", "version": str(rec.version)}, **JSON).status_code == 200
    rec.refresh_from_db()
    evaluator = login("evaluator")
    assert evaluator.post(decide, {"decision": "accept", "version": str(rec.version)}, **JSON).status_code == 200
    rec.refresh_from_db()
    assert rec.status == "verified"
    assert [f.decision for f in rec.follow_ups.order_by("pk")] == ["returned", "accepted"]
    page = login("head").get(reverse("evaluasi:follow_up", args=[world.agency.slug, YEAR])).content.decode()
    assert "Lampirkan SK yang ditandatangani." in page and "SK batas waktu.pdf" in page


def test_recommendations_are_fixed_once_final_and_stale_edits_refused(world):
    e = evaluation(world, "submitted")
    evaluator = world.user("evaluator")
    rec = follow_up.add_recommendation(evaluator, e, text="Satu.")
    follow_up.edit_recommendation(evaluator, rec, text="Satu, diubah.", owner="", due=None, code="", version=1)
    with pytest.raises(ConflictError):
        follow_up.edit_recommendation(evaluator, rec, text="Tertimpa?", owner="", due=None, code="", version=1)
    with pytest.raises(EvaluasiError, match="setelah evaluasi final"):
        follow_up.report(world.user("planner"), rec, text="terlalu cepat", version=2)


def test_next_years_criterion_reads_the_follow_up(world):
    e = evaluation(world, "final", year=YEAR - 1)
    rec = e.recommendations.get()
    follow_up.report(world.user("planner"), rec, text="Selesai.", version=rec.version)
    rec.refresh_from_db()
    follow_up.decide(world.user("evaluator"), rec, accept=True, note="", version=rec.version)
    got = propose(load_instrument(), gather(world.agency, YEAR, as_of=date(YEAR + 1, 3, 1)))["4.c.1"]
    assert got.answer == "A" and got.reason_id.startswith(f"1 dari 1 rekomendasi evaluasi {YEAR - 1} (100%)")
    assert got.evidence[0].kind == "follow_up"

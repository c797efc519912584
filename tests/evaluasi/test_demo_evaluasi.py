"""The demo carries a completed evaluation for one year and an open one for the next, and loading it
twice adds nothing."""
from __future__ import annotations

from kinerja.audit.models import AuditEntry
from kinerja.demo.loader import load_demo
from kinerja.evaluasi.models import Answer, BuktiDukung, Evaluation
from kinerja.evaluasi.services.scores import scores_of


def test_a_completed_2024_and_an_open_2025(demo_data):
    agency = demo_data.agency("disperinaker")
    done, open_ = Evaluation.objects.get(agency=agency, year=2024), Evaluation.objects.get(agency=agency, year=2025)
    assert done.status == "final" and open_.status == "open"
    sc = scores_of(done)
    assert sc.penetapan.complete and sc.penetapan.total < sc.usulan.total and sc.penetapan.grade.grade == "BB"
    assert [r.status for r in done.recommendations.order_by("number")] == ["verified", "reported", "open"]
    assert BuktiDukung.objects.filter(evaluation=done, document_kind="lkjip").exists()
    pending = Answer.objects.filter(evaluation=open_, usulan="").exclude(proposed="")
    assert pending.count() >= 20   # the proposals wait for the planner to accept them
    assert not Answer.objects.filter(evaluation=open_, usulan="", proposed="").exists()
    assert "1 dari 3 rekomendasi evaluasi 2024" in Answer.objects.get(evaluation=open_, code="4.c.1").proposal_reason_id
    assert set(AuditEntry.objects.filter(content_type__app_label="evaluasi").values_list("actor_label", flat=True)) \
        == {"demo"}


def test_loading_again_adds_no_evaluation_row(demo_data):
    before = (Evaluation.objects.count(), Answer.objects.count(), AuditEntry.objects.count())
    assert load_demo().already_loaded
    assert (Evaluation.objects.count(), Answer.objects.count(), AuditEntry.objects.count()) == before

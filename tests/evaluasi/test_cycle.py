"""The cycle: open with proposals → usulan → submitted → penetapan → final (locked); refusals name
what is missing; every transition is audited; the evaluator may send it back with a reason."""
from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluasi.builders import YEAR, answer_all, evaluation
from kinerja.audit.context import acting_as
from kinerja.audit.models import AuditEntry
from kinerja.evaluasi.errors import ConflictError, EvaluasiError, NotAllowed
from kinerja.evaluasi.models import Answer, Evaluation
from kinerja.evaluasi.services import cycle
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.evaluasi.services.scores import scores_of


def test_opening_stores_a_proposal_and_its_reason_for_every_rule(world):
    e = evaluation(world)
    rows = {a.code: a for a in Answer.objects.filter(evaluation=e)}
    with_rule = [c.code for c in tree_of(e.instrument).criteria() if c.proposal]
    assert set(rows) == set(with_rule)
    assert all(rows[code].proposal_reason_id and rows[code].proposal_reason_en for code in with_rule)
    assert not any(a.usulan for a in rows.values())  # a proposal never answers alone
    assert rows["1.b.8"].proposed == "BB"  # world: the IKU reaches a kepala bidang (Eselon III), no lower


def test_opening_twice_or_for_a_year_without_an_lke_is_refused(world):
    evaluation(world)
    with pytest.raises(EvaluasiError, match="sudah ada"):
        cycle.open_evaluation(world.user("planner"), world.agency, YEAR)
    with pytest.raises(EvaluasiError, match="Tidak ada LKE untuk tahun 2019"):
        cycle.open_evaluation(world.user("planner"), world.agency, 2019)
    with pytest.raises(NotAllowed):
        cycle.open_evaluation(world.user("evaluator"), world.agency, 2024)


def test_submit_names_what_is_unanswered_then_goes_through(world):
    e = evaluation(world)
    planner = world.user("planner")
    with pytest.raises(EvaluasiError) as caught:
        cycle.submit(planner, e, version=e.version)
    assert "78 kriteria belum dijawab: 1.a.1, 1.a.2" in caught.value.message_id
    answer_all(planner, e)
    with pytest.raises(ConflictError):
        cycle.submit(planner, e, version=e.version - 1)
    done = cycle.submit(planner, e, version=e.version)
    assert done.status == Evaluation.Status.SUBMITTED and done.submitted_by == planner


def test_the_evaluator_scores_side_by_side_and_finalises(world):
    e = evaluation(world, "submitted")
    evaluator = world.user("evaluator")
    row = Answer.objects.get(evaluation=e, code="2.b.4")
    cycle.save_penetapan(evaluator, e, "2.b.4", "D", "Realisasi TW III terlambat.", version=row.version)
    with pytest.raises(EvaluasiError, match="77 kriteria belum dinilai evaluator"):
        cycle.finalise(evaluator, e, version=e.version)
    assert cycle.copy_usulan(evaluator, e) == 77
    row.refresh_from_db()
    assert (row.usulan, row.penetapan) == ("B", "D")  # the copy never touches what the evaluator set
    final = cycle.finalise(evaluator, e, version=e.version)
    sc = scores_of(final)
    assert sc.penetapan.total < sc.usulan.total
    with pytest.raises(EvaluasiError):
        cycle.save_penetapan(evaluator, final, "2.b.4", "A", "", version=row.version)


def test_returning_needs_a_reason_and_keeps_it_in_the_audit(world):
    e = evaluation(world, "submitted")
    evaluator = world.user("evaluator")
    with pytest.raises(EvaluasiError, match="alasan"):
        cycle.return_to_agency(evaluator, e, "  ", version=e.version)
    with acting_as(evaluator):
        back = cycle.return_to_agency(evaluator, e, "Lengkapi bukti 1.a.1", version=e.version)
    assert back.status == Evaluation.Status.OPEN
    entry = AuditEntry.objects.filter(content_type__model="evaluation", object_id=str(e.pk)).first()
    assert entry.reason == "Lengkapi bukti 1.a.1" and entry.actor == evaluator


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_accepting_proposals_never_overwrites_the_planners_own_answers(world, data):
    Evaluation.objects.all().delete()
    e = evaluation(world)
    planner = world.user("planner")
    proposed = list(Answer.objects.filter(evaluation=e).exclude(proposed="").values_list("code", flat=True))
    own = data.draw(st.lists(st.sampled_from(proposed), unique=True, max_size=len(proposed)))
    tree = tree_of(e.instrument)
    for code in own:
        row = Answer.objects.get(evaluation=e, code=code)
        answer = tree.criterion(code).scale.answers[-1]
        cycle.save_usulan(planner, e, code, answer, "saya sendiri", version=row.version)
    accepted = cycle.accept_proposals(planner, e)
    rows = {a.code: a for a in Answer.objects.filter(evaluation=e)}
    for code in proposed:
        if code in own:
            assert rows[code].usulan == tree.criterion(code).scale.answers[-1] and rows[code].usulan_note
        else:
            assert rows[code].usulan == rows[code].proposed
    assert accepted == len([c for c in proposed if c not in own and rows[c].proposed])


def test_refreshing_proposals_keeps_answers_and_follows_new_data(world):
    e = evaluation(world)
    planner = world.user("planner")
    row = Answer.objects.get(evaluation=e, code="1.b.6")
    cycle.save_usulan(planner, e, "1.b.6", "C", "", version=row.version)
    world.indicator_iku.is_active = False
    world.indicator_iku.replaced_by = world.indicator_a
    world.indicator_iku.save()
    cycle.refresh_proposals(planner, e)
    row.refresh_from_db()
    assert row.usulan == "C" and "1 dari 1 IKU diganti" in row.proposal_reason_id


def test_the_sheet_shows_proposals_reasons_and_both_scores(login, world):
    e = evaluation(world, "submitted")
    page = login("evaluator").get(reverse("evaluasi:sheet", args=[world.agency.slug, YEAR])).content.decode()
    assert "Usulan Kinerja" in page and "Dari 1 IKU: 1 sampai Eselon III" in page
    assert 'data-total="usulan"' in page and 'data-total="penetapan"' in page
    assert f'action="{reverse("evaluasi:score_save", args=[world.agency.slug, YEAR, "1.a.1"])}"' in page
    assert "evaluasi/sheet.js" in page
    english = login("evaluator")
    english.post(reverse("set_language"), {"language": "en"})
    page_en = english.get(reverse("evaluasi:sheet", args=[world.agency.slug, YEAR])).content.decode()
    assert "The measures of success (indicators) meet the SMART criteria." in page_en
    assert "Of 1 IKU: 1 down to Echelon III" in page_en
    assert "telah memenuhi kriteria SMART" not in page_en
    assert e.status == "submitted"

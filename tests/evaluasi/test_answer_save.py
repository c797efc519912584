"""The planner's answer (usulan): saved and audited; a stale version is 409 with nothing changed; bad
input is a clear message in the screen's language with nothing changed."""
from __future__ import annotations

import pytest
from django.urls import reverse

from evaluasi.builders import YEAR, evaluation
from kinerja.audit.models import AuditEntry
from kinerja.evaluasi.models import Answer

JSON = {"HTTP_ACCEPT": "application/json"}


def url(w, code="1.a.1"):
    return reverse("evaluasi:answer_save", args=[w.agency.slug, YEAR, code])


def test_it_saves_the_answer_and_note_and_records_who(login, world):
    e = evaluation(world)
    response = login("planner").post(url(world), {"answer": "y", "note": "Pedoman ada sejak 2023", "version": "0"},
                                     **JSON)
    assert response.status_code == 200 and response.json()["ok"] and response.json()["usulan"] == "Y"
    row = Answer.objects.get(evaluation=e, code="1.a.1")
    assert (row.usulan, row.usulan_note, row.version) == ("Y", "Pedoman ada sejak 2023", 1)
    entry = AuditEntry.objects.filter(object_id=str(row.pk), content_type__model="answer").first()
    assert entry.actor.username == "planner" and entry.after["usulan"] == "Y"


def test_a_stale_version_is_409_and_overwrites_nothing(login, world):
    evaluation(world)
    client = login("planner")
    assert client.post(url(world), {"answer": "Y", "version": "0"}, **JSON).status_code == 200
    stale = client.post(url(world), {"answer": "T", "version": "0"}, **JSON)
    assert stale.status_code == 409 and stale.json()["conflict"] and stale.json()["version"] == 1
    assert "tidak ada yang tertimpa" in stale.json()["message"]
    assert Answer.objects.get(code="1.a.1").usulan == "Y"


def test_two_people_editing_one_answer(client, world, django_user_model):
    """Two sessions open the same row at version 1; the second save is refused, the first is kept."""
    evaluation(world)
    Answer.objects.filter(code="1.b.5").delete()
    first, second = client, client.__class__()
    first.force_login(world.user("planner"))
    second.force_login(world.user("admin"))
    assert first.post(url(world, "1.b.5"), {"answer": "A", "version": "0"}, **JSON).status_code == 200
    assert second.post(url(world, "1.b.5"), {"answer": "C", "version": "0"}, **JSON).status_code == 409
    assert Answer.objects.get(code="1.b.5").usulan == "A"


@pytest.mark.parametrize("answer", ["Q", "1.234,5", "7" * 40, "Y\x00", "AA"])
def test_an_answer_off_the_scale_is_refused_in_the_screens_language(login, world, answer):
    evaluation(world)
    client = login("planner")
    before = list(Answer.objects.values_list("code", "usulan", "version"))
    response = client.post(url(world), {"answer": answer, "version": "0"}, **JSON)
    assert response.status_code == 422 and "bukan pilihan skala" in response.json()["message"]
    client.post(reverse("set_language"), {"language": "en"})
    english = client.post(url(world), {"answer": answer, "version": "0"}, **JSON)
    assert "is not an option of the Yes / No scale" in english.json()["message"]
    assert "bukan pilihan" not in english.json()["message"]  # one language per screen
    assert list(Answer.objects.values_list("code", "usulan", "version")) == before


def test_an_unknown_criterion_and_an_oversized_note_are_refused(login, world):
    evaluation(world)
    client = login("planner")
    assert client.post(url(world, "9.z.9"), {"answer": "A", "version": "0"}, **JSON).status_code == 422
    long = client.post(url(world), {"answer": "Y", "note": "x" * 5000, "version": "0"}, **JSON)
    assert long.status_code == 422 and "4000" in long.json()["message"]
    assert not Answer.objects.filter(code__in=("9.z.9",)).exists()
    assert Answer.objects.filter(code="1.a.1", usulan="").count() <= 1


def test_without_javascript_it_redirects_back_with_a_message(login, world):
    evaluation(world)
    response = login("planner").post(url(world), {"answer": "Y", "version": "0"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("evaluasi:sheet", args=[world.agency.slug, YEAR])
    assert "Jawaban 1.a.1 disimpan." in response.content.decode()


def test_once_submitted_the_planner_can_no_longer_change_answers(login, world):
    e = evaluation(world, "submitted")
    row = Answer.objects.get(evaluation=e, code="1.a.1")
    response = login("planner").post(url(world), {"answer": "T", "version": str(row.version)}, **JSON)
    assert response.status_code == 422 and "Diajukan ke evaluator" in response.json()["message"]
    assert Answer.objects.get(pk=row.pk).usulan == row.usulan

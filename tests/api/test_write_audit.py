"""A write through the API: attributed to the token's owner and the token, versioned, visible on the web page."""
from __future__ import annotations

from django.urls import reverse

from kinerja.audit.models import AuditEntry
from kinerja.audit.recorder import history_for
from kinerja.pegawai.models import SkpAspek

from .helpers import API, call, token_for


def _url(world) -> str:
    return f"{API}/skp/positions/{world.position_a.pk}/aspek/{world.indicator_a.pk}"


def test_an_aspek_saved_with_a_token_is_audited_to_the_user_and_the_token(client, world):
    raw = token_for(world.user("operator_a"), write=True)
    response = call(client, "PUT", _url(world), token=raw, query={"year": 2024}, body={"aspek": "waktu", "version": 0})
    assert response.status_code == 200, response.content
    assert response.json() == {"indicator": world.indicator_a.pk, "year": 2024, "aspek": "waktu", "version": 1}
    row = SkpAspek.objects.get(indicator=world.indicator_a, year=2024)
    entry = history_for(row).get()
    assert entry.action == AuditEntry.Action.CREATE and entry.actor == world.user("operator_a")
    assert entry.actor_label == f"operator_a · token {raw[:12]}"
    assert entry.agency_id == world.agency.pk and entry.after["aspek"] == "waktu"


def test_a_stale_version_is_a_409_and_overwrites_nothing(client, world):
    first, second = token_for(world.user("operator_a")), token_for(world.user("planner"))
    assert call(client, "PUT", _url(world), token=first, query={"year": 2024},
                body={"aspek": "waktu", "version": 0}).status_code == 200
    response = call(client, "PUT", _url(world), token=second, query={"year": 2024},
                    body={"aspek": "biaya", "version": 0})
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "conflict" and body["current_version"] == 1 and "ditimpa" in body["message"]["id"]
    assert SkpAspek.objects.get(indicator=world.indicator_a, year=2024).aspek == "waktu"
    again = call(client, "PUT", _url(world), token=second, query={"year": 2024}, body={"aspek": "biaya", "version": 1})
    assert again.status_code == 200 and again.json()["version"] == 2
    assert [e.actor.username for e in history_for(SkpAspek.objects.get(indicator=world.indicator_a))] == [
        "planner", "operator_a"]


def test_the_saved_aspek_shows_on_the_web_page_and_in_the_json(client, world, login):
    raw = token_for(world.user("operator_a"))
    call(client, "PUT", _url(world), token=raw, query={"year": 2024}, body={"aspek": "biaya", "version": 0})
    page = login("planner").get(reverse("pegawai:draft", args=[world.agency.slug, 2024, world.position_a.pk]))
    row = next(r for r in page.context["draft"].rows if r.indicator_id == world.indicator_a.pk)
    assert row.aspek == "biaya" and row.aspek_saved and row.aspek_version == 1
    data = call(client, "GET", f"{API}/skp/positions/{world.position_a.pk}", token=raw, query={"year": 2024}).json()
    assert next(r for r in data["rows"] if r["indicator"] == world.indicator_a.pk)["aspek"] == "biaya"


def test_a_reader_who_may_not_draft_is_refused(client, world):
    raw = token_for(world.user("evaluator"))
    response = call(client, "PUT", _url(world), token=raw, query={"year": 2024}, body={"aspek": "waktu", "version": 0})
    assert response.status_code == 403 and not SkpAspek.objects.exists()

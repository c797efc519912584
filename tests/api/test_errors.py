"""One error format for every failure: status, code, and the message in Indonesian and English."""
from __future__ import annotations

import pytest

from kinerja.api.tokens import issue_token

from .helpers import API, bearer


@pytest.fixture
def raw(world) -> str:
    return issue_token(world.user("planner"), name="x", can_write=True)[1]


def _is_error(response, status: int) -> dict:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status and body["code"] and body["message"]["id"] and body["message"]["en"]
    assert body["message"]["id"] != body["message"]["en"]
    return body


@pytest.mark.parametrize("url, loc", [
    (f"{API}/units/?limit=1.234,5", "query.limit"),
    (f"{API}/units/?limit=0", "query.limit"),
    (f"{API}/units/?limit=501", "query.limit"),
    (f"{API}/units/{'9' * 40}", "path.unit_id"),
    (f"{API}/units/?unit={'9' * 40}", "query.unit"),
    (f"{API}/indicators/?year=20244", "query.year"),
    (f"{API}/decrees/?agency=dinas%00x", "query.agency"),
    (f"{API}/agencies/?pemda=%00", "query.pemda"),
    (f"{API}/skp/positions/1", "query.year"),
    (f"{API}/skp/distribution?organisation=hebat", "query.organisation"),
])
def test_bad_input_is_a_422_naming_the_field(client, raw, url, loc):
    body = _is_error(client.get(url, **bearer(raw)), 422)
    assert [f["loc"] for f in body["fields"]] == [loc]
    assert all(f["message"]["id"] and f["message"]["en"] for f in body["fields"])


def test_a_body_that_is_not_json(client, world, raw):
    url = f"{API}/skp/positions/{world.position_a.pk}/aspek/{world.indicator_a.pk}?year=2024"
    body = _is_error(client.put(url, data="{aspek: waktu", content_type="application/json", **bearer(raw)), 400)
    assert body["code"] == "bad_request"


def test_a_body_with_a_wrong_value(client, world, raw):
    url = f"{API}/skp/positions/{world.position_a.pk}/aspek/{world.indicator_a.pk}?year=2024"
    body = _is_error(client.put(url, data='{"aspek": "kecepatan", "version": "1.234,5"}',
                                content_type="application/json", **bearer(raw)), 422)
    assert {f["loc"] for f in body["fields"]} == {"body.body.aspek", "body.body.version"}


def test_not_found_and_unauthorized(client, raw):
    _is_error(client.get(f"{API}/units/987654", **bearer(raw)), 404)
    body = _is_error(client.get(f"{API}/units/"), 401)
    assert body["code"] == "unauthorized"
    body = _is_error(client.get(f"{API}/units/", HTTP_AUTHORIZATION="Bearer knj_abc"), 401)
    assert "Unknown token" in body["message"]["en"]


def test_a_session_write_needs_the_csrf_token(world):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world.user("planner"))
    url = f"{API}/skp/positions/{world.position_a.pk}/aspek/{world.indicator_a.pk}?year=2024"
    body = _is_error(browser.put(url, data='{"aspek": "waktu", "version": 0}', content_type="application/json"), 403)
    assert body["code"] == "csrf"
    assert browser.get(f"{API}/units/").status_code == 200  # reads need no CSRF token


def test_a_method_the_path_does_not_offer(client, raw):
    assert client.delete(f"{API}/units/", **bearer(raw)).status_code == 405

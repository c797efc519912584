"""Every URL has an access case, and every case holds: refused users get 403/404 and change nothing,
the rightful user gets the page, anonymous users are sent to the login page."""
from __future__ import annotations

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from kinerja.audit.models import AuditEntry

from .access_registry import collect_cases, url_names

# URLs that have no object to protect, each with the reason it needs no access case.
EXCLUDED = {
    "accounts:login": "public by design: the sign-in form",
    "accounts:logout": "ends the caller's own session; touches no data",
    "set_language": "i18n: stores the caller's language choice only",
}
EXCLUDED_PREFIXES = {
    "admin:": "Django admin is not installed; were it, it has its own staff check",
    "api:": "the REST API answers JSON, not login redirects: tests/api/test_api_access.py walks each of its "
            "operations from the OpenAPI document, with a case per operation (docs/api.md)",
}
# Static files are served by WhiteNoise middleware, not by URL patterns, so the walker never meets them.

CASES = collect_cases()


def _excluded(name: str) -> bool:
    return name in EXCLUDED or any(name.startswith(p) for p in EXCLUDED_PREFIXES)


def test_every_url_has_an_access_case():
    covered = {c.url_name for c in CASES}
    names = url_names()
    unnamed = [route for name, route in names if name is None]
    missing = sorted({name for name, _ in names if name and not _excluded(name)} - covered)
    assert not unnamed, f"URL patterns without a name cannot have an access case: {unnamed}"
    assert not missing, (f"URLs without an access case: {missing}. Add an AccessCase to an "
                         f"access_cases*.py module (docs/web.md).")


def test_no_case_names_a_url_that_does_not_exist():
    known = {name for name, _ in url_names() if name}
    assert not sorted({c.url_name for c in CASES} - known)


def _state(rows):
    fresh = []
    for row in rows:
        found = type(row)._default_manager.filter(pk=row.pk).first()
        fresh.append(model_to_dict(found) if found is not None else None)
    return fresh


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_refuses_outsiders(case, client, world):
    url = reverse(case.url_name, kwargs=case.kwargs(world))
    for user_key, expected in case.refused:
        client.force_login(world.user(user_key))
        for method in case.methods:
            watched = case.watched(world)
            before, audit_count = _state(watched), AuditEntry.objects.count()
            if method == "POST":
                response = client.post(url, case.post_data(world))
            else:
                response = client.get(url)
            assert response.status_code == expected, f"{method} {url} as {user_key}"
            assert _state(watched) == before, f"{method} {url} as {user_key} changed a row"
            assert AuditEntry.objects.count() == audit_count, f"{method} {url} as {user_key} wrote an audit entry"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_works_for_the_rightful_user(case, client, world):
    url = reverse(case.url_name, kwargs=case.kwargs(world))
    client.force_login(world.user(case.allowed))
    if "GET" in case.methods:
        response = client.get(url)
    else:
        response = client.post(url, case.post_data(world))
    assert response.status_code in case.allowed_status, f"{url} as {case.allowed}"
    hidden = case.hidden(world)
    if not hidden:
        return
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode(errors="replace")
    for secret in hidden:
        assert secret not in text, f"{url} shows {secret!r} to {case.allowed}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_sends_anonymous_users_to_login(case, client, world):
    url = reverse(case.url_name, kwargs=case.kwargs(world))
    for method in case.methods:
        response = client.post(url, case.post_data(world)) if method == "POST" else client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))

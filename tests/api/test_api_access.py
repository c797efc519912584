"""Every API operation has an access case, and every case holds, as for the web pages (tests/web/test_access.py).

The walker reads the OpenAPI document: each operation needs at least one case in api_access_cases.py,
and every URL Django routes under /api/v1/ must be an operation of the document (or its reference
page), so no route can escape the walk. For each case: refused users (with a read-write token) get
404/403, change nothing and write no audit entry; the rightful user gets the answer (without the
hidden text); a request without a token gets 401; a read-only token cannot write.
"""
from __future__ import annotations

import pytest
from django.forms.models import model_to_dict
from django.urls import URLPattern, URLResolver, get_resolver

from kinerja.audit.models import AuditEntry

from .api_access_cases import CASES
from .helpers import API, call, openapi, operations, token_for

# Routes of the API namespace that are not operations: public by design, they hold no data.
NOT_OPERATIONS = {"openapi-json": "the OpenAPI document itself", "openapi-view": "the reference page",
                  "api-root": "always 404: django-ninja finds the API's mount point through it"}


def _spec() -> dict:
    from django.test import Client

    return openapi(Client())


@pytest.fixture(scope="module")
def ops(django_db_blocker) -> dict[str, tuple[str, str]]:
    with django_db_blocker.unblock():
        return operations(_spec())


def _url(ops, case, world) -> tuple[str, str]:
    method, template = ops[case.operation]
    return method, template.format(**case.path(world))


def _state(rows):
    return [model_to_dict(found) if (found := type(r)._default_manager.filter(pk=r.pk).first()) else None
            for r in rows]


def _api_patterns(patterns=None, prefix: str = "") -> list[tuple[str, str | None]]:
    found = []
    for p in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            found += _api_patterns(p.url_patterns, route) if route.startswith(("api/", "")) else []
        elif isinstance(p, URLPattern) and route.startswith("api/"):
            found.append((route, p.name))
    return found


def test_every_operation_has_a_case(ops):
    missing = sorted(set(ops) - {c.operation for c in CASES})
    assert not missing, f"API operations without an access case: {missing} (tests/api/api_access_cases.py)"


def test_no_case_names_an_unknown_operation(ops):
    assert not sorted({c.operation for c in CASES} - set(ops))


def test_every_api_route_is_in_the_document(ops):
    routes = _api_patterns()
    assert routes, "the walker found no API route"
    names = {name for _, name in routes}
    assert None not in names
    assert names - set(NOT_OPERATIONS) <= set(ops), sorted(names - set(NOT_OPERATIONS) - set(ops))
    # ninja names a path's URL after its first operation; every other operation shares its path.
    paths = {template for _, template in ops.values()}
    assert len(routes) - len(NOT_OPERATIONS) == len(paths)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_refuses_outsiders(case, client, world, ops):
    method, url = _url(ops, case, world)
    for user_key, expected in case.refused:
        # Everything a case builds (rows of another pemda, the token) exists before the count starts.
        token = token_for(world.user(user_key), write=True)
        query, body, watched = case.query(world), case.body(world) if case.body else None, case.watched(world)
        before, audit_count = _state(watched), AuditEntry.objects.count()
        response = call(client, method, url, token=token, query=query, body=body)
        assert response.status_code == expected, f"{method} {url} as {user_key}: {response.content[:300]}"
        assert response["Content-Type"].startswith("application/json")
        error = response.json()
        assert error["status"] == expected and error["message"]["id"] and error["message"]["en"]
        assert _state(watched) == before, f"{method} {url} as {user_key} changed a row"
        assert AuditEntry.objects.count() == audit_count, f"{method} {url} as {user_key} wrote an audit entry"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_works_for_the_rightful_user(case, client, world, ops):
    method, url = _url(ops, case, world)
    query, body = case.query(world), case.body(world) if case.body else None
    token = token_for(world.user(case.allowed), write=True)
    response = call(client, method, url, token=token, query=query, body=body)
    assert response.status_code in case.allowed_status, f"{url} as {case.allowed}: {response.content[:300]}"
    text = response.content.decode(errors="replace")
    for secret in case.hidden(world):
        assert secret not in text, f"{url} shows {secret!r} to {case.allowed}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_refuses_callers_without_a_token(case, client, world, ops):
    method, url = _url(ops, case, world)
    query, body, watched = case.query(world), case.body(world) if case.body else None, case.watched(world)
    before, audit_count = _state(watched), AuditEntry.objects.count()
    response = call(client, method, url, query=query, body=body)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["code"] == "unauthorized"
    assert _state(watched) == before and AuditEntry.objects.count() == audit_count


WRITES = [c for c in CASES if c.body is not None]


@pytest.mark.parametrize("case", WRITES, ids=[c.id for c in WRITES])
def test_a_read_only_token_cannot_write(case, client, world, ops):
    method, url = _url(ops, case, world)
    query, body, watched = case.query(world), case.body(world), case.watched(world)
    token = token_for(world.user(case.allowed), write=False)
    before, audit_count = _state(watched), AuditEntry.objects.count()
    response = call(client, method, url, token=token, query=query, body=body)
    assert response.status_code == 403
    assert response.json()["code"] == "read_only_token"
    assert _state(watched) == before and AuditEntry.objects.count() == audit_count


def test_the_api_lives_under_one_prefix(ops):
    assert all(path.startswith(f"{API}/") for _, path in ops.values())

"""Property test of the whole API against its own OpenAPI document (schemathesis): no request it can
generate — valid, or deliberately invalid — makes the server fail (5xx), and every refusal is the
one JSON error format.

Requests go through Django's test client inside the test's transaction, with a read-write token of
the pemda admin (who reaches every row of the world), so generated ids sometimes hit real rows.
"""
from __future__ import annotations

import json

import pytest
import schemathesis
from django.test import Client
from hypothesis import HealthCheck, given, settings
from schemathesis.core import NotSet
from schemathesis.generation import GenerationMode

from .helpers import bearer, token_for


def _operations() -> list:
    spec = json.loads(Client().get("/api/v1/openapi.json").content)
    schema = schemathesis.openapi.from_dict(spec)
    return [result.ok() for result in schema.get_all_operations()]


OPERATIONS = _operations()


def _send(client: Client, case, token: str):
    query = case.query if isinstance(case.query, dict) else {}
    headers = bearer(token)
    if case.method.upper() == "GET":
        return client.get(case.formatted_path, query, **headers)
    body = case.body
    # Invalid cases may carry raw bytes (not JSON at all): sent as they are.
    data = "" if isinstance(body, NotSet) else body if isinstance(body, bytes) else json.dumps(body)
    from urllib.parse import urlencode

    url = f"{case.formatted_path}?{urlencode(query, doseq=True)}" if query else case.formatted_path
    return client.generic(case.method.upper(), url, data=data, content_type="application/json", **headers)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{o.method.upper()} {o.path}" for o in OPERATIONS])
def test_no_generated_request_fails_the_server(operation, mode, world):
    client = Client()
    token = token_for(world.user("admin"), write=True)

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                     HealthCheck.filter_too_much])
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case) -> None:
        response = _send(client, case, token)
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, case.body,
                                            response.content[:500])
        if response["Content-Type"].startswith("application/json") and response.status_code >= 400:
            body = response.json()
            assert body["status"] == response.status_code
            assert body["message"]["id"] and body["message"]["en"]

    check()

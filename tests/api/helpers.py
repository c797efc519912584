"""Calling the API as a world or demo user: a token per user, requests with ``Authorization: Bearer``."""
from __future__ import annotations

import json
from typing import Any

from django.test import Client

from kinerja.api.tokens import issue_token

API = "/api/v1"


def token_for(user, *, write: bool = True, days: int = 30) -> str:
    return issue_token(user, name="test", can_write=write, days=days)[1]


def bearer(raw: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def call(client: Client, method: str, path: str, *, token: str | None = None, query: dict | None = None,
         body: Any = None):
    headers = bearer(token) if token else {}
    method = method.lower()
    if method == "get":
        return client.get(path, query or {}, **headers)
    url = path
    if query:
        from urllib.parse import urlencode

        url = f"{path}?{urlencode(query)}"
    return getattr(client, method)(url, data=json.dumps(body if body is not None else {}),
                                   content_type="application/json", **headers)


def openapi(client: Client) -> dict:
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations(spec: dict) -> dict[str, tuple[str, str]]:
    """operationId → (HTTP method, path template) for every operation of the document."""
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            found[op["operationId"]] = (method.upper(), path)
    return found

"""The OpenAPI document validates and lists every route; the reference page works offline."""
from __future__ import annotations

import json
import re

from django.contrib.staticfiles import finders
from openapi_spec_validator import validate

from .helpers import API, openapi, operations


def _no_duplicate_keys(pairs: list) -> dict:
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), f"duplicated keys in the OpenAPI document: {keys}"
    return dict(pairs)


def test_the_document_validates(client):
    # Swagger UI reads the document as YAML, which refuses a key twice; json.loads would keep the last.
    json.loads(client.get(f"{API}/openapi.json").content, object_pairs_hook=_no_duplicate_keys)
    spec = openapi(client)
    validate(spec)
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"] == "Kinerja API"


def test_every_operation_documents_its_errors_and_security(client):
    spec = openapi(client)
    for path, item in spec["paths"].items():
        for method, op in item.items():
            responses = op["responses"]
            assert {"401", "403", "404", "422", "429"} <= set(responses), f"{method} {path}"
            if method != "get":
                assert "409" in responses, f"{method} {path}"
            schemes = {name for requirement in op["security"] for name in requirement}
            assert schemes == {"TokenAuth", "SessionAuth"}, f"{method} {path}"
    assert spec["components"]["securitySchemes"]["TokenAuth"] == {"type": "http", "scheme": "bearer"}


def test_the_resources_are_all_there(client):
    ops = operations(openapi(client))
    for resource in ("pemda", "agency", "unit", "position", "decree", "indicator"):
        assert f"{resource}_list" in ops and f"{resource}_detail" in ops
    assert ops["skp_aspek_save"][0] == "PUT"


def test_the_reference_page_loads_nothing_from_outside(client):
    response = client.get(f"{API}/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/static/") for u in urls), urls
    for url in urls:
        assert finders.find(url.removeprefix("/static/")), f"{url} is not a static file of ours"
    # Swagger UI would otherwise show a badge fetched from validator.swagger.io.
    assert '"validatorUrl": null' in html

"""What each resource returns: exactly the caller's Scope, filtered and paged consistently."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Indicator, Position, Unit
from kinerja.formula import render_expression

from web.factories import USER_KEYS

from .helpers import API, call, token_for


def _all(client, token, path, **query) -> list[dict]:
    items, offset = [], 0
    while True:
        page = call(client, "GET", f"{API}/{path}", token=token, query={**query, "limit": 2, "offset": offset}).json()
        items += page["items"]
        if page["next_offset"] is None:
            assert page["count"] == len(items)
            return items
        offset = page["next_offset"]


@pytest.mark.parametrize("key", USER_KEYS)
def test_every_list_is_exactly_what_the_scope_lets_through(client, world, key):
    user = world.user(key)
    scope = Scope.of(user)
    token = token_for(user, write=False)
    agencies = list(scope.agencies())
    expected = {
        "agencies/": {a.slug for a in agencies},
        "units/": {u.pk for a in agencies for u in scope.units(a)},
        "positions/": {p.pk for a in agencies for p in scope.positions(a)},
        "indicators/": {i.pk for a in agencies for i in scope.indicators(a)},
    }
    for path, wanted in expected.items():
        got = {row["slug"] if path == "agencies/" else row["id"] for row in _all(client, token, path)}
        assert got == wanted, f"{path} as {key}"
    for unit in Unit.objects.all():
        status = call(client, "GET", f"{API}/units/{unit.pk}", token=token).status_code
        assert status == (200 if scope.can_view_unit(unit) else 404), f"unit {unit} as {key}"
    for position in Position.objects.all():
        status = call(client, "GET", f"{API}/positions/{position.pk}", token=token).status_code
        assert status == (200 if scope.can_view_position(position) else 404)


def test_filters(client, world):
    token = token_for(world.user("admin"))
    ids = {i["id"] for i in _all(client, token, "indicators/", unit=world.unit_a.pk)}
    assert ids == {world.indicator_a.pk}
    assert {i["id"] for i in _all(client, token, "indicators/", agency="dinas-y")} == {world.indicator_y.pk}
    assert {i["id"] for i in _all(client, token, "indicators/", jenis="IKI")} == {world.indicator_a.pk,
                                                                                  world.indicator_b.pk}
    assert {d["id"] for d in _all(client, token, "decrees/", year=2024)} == {world.decree.pk, world.decree_y.pk}
    assert _all(client, token, "decrees/", year=2023) == []
    assert {u["id"] for u in _all(client, token, "units/", unit=world.unit_a.pk)} == {world.unit_a.pk,
                                                                                      world.unit_a1.pk}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 600), offset=st.integers(0, 30))
def test_pages_tile_the_list(client, world, limit, offset):
    token = token_for(world.user("admin"))
    response = call(client, "GET", f"{API}/units/", token=token, query={"limit": limit, "offset": offset})
    if limit > 500:
        assert response.status_code == 422
        return
    page = response.json()
    every = list(Unit.objects.filter(agency__pemda=world.pemda).order_by("agency_id", "path", "order", "pk")
                 .values_list("pk", flat=True))
    assert page["count"] == len(every)
    assert [u["id"] for u in page["items"]] == every[offset:offset + limit]
    assert page["next_offset"] == (offset + limit if offset + limit < len(every) else None)


def test_an_indicator_carries_its_formula_and_its_reading(client, world):
    world.indicator_a.formula = {"kind": "ratio_percent", "expression": "ditempatkan / pencari_kerja * 100",
                                 "variables": {"ditempatkan": "Jumlah ditempatkan",
                                               "pencari_kerja": "Jumlah pencari kerja"}}
    world.indicator_a.save()
    token = token_for(world.user("planner"))
    data = call(client, "GET", f"{API}/indicators/{world.indicator_a.pk}", token=token).json()
    assert data["formula"] == world.indicator_a.formula
    reading = data["reading"]
    assert reading["kind"] == "ratio_percent" and reading["error"] is None
    assert reading["expression_id"] == render_expression(world.indicator_a.formula["expression"],
                                                         world.indicator_a.formula["variables"], language="id")
    assert reading["expression_en"] == render_expression(world.indicator_a.formula["expression"],
                                                         world.indicator_a.formula["variables"], language="en")
    assert data["supports"] == world.indicator_iku.pk and data["capaian_convention"] == "2t-r"


def test_an_unreadable_formula_is_reported_not_a_500(client, world):
    Indicator.objects.filter(pk=world.indicator_a.pk).update(formula={"kind": "other", "expression": "a +* (",
                                                                      "variables": []})
    token = token_for(world.user("planner"))
    data = call(client, "GET", f"{API}/indicators/{world.indicator_a.pk}", token=token).json()
    assert data["reading"]["expression_id"] is None
    assert data["reading"]["error"]["id"] and data["reading"]["error"]["en"]

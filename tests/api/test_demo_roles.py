"""Every API operation, called with a token of each demo user, answers what that user's Scope allows.

The demo's Kabupaten Tanah Merah: the Kepala Bidang Pelatihan dan Penempatan's position, unit and
indicators, read (and the aspek written) by admin, evaluator, perencana, kadis, kabid, operator1,
operator2 and perencana2 (another agency). The expected status of each call is worked out from
:class:`~kinerja.accounts.access.Scope` itself, so the API and the web pages cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Decree, Indicator, Pemda, Position
from kinerja.demo.tanah_merah import DEMO

from .helpers import call, openapi, operations, token_for

DEMO_USERS = [u.username for u in DEMO.users]
YEAR = 2024


@dataclass(frozen=True)
class Call:
    path: Callable[[dict], dict]
    expected: Callable[[Scope, dict], int]
    query: dict | None = None
    body: dict | None = None


def _seen(flag: bool) -> int:
    return 200 if flag else 404


def _aspek(scope: Scope, o: dict) -> int:
    if not scope.can_view_indicator(o["indicator"]):
        return 404
    return 200 if scope.can_draft_skp(o["position"]) else 403


def _agency_rating(scope: Scope, o: dict) -> int:
    if not scope.can_view_agency(o["agency"]):
        return 404
    return 200 if scope.reads_agency_whole(o["agency"]) else 403


CALLS: dict[str, Call] = {
    "pemda_list": Call(lambda o: {}, lambda s, o: 200),
    "pemda_detail": Call(lambda o: {"slug": o["pemda"].slug},
                         lambda s, o: _seen(s.agencies().filter(pemda=o["pemda"]).exists())),
    "agency_list": Call(lambda o: {}, lambda s, o: 200),
    "agency_detail": Call(lambda o: {"slug": o["agency"].slug}, lambda s, o: _seen(s.can_view_agency(o["agency"]))),
    "unit_list": Call(lambda o: {}, lambda s, o: 200),
    "unit_detail": Call(lambda o: {"unit_id": o["unit"].pk}, lambda s, o: _seen(s.can_view_unit(o["unit"]))),
    "position_list": Call(lambda o: {}, lambda s, o: 200),
    "position_detail": Call(lambda o: {"position_id": o["position"].pk},
                            lambda s, o: _seen(s.can_view_position(o["position"]))),
    "decree_list": Call(lambda o: {}, lambda s, o: 200),
    "decree_detail": Call(lambda o: {"decree_id": o["decree"].pk}, lambda s, o: _seen(s.can_view(o["decree"]))),
    "indicator_list": Call(lambda o: {}, lambda s, o: 200),
    "indicator_detail": Call(lambda o: {"indicator_id": o["indicator"].pk},
                             lambda s, o: _seen(s.can_view_indicator(o["indicator"]))),
    "skp_draft": Call(lambda o: {"position_id": o["position"].pk},
                      lambda s, o: _seen(s.can_view_position(o["position"])), query={"year": YEAR}),
    "skp_draft_xlsx": Call(lambda o: {"position_id": o["position"].pk},
                           lambda s, o: _seen(s.can_view_position(o["position"])), query={"year": YEAR}),
    "skp_aspek_save": Call(lambda o: {"position_id": o["position"].pk, "indicator_id": o["indicator"].pk}, _aspek,
                           query={"year": YEAR}, body={"aspek": "kualitas", "version": 0}),
    "skp_unit_predikat": Call(lambda o: {"unit_id": o["unit"].pk}, lambda s, o: _seen(s.can_view_unit(o["unit"])),
                              query={"year": YEAR}),
    "skp_agency_predikat": Call(lambda o: {"slug": o["agency"].slug}, _agency_rating, query={"year": YEAR}),
    "skp_distribution": Call(lambda o: {}, lambda s, o: 200,
                             query={"organisation": "baik", "baik": 7, "butuh_perbaikan": 2, "sangat_baik": 1}),
}


def _objects() -> dict:
    position = Position.objects.get(agency__slug="disperinaker",
                                    name="Kepala Bidang Pelatihan dan Penempatan Tenaga Kerja")
    return {"pemda": Pemda.objects.get(slug="kabupaten-tanah-merah"), "agency": position.agency, "unit": position.unit,
            "position": position, "indicator": Indicator.objects.filter(position=position).order_by("pk").first(),
            "decree": Decree.objects.get(nomor="800/113/DPTK/2024")}


def test_every_operation_is_called(client):
    assert set(CALLS) == set(operations(openapi(client)))


@pytest.mark.parametrize("username", DEMO_USERS)
def test_every_operation_answers_as_the_scope_says(client, demo_data, username):
    user = demo_data.user(username)
    objects, scope = _objects(), Scope.of(user)
    ops = operations(openapi(client))
    token = token_for(user, write=True)
    outcomes = {}
    for name, spec in CALLS.items():
        method, template = ops[name]
        response = call(client, method, template.format(**spec.path(objects)), token=token, query=spec.query,
                        body=spec.body)
        outcomes[name] = response.status_code
        assert response.status_code == spec.expected(scope, objects), (username, name, response.content[:300])
        if response.status_code == 200 and name == "skp_aspek_save":
            # Undo, so the next role starts from the same state (version 0).
            from kinerja.pegawai.models import SkpAspek

            SkpAspek.objects.filter(indicator=objects["indicator"]).delete()
    assert outcomes["unit_list"] == 200

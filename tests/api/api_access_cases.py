"""Access cases for every operation of the API (walked by test_api_access.py over the OpenAPI document).

Deliberately not named ``access_cases*.py``: those modules hold web-page cases for tests/web/test_access.py.
Each case names an operation, the path (and query, body) that point at an object the refused users
must not reach — another unit's, another agency's, another pemda's — and the user it works for.
Refused users call with a read-write token: the refusal comes from the access rules, not the token.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as
from kinerja.pegawai.models import SkpAspek

from web.factories import (make_agency, make_decree, make_indicator, make_pemda, make_position, make_unit,
                           make_user)

YEAR = {"year": 2024}


@dataclass(frozen=True)
class ApiCase:
    operation: str
    path: Callable[[Any], dict] = lambda w: {}
    query: Callable[[Any], dict] = lambda w: {}
    body: Callable[[Any], dict] | None = None
    refused: tuple[tuple[str, int], ...] = ()
    allowed: str = "planner"
    allowed_status: tuple[int, ...] = (200,)
    watched: Callable[[Any], list] = lambda w: []
    hidden: Callable[[Any], list[str]] = lambda w: []
    note: str = ""

    @property
    def id(self) -> str:
        refused = ",".join(f"{u}={s}" for u, s in self.refused) or "none"
        return f"{self.operation}[{refused}|ok={self.allowed}]{'/' + self.note if self.note else ''}"


def far(w) -> Any:
    """Another pemda (Z) with one of everything and its own admin, made once per world."""
    if not hasattr(w, "_far"):
        with acting_as(label="fixture"):
            pemda = make_pemda("Kota Seberang", slug="kota-seberang")
            agency = make_agency(pemda, "Dinas Pendidikan Kota Seberang", "dinas-z")
            unit = make_unit(agency, "Bidang Sekolah Dasar Seberang")
            position = make_position(agency, "Kepala Bidang Sekolah Dasar Seberang", unit)
            decree = make_decree(agency, "9 Tahun 2024 Seberang")
            indicator = make_indicator(agency, "Angka partisipasi murni Seberang", decree=decree, unit=unit,
                                       position=position, jenis="IKI")
            w.users["admin_z"] = make_user("admin_z", {"kind": Role.Kind.PEMDA_ADMIN, "pemda": pemda})
        w._far = type("Far", (), dict(pemda=pemda, agency=agency, unit=unit, position=position, decree=decree,
                                       indicator=indicator))
    return w._far


def aspek_b(w) -> SkpAspek:
    """A saved aspek on unit B's indicator, which refused writers must leave as it is."""
    if not hasattr(w, "_aspek_b"):
        with acting_as(label="fixture"):
            w._aspek_b = SkpAspek.objects.create(indicator=w.indicator_b, agency=w.agency, year=2024,
                                                 aspek="kuantitas", version=1)
    return w._aspek_b


CASES: list[ApiCase] = [
    ApiCase("pemda_list", allowed="admin", hidden=lambda w: [far(w).pemda.name]),
    ApiCase("pemda_detail", lambda w: {"slug": far(w).pemda.slug},
            refused=(("admin", 404), ("evaluator", 404), ("planner", 404), ("operator_a", 404)), allowed="admin_z"),
    ApiCase("agency_list", allowed="planner", hidden=lambda w: [w.other.name, far(w).agency.name]),
    ApiCase("agency_list", query=lambda w: {"pemda": far(w).pemda.slug}, allowed="admin",
            hidden=lambda w: [far(w).agency.name], note="other-pemda-filter"),
    ApiCase("agency_detail", lambda w: {"slug": w.other.slug},
            refused=(("planner", 404), ("operator_a", 404), ("head_a", 404), ("nobody", 404)), allowed="planner_y"),
    ApiCase("agency_detail", lambda w: {"slug": far(w).agency.slug},
            refused=(("admin", 404), ("evaluator", 404)), allowed="admin_z", note="other-pemda"),
    ApiCase("unit_list", allowed="operator_a", hidden=lambda w: [w.unit_b.name, w.unit_y.name, far(w).unit.name]),
    ApiCase("unit_list", query=lambda w: {"agency": w.other.slug}, refused=(("planner", 404), ("operator_a", 404)),
            allowed="planner_y", note="agency-filter"),
    ApiCase("unit_list", query=lambda w: {"unit": w.unit_b.pk}, refused=(("operator_a", 404), ("head_a", 404)),
            allowed="operator_b", note="unit-filter"),
    ApiCase("unit_detail", lambda w: {"unit_id": w.unit_b.pk},
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404)), allowed="operator_b"),
    ApiCase("unit_detail", lambda w: {"unit_id": far(w).unit.pk}, refused=(("admin", 404), ("planner", 404)),
            allowed="admin_z", note="other-pemda"),
    ApiCase("position_list", allowed="operator_a",
            hidden=lambda w: [w.position_b.name, w.position_y.name, far(w).position.name]),
    ApiCase("position_list", query=lambda w: {"agency": far(w).agency.slug}, refused=(("admin", 404),),
            allowed="admin_z", note="other-pemda-filter"),
    ApiCase("position_detail", lambda w: {"position_id": w.position_b.pk},
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404)), allowed="operator_b"),
    ApiCase("position_detail", lambda w: {"position_id": w.position_y.pk}, refused=(("planner", 404), ("head", 404)),
            allowed="planner_y", note="other-agency"),
    ApiCase("decree_list", allowed="planner", hidden=lambda w: [w.decree_y.nomor, far(w).decree.nomor]),
    ApiCase("decree_detail", lambda w: {"decree_id": w.decree_y.pk},
            refused=(("planner", 404), ("operator_a", 404), ("head", 404)), allowed="planner_y"),
    ApiCase("decree_detail", lambda w: {"decree_id": far(w).decree.pk}, refused=(("admin", 404), ("evaluator", 404)),
            allowed="admin_z", note="other-pemda"),
    ApiCase("indicator_list", allowed="operator_a",
            hidden=lambda w: [w.indicator_b.name, w.indicator_y.name, far(w).indicator.name]),
    ApiCase("indicator_list", query=lambda w: {"unit": w.unit_b1.pk}, refused=(("operator_a", 404),),
            allowed="operator_b", note="unit-filter"),
    ApiCase("indicator_detail", lambda w: {"indicator_id": w.indicator_b.pk},
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404)), allowed="operator_b"),
    ApiCase("indicator_detail", lambda w: {"indicator_id": far(w).indicator.pk},
            refused=(("admin", 404), ("planner", 404)), allowed="admin_z", note="other-pemda"),
    ApiCase("skp_draft", lambda w: {"position_id": w.position_b.pk}, query=lambda w: YEAR,
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404)), allowed="operator_b"),
    ApiCase("skp_draft", lambda w: {"position_id": far(w).position.pk}, query=lambda w: YEAR,
            refused=(("admin", 404), ("evaluator", 404)), allowed="admin_z", note="other-pemda"),
    ApiCase("skp_draft_xlsx", lambda w: {"position_id": w.position_b.pk}, query=lambda w: YEAR,
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404)), allowed="operator_b"),
    ApiCase("skp_draft_xlsx", lambda w: {"position_id": far(w).position.pk}, query=lambda w: YEAR,
            refused=(("admin", 404),), allowed="admin_z", note="other-pemda"),
    ApiCase("skp_aspek_save", lambda w: {"position_id": w.position_b.pk, "indicator_id": aspek_b(w).indicator_id},
            query=lambda w: YEAR, body=lambda w: {"aspek": "waktu", "version": 1},
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404), ("nobody", 404),
                     ("evaluator", 403)),
            allowed="operator_b", watched=lambda w: [aspek_b(w)]),
    ApiCase("skp_aspek_save", lambda w: {"position_id": far(w).position.pk, "indicator_id": far(w).indicator.pk},
            query=lambda w: YEAR, body=lambda w: {"aspek": "waktu", "version": 0},
            refused=(("admin", 404), ("planner", 404)), allowed="admin_z", note="other-pemda"),
    ApiCase("skp_unit_predikat", lambda w: {"unit_id": w.unit_b.pk}, query=lambda w: YEAR,
            refused=(("operator_a", 404), ("head_a", 404), ("planner_y", 404)), allowed="operator_b"),
    ApiCase("skp_unit_predikat", lambda w: {"unit_id": far(w).unit.pk}, query=lambda w: YEAR,
            refused=(("admin", 404),), allowed="admin_z", note="other-pemda"),
    ApiCase("skp_agency_predikat", lambda w: {"slug": w.other.slug}, query=lambda w: YEAR,
            refused=(("planner", 404), ("operator_a", 404)), allowed="planner_y"),
    ApiCase("skp_agency_predikat", lambda w: {"slug": w.agency.slug}, query=lambda w: YEAR,
            refused=(("operator_a", 403), ("head_a", 403)), allowed="head", note="unit-scoped"),
    ApiCase("skp_agency_predikat", lambda w: {"slug": far(w).agency.slug}, query=lambda w: YEAR,
            refused=(("admin", 404),), allowed="admin_z", note="other-pemda"),
    ApiCase("skp_distribution", query=lambda w: {"organisation": "baik", "baik": 7, "butuh_perbaikan": 3},
            allowed="nobody", note="no-object"),
]

"""Jabatan: positions with their tugas and fungsi, as the IKI decrees list them."""
from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.errors import ERROR_RESPONSES
from kinerja.api.pagination import page_of, paginate
from kinerja.api.params import Id, UnitFilter

router = Router(tags=["positions"])


class PositionOut(Schema):
    id: int
    agency: str = Field(..., alias="agency.slug")
    unit: int | None = Field(None, alias="unit_id")
    reports_to: int | None = Field(None, alias="reports_to_id")
    name: str
    tugas: list[str]
    fungsi: list[str]
    holder_name: str
    holder_nip: str
    holder_rank: str
    order: int

    @staticmethod
    def resolve_tugas(obj) -> list[str]:
        return [str(item) for item in obj.tugas or []]

    @staticmethod
    def resolve_fungsi(obj) -> list[str]:
        return [str(item) for item in obj.fungsi or []]


PositionPage = page_of(PositionOut, "PositionPage")


@router.get("/", response={200: PositionPage, **ERROR_RESPONSES}, url_name="position_list",
            operation_id="position_list", summary="Daftar jabatan / Positions")
def position_list(request: HttpRequest, filters: Query[UnitFilter]):
    scope = Scope.of(request.user)
    rows = visible.positions(scope, filters.agency).select_related("agency")
    if filters.unit:
        rows = rows.filter(visible.subtree(scope, filters.unit))
    return paginate(rows.order_by("agency_id", "order", "name", "pk"), filters)


@router.get("/{position_id}", response={200: PositionOut, **ERROR_RESPONSES}, url_name="position_detail",
            operation_id="position_detail", summary="Satu jabatan / One position")
def position_detail(request: HttpRequest, position_id: Id):
    return visible.one(visible.positions(Scope.of(request.user)).select_related("agency"), position_id)

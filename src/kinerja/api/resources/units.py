"""Unit kerja: the units of the agencies in scope; a unit-scoped user sees their units and those below."""
from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.errors import ERROR_RESPONSES
from kinerja.api.pagination import page_of, paginate
from kinerja.api.params import Id, UnitFilter

router = Router(tags=["units"])


class UnitOut(Schema):
    id: int
    agency: str = Field(..., alias="agency.slug")
    parent: int | None = Field(None, alias="parent_id")
    name: str
    kind: str
    order: int
    depth: int


UnitPage = page_of(UnitOut, "UnitPage")


@router.get("/", response={200: UnitPage, **ERROR_RESPONSES}, url_name="unit_list", operation_id="unit_list",
            summary="Daftar unit kerja / Units")
def unit_list(request: HttpRequest, filters: Query[UnitFilter]):
    scope = Scope.of(request.user)
    rows = visible.units(scope, filters.agency).select_related("agency")
    if filters.unit:
        rows = rows.filter(path__startswith=visible.one(visible.units(scope), filters.unit).path)
    return paginate(rows.order_by("agency_id", "path", "order", "pk"), filters)


@router.get("/{unit_id}", response={200: UnitOut, **ERROR_RESPONSES}, url_name="unit_detail",
            operation_id="unit_detail", summary="Satu unit kerja / One unit")
def unit_detail(request: HttpRequest, unit_id: Id):
    return visible.one(visible.units(Scope.of(request.user)).select_related("agency"), unit_id)

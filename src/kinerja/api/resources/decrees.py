"""Keputusan: the IKU/IKI decrees of the agencies in scope (agency-level: readable by any reader of the agency)."""
from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.errors import ERROR_RESPONSES
from kinerja.api.pagination import page_of, paginate
from kinerja.api.params import Id, YearFilter

router = Router(tags=["decrees"])


class DecreeOut(Schema):
    id: int
    agency: str = Field(..., alias="agency.slug")
    nomor: str
    tahun: int
    jenis: str
    tentang: str
    tanggal: date | None
    tanggal_text: str
    ditetapkan_di: str
    penandatangan: str
    status: str
    amends: int | None = Field(None, alias="amends_id")


DecreePage = page_of(DecreeOut, "DecreePage")


@router.get("/", response={200: DecreePage, **ERROR_RESPONSES}, url_name="decree_list", operation_id="decree_list",
            summary="Daftar keputusan / Decrees")
def decree_list(request: HttpRequest, filters: Query[YearFilter]):
    rows = visible.decrees(Scope.of(request.user), filters.agency).select_related("agency")
    if filters.year:
        rows = rows.filter(tahun=filters.year)
    return paginate(rows.order_by("agency_id", "-tahun", "pk"), filters)


@router.get("/{decree_id}", response={200: DecreeOut, **ERROR_RESPONSES}, url_name="decree_detail",
            operation_id="decree_detail", summary="Satu keputusan / One decree")
def decree_detail(request: HttpRequest, decree_id: Id):
    return visible.one(visible.decrees(Scope.of(request.user)).select_related("agency"), decree_id)

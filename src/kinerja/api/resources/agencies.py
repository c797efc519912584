"""Perangkat daerah: the agencies the caller may read (all of an agency, or some of its units)."""
from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.errors import ERROR_RESPONSES
from kinerja.api.pagination import page_of, paginate
from kinerja.api.params import Paging, Slug

router = Router(tags=["agencies"])


class AgencyOut(Schema):
    id: int
    slug: str
    name: str
    short_name: str
    pemda: str = Field(..., alias="pemda.slug")
    address: str
    phone: str
    email: str
    website: str


class AgencyFilter(Paging):
    pemda: Slug | None = Field(None, description="Slug pemda")


AgencyPage = page_of(AgencyOut, "AgencyPage")


@router.get("/", response={200: AgencyPage, **ERROR_RESPONSES}, url_name="agency_list", operation_id="agency_list",
            summary="Daftar perangkat daerah / Agencies")
def agency_list(request: HttpRequest, filters: Query[AgencyFilter]):
    rows = visible.agencies(Scope.of(request.user))
    if filters.pemda:
        rows = rows.filter(pemda__slug=filters.pemda)
    return paginate(rows, filters)


@router.get("/{slug}", response={200: AgencyOut, **ERROR_RESPONSES}, url_name="agency_detail",
            operation_id="agency_detail", summary="Satu perangkat daerah / One agency")
def agency_detail(request: HttpRequest, slug: Slug):
    return visible.by_slug(visible.agencies(Scope.of(request.user)), slug)

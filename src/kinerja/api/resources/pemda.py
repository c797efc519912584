"""Pemda: the regional governments whose agencies the caller may read."""
from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.errors import ERROR_RESPONSES
from kinerja.api.pagination import page_of, paginate
from kinerja.api.params import Paging, Slug

router = Router(tags=["pemda"])


class PemdaOut(Schema):
    id: int
    slug: str
    name: str
    lower_is_better_convention: str


PemdaPage = page_of(PemdaOut, "PemdaPage")


@router.get("/", response={200: PemdaPage, **ERROR_RESPONSES}, url_name="pemda_list", operation_id="pemda_list",
            summary="Daftar pemda / Regional governments")
def pemda_list(request: HttpRequest, paging: Query[Paging]):
    return paginate(visible.pemdas(Scope.of(request.user)), paging)


@router.get("/{slug}", response={200: PemdaOut, **ERROR_RESPONSES}, url_name="pemda_detail",
            operation_id="pemda_detail", summary="Satu pemda / One regional government")
def pemda_detail(request: HttpRequest, slug: Slug):
    return visible.by_slug(visible.pemdas(Scope.of(request.user)), slug)

"""One page of a list: ``{"count", "limit", "offset", "next_offset", "items"}``, the same for every resource."""
from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from ninja import Schema
from pydantic import create_model

from kinerja.api.params import Paging


def page_of(item: type[Schema], name: str) -> type[Schema]:
    """The page schema of ``item`` rows, named ``name`` in the OpenAPI document."""
    return create_model(name, __base__=Schema, count=(int, ...), limit=(int, ...), offset=(int, ...),
                        next_offset=(int | None, None), items=(list[item], ...))


def paginate(queryset: QuerySet, paging: Paging) -> dict[str, Any]:
    """Rows ``offset`` … ``offset + limit`` of ``queryset``, which must be ordered."""
    count = queryset.count()
    items = list(queryset[paging.offset:paging.offset + paging.limit]) if paging.offset < count else []
    following = paging.offset + paging.limit
    return {"count": count, "limit": paging.limit, "offset": paging.offset,
            "next_offset": following if following < count else None, "items": items}

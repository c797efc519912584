"""Input types and query parameters shared by every resource: bounded ids, slugs, years, paging.

Bounds are part of the contract: a 40-digit id or a slug with a NUL byte is answered with 422 before
it reaches the database (which would otherwise fail on it).
"""
from __future__ import annotations

from typing import Annotated

from ninja import Field, Schema

MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Year = Annotated[int, Field(ge=1900, le=2200)]
Slug = Annotated[str, Field(min_length=1, max_length=50, pattern=r"^[-a-zA-Z0-9_]+$")]

PAGE_DEFAULT = 50
PAGE_MAX = 500


class Paging(Schema):
    limit: int = Field(PAGE_DEFAULT, ge=1, le=PAGE_MAX, description="Baris per halaman / rows per page")
    offset: int = Field(0, ge=0, le=MAX_ID, description="Baris yang dilewati / rows skipped")


class AgencyFilter(Paging):
    agency: Slug | None = Field(None, description="Slug perangkat daerah / agency slug")


class UnitFilter(AgencyFilter):
    unit: Id | None = Field(None, description="Unit beserta unit di bawahnya / a unit and the units under it")


class YearFilter(AgencyFilter):
    year: Year | None = Field(None, description="Tahun keputusan / decree year")


class IndicatorFilter(UnitFilter):
    year: Year | None = Field(None, description="Tahun keputusan / decree year")
    jenis: str | None = Field(None, pattern=r"^(IKU|IKI)$")
    position: Id | None = Field(None, description="Jabatan / position")
    active: bool | None = Field(None, description="Hanya yang berlaku (true) atau yang dicabut (false)")

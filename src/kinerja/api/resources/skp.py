"""SKP drafts (PermenPANRB 6/2022, e-Kinerja BKN): a position's draft as JSON or .xlsx, its aspek
edits, a unit's proposed predikat kinerja organisasi, and the rating distribution check.

Reads need what the web pages need (a position or unit in the caller's scope); an aspek edit needs a
token that may write and a caller who may draft the position's SKP (Scope.can_draft_skp), the
version the caller saw (409 if someone saved since) and is audited to the caller and the token.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.text import slugify
from ninja import Field, Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.auth import require_write
from kinerja.api.errors import ERROR_RESPONSES, WRITE_ERROR_RESPONSES, Message
from kinerja.api.params import Id, Slug, Year
from kinerja.measurement.models import Evidence
from kinerja.catalog.models import Position
from kinerja.pegawai.drafts import UnitPredikat, build_draft, unit_predikat
from kinerja.pegawai.services import save_aspek
from kinerja.skp.distribution import check_distribution
from kinerja.skp.model import SkpDraft
from kinerja.skp.render_xlsx import render_skp_xlsx

router = Router(tags=["skp"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ASPEK_PATTERN = r"^(kuantitas|kualitas|waktu|biaya)$"
ORGANISATION_PATTERN = r"^(istimewa|baik|butuh_perbaikan|kurang|sangat_kurang)$"


class YearQuery(Schema):
    year: Year = Field(..., description="Tahun SKP / SKP year")


class PersonOut(Schema):
    name: str
    nip: str
    rank: str
    position: str
    unit: str


class SkpTargetOut(Schema):
    text: str
    min: float | None
    max: float | None
    satuan: str
    raw: str


class EvidenceOut(Schema):
    name: str
    url: str


class PeriodOut(Schema):
    period: str
    target: str
    cumulative: bool
    realisasi: float | None
    realisasi_label: str
    status: str
    capaian: float | None
    evidence: list[EvidenceOut]


class SkpRowOut(Schema):
    number: int
    indicator: int
    rhk_atasan: str
    rhk: str
    aspek: str
    aspek_proposed: str
    aspek_reason: Message
    aspek_saved: bool
    aspek_version: int
    indikator: str
    target: SkpTargetOut
    periods: list[PeriodOut]
    notes: list[Message]


class SkpDraftOut(Schema):
    year: int
    agency: str
    pemda: str
    position: int
    period: dict[str, str]
    employee: PersonOut
    appraiser: PersonOut | None
    rows: list[SkpRowOut]
    notes: list[Message]
    status: str


class AspekIn(Schema):
    aspek: str = Field(..., pattern=ASPEK_PATTERN)
    version: int = Field(..., ge=0, le=2**31 - 1, description="Versi yang terakhir dilihat (0: belum pernah disimpan)")


class AspekOut(Schema):
    indicator: int
    year: int
    aspek: str
    version: int


class MissedOut(Schema):
    indicator: str
    capaian: float


class PredikatOut(Schema):
    predikat: str | None
    label: Message | None
    known: int
    met: int
    exceeded: int
    progressed: int
    missed: list[MissedOut]
    unknown: list[str]
    explanation: Message
    proposal: bool
    hidden: int = Field(0, description="Indikator unit di luar lingkup pemanggil, tidak dihitung")


class DistributionQuery(Schema):
    organisation: str = Field(..., pattern=ORGANISATION_PATTERN, description="Predikat kinerja organisasi")
    sangat_baik: int = Field(0, ge=0, le=1_000_000)
    baik: int = Field(0, ge=0, le=1_000_000)
    butuh_perbaikan: int = Field(0, ge=0, le=1_000_000)
    kurang: int = Field(0, ge=0, le=1_000_000)
    sangat_kurang: int = Field(0, ge=0, le=1_000_000)


class FindingOut(Schema):
    severity: str
    rule: Message
    categories: list[str]
    share_percent: float


class DistributionOut(Schema):
    organisation: str
    counts: dict[str, int]
    total: int
    fits: bool
    findings: list[FindingOut]
    guide: list[Message]


def _evidence_url(request: HttpRequest, slug: str) -> Callable[[Evidence], str]:
    def url(item: Evidence) -> str:
        return request.build_absolute_uri(reverse("measurement:evidence_download", args=[slug, item.pk]))
    return url


def _draft(request: HttpRequest, position_id: int, year: int) -> tuple[Position, SkpDraft]:
    scope = Scope.of(request.user)
    position = visible.one(visible.positions(scope).select_related("agency__pemda", "unit", "reports_to__unit"),
                           position_id)
    return position, build_draft(scope, position, year, _evidence_url(request, position.agency.slug))


@router.get("/positions/{position_id}", response={200: SkpDraftOut, **ERROR_RESPONSES}, url_name="skp_draft",
            operation_id="skp_draft", summary="Konsep SKP sebuah jabatan / A position's SKP draft")
def skp_draft(request: HttpRequest, position_id: Id, query: Query[YearQuery]):
    return _draft(request, position_id, query.year)[1].to_json()


@router.get("/positions/{position_id}/xlsx", response={200: None, **ERROR_RESPONSES}, url_name="skp_draft_xlsx",
            operation_id="skp_draft_xlsx", summary="Konsep SKP sebagai .xlsx / The SKP draft as .xlsx",
            openapi_extra={"responses": {200: {"description": "SKP .xlsx (urutan isian e-Kinerja)",
                                                 "content": {XLSX: {"schema": {"type": "string",
                                                                               "format": "binary"}}}}}})
def skp_draft_xlsx(request: HttpRequest, position_id: Id, query: Query[YearQuery]):
    position, draft = _draft(request, position_id, query.year)
    response = HttpResponse(render_skp_xlsx(draft), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="skp-{slugify(position.name)[:60]}-{query.year}.xlsx"'
    return response


@router.put("/positions/{position_id}/aspek/{indicator_id}", response={200: AspekOut, **WRITE_ERROR_RESPONSES},
            url_name="skp_aspek_save", operation_id="skp_aspek_save",
            summary="Ubah aspek sebuah baris SKP / Change a row's aspek")
def skp_aspek_save(request: HttpRequest, position_id: Id, indicator_id: Id, query: Query[YearQuery], body: AspekIn):
    scope = Scope.of(request.user)
    position = visible.one(visible.positions(scope), position_id)
    indicator = visible.one(visible.indicators(scope).filter(position=position).select_related("position__unit"),
                            indicator_id)
    require_write(request)
    row = save_aspek(scope, indicator, query.year, body.aspek, version=body.version)
    return {"indicator": indicator.pk, "year": row.year, "aspek": row.aspek, "version": row.version}


def _predikat(found: UnitPredikat) -> dict[str, Any]:
    return {**found.proposal.to_json(), "hidden": found.hidden}


@router.get("/units/{unit_id}/predikat", response={200: PredikatOut, **ERROR_RESPONSES}, url_name="skp_unit_predikat",
            operation_id="skp_unit_predikat",
            summary="Usulan predikat kinerja organisasi sebuah unit / A unit's proposed organisation rating")
def skp_unit_predikat(request: HttpRequest, unit_id: Id, query: Query[YearQuery]):
    scope = Scope.of(request.user)
    unit = visible.one(visible.units(scope).select_related("agency"), unit_id)
    return _predikat(unit_predikat(scope, unit.agency, [unit], query.year)[0])


@router.get("/agencies/{slug}/predikat", response={200: PredikatOut, **ERROR_RESPONSES},
            url_name="skp_agency_predikat", operation_id="skp_agency_predikat",
            summary="Usulan predikat kinerja perangkat daerah / An agency's proposed organisation rating")
def skp_agency_predikat(request: HttpRequest, slug: Slug, query: Query[YearQuery]):
    scope = Scope.of(request.user)
    agency = visible.agency(scope, slug)
    if not scope.reads_agency_whole(agency):
        raise PermissionDenied
    return _predikat(unit_predikat(scope, agency, [None], query.year)[0])


@router.get("/distribution", response={200: DistributionOut, **ERROR_RESPONSES}, url_name="skp_distribution",
            operation_id="skp_distribution",
            summary="Periksa distribusi predikat pegawai / Check employees' rating distribution")
def skp_distribution(request: HttpRequest, query: Query[DistributionQuery]):
    counts = query.dict(exclude={"organisation"})
    return check_distribution(query.organisation, counts).to_json()


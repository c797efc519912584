"""Indikator: IKU and IKI rows with the structured formula and its reading in both languages.

``formula`` is the catalog's structured formula as stored (docs/catalog-schema.md: kind, expression,
variables, bands …); ``reading`` renders its expression in Indonesian and English the way the
indicator page does, with the error in both languages if it cannot be rendered.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from kinerja.accounts.access import Scope
from kinerja.api import visible
from kinerja.api.errors import ERROR_RESPONSES, Message
from kinerja.api.pagination import page_of, paginate
from kinerja.api.params import Id, IndicatorFilter
from kinerja.catalog.models import Indicator
from kinerja.errors import KinerjaError
from kinerja.formula import Expr, parse_expression, render_expression

router = Router(tags=["indicators"])


class ObjectiveOut(Schema):
    id: int
    level: str
    text: str


class FormulaReading(Schema):
    kind: str | None
    expression_id: str | None = Field(None, description="Dibaca dalam bahasa Indonesia")
    expression_en: str | None = Field(None, description="Read in English")
    variables: dict[str, str]
    error: Message | None = None


class IndicatorOut(Schema):
    id: int
    agency: str = Field(..., alias="agency.slug")
    decree: int | None = Field(None, alias="decree_id")
    jenis: str
    name: str
    objective: ObjectiveOut | None
    position: int | None = Field(None, alias="position_id")
    unit: int | None = Field(None, alias="unit_id")
    definisi: str
    formula_text: str
    formula: dict[str, Any]
    reading: FormulaReading
    satuan: str
    polarity: str
    period_type: str
    aggregation: str
    capaian_convention: str = Field(..., description="Konvensi yang berlaku (pengaturan pemda bila kosong)")
    penanggung_jawab: str
    responsible_position: int | None = Field(None, alias="responsible_position_id")
    sumber_data: str
    supports: int | None = Field(None, alias="supports_id")
    replaced_by: int | None = Field(None, alias="replaced_by_id")
    is_active: bool
    variables: list[str]

    @staticmethod
    def resolve_formula(obj: Indicator) -> dict[str, Any]:
        return obj.formula if isinstance(obj.formula, dict) else {}

    @staticmethod
    def resolve_reading(obj: Indicator) -> dict[str, Any]:
        return reading_of(obj.formula if isinstance(obj.formula, dict) else {})

    @staticmethod
    def resolve_capaian_convention(obj: Indicator) -> str:
        return obj.effective_convention

    @staticmethod
    def resolve_variables(obj: Indicator) -> list[str]:
        return [v.key for v in obj.variables.all()]


@lru_cache(maxsize=4096)
def _tree(expression: str) -> Expr:
    """The parsed expression; trees are immutable, and parsing is most of a list page's cost."""
    return parse_expression(expression)


def reading_of(formula: dict[str, Any]) -> dict[str, Any]:
    expression = formula.get("expression")
    variables = formula.get("variables") if isinstance(formula.get("variables"), dict) else {}
    out: dict[str, Any] = {"kind": formula.get("kind"), "expression_id": None, "expression_en": None,
                           "variables": {str(k): str(v) for k, v in variables.items()}, "error": None}
    if not expression:
        return out
    try:
        tree = _tree(str(expression))
        out["expression_id"] = render_expression(tree, variables, language="id")
        out["expression_en"] = render_expression(tree, variables, language="en")
    except KinerjaError as exc:
        out["error"] = {"id": exc.message("id"), "en": exc.message("en")}
    return out


IndicatorPage = page_of(IndicatorOut, "IndicatorPage")


def _with_relations(rows: QuerySet[Indicator]) -> QuerySet[Indicator]:
    return rows.select_related("agency__pemda", "objective").prefetch_related("variables")


@router.get("/", response={200: IndicatorPage, **ERROR_RESPONSES}, url_name="indicator_list",
            operation_id="indicator_list", summary="Daftar indikator / Indicators")
def indicator_list(request: HttpRequest, filters: Query[IndicatorFilter]):
    scope = Scope.of(request.user)
    rows = visible.indicators(scope, filters.agency)
    if filters.unit:
        rows = rows.filter(visible.subtree(scope, filters.unit))
    if filters.year:
        rows = rows.filter(decree__tahun=filters.year)
    if filters.jenis:
        rows = rows.filter(jenis=filters.jenis)
    if filters.position:
        rows = rows.filter(position_id=filters.position)
    if filters.active is not None:
        rows = rows.filter(is_active=filters.active)
    return paginate(_with_relations(rows).order_by("agency_id", "order", "pk"), filters)


@router.get("/{indicator_id}", response={200: IndicatorOut, **ERROR_RESPONSES}, url_name="indicator_detail",
            operation_id="indicator_detail", summary="Satu indikator / One indicator")
def indicator_detail(request: HttpRequest, indicator_id: Id):
    return visible.one(_with_relations(visible.indicators(Scope.of(request.user))), indicator_id)

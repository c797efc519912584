"""The review of an agency's active indicators, as the user may see them.

The catalog rows come from the intake exporter (:func:`kinerja.intake.export.indicator_row`), so the
page reviews exactly what an exported decree would hold, with the duties of the positions that hold
them; the review itself is the pure :mod:`kinerja.review` package. Only rows in the user's scope are
reviewed together, so a duplicate finding never names an indicator the user may not read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.intake.export import indicator_row
from kinerja.review import Finding, review_catalog, summarise
from kinerja.review.finding import SEVERITY_RANK


@dataclass
class IndicatorReview:
    indicator: Indicator
    findings: list[Finding]

    @property
    def worst(self) -> str:
        return min((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)


@dataclass
class AgencyReview:
    items: list[IndicatorReview]            # indicators with findings, the most severe first
    general: list[Finding]                  # findings about the whole set (row None)
    indicators: int                         # active indicators reviewed
    by_severity: dict[str, int] = field(default_factory=dict)
    by_code: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def clean(self) -> int:
        return self.indicators - len(self.items)

    def of(self, indicator: Indicator) -> list[Finding]:
        """The findings on one indicator, and those about the whole set that name it."""
        for item in self.items:
            if item.indicator.pk == indicator.pk:
                return item.findings
        return []


def catalog_row(indicator: Indicator) -> dict:
    """The interchange row plus what the database knows and a decree table does not say."""
    row = indicator_row(indicator)
    row["jenis"] = indicator.jenis
    row["polarity"] = indicator.polarity
    return row


def active_indicators(agency: PerangkatDaerah, scope: Scope):
    return (scope.indicators(agency).filter(is_active=True)
            .select_related("position__unit", "objective", "decree").order_by("jenis", "order", "pk"))


def _positions(indicators: list[Indicator]) -> list[dict]:
    seen: dict[int, dict] = {}
    for indicator in indicators:
        position = indicator.position
        if position is not None and position.pk not in seen:
            seen[position.pk] = {"jabatan": position.name, "unit": position.unit.name if position.unit_id else None,
                                 "tugas": list(position.tugas or []), "fungsi": list(position.fungsi or [])}
    return list(seen.values())


def review_agency(agency: PerangkatDaerah, scope: Scope) -> AgencyReview:
    indicators = list(active_indicators(agency, scope))
    catalog = {"document": {"perangkat_daerah": agency.name, "jenis": None}, "positions": _positions(indicators),
               "indicators": [catalog_row(i) for i in indicators], "warnings": []}
    findings = review_catalog(catalog)
    per_row: dict[int, list[Finding]] = {}
    general: list[Finding] = []
    for f in findings:
        (general if f.row is None else per_row.setdefault(f.row, [])).append(f)
    items = [IndicatorReview(indicators[index], found) for index, found in per_row.items()]
    items.sort(key=lambda item: (SEVERITY_RANK[item.worst], -len(item.findings), item.indicator.order,
                                 item.indicator.pk))
    summary = summarise(findings, len(indicators))
    return AgencyReview(items, general, len(indicators), summary.by_severity, summary.by_code, summary.by_kind)

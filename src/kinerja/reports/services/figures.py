"""Target, realisasi and capaian of many indicators over many periods, in a handful of queries.

The measurement app stores every capaian it computes (:class:`CapaianResult`, refreshed on each
realisasi save). Reports read those rows in bulk and recompute, through the measurement app's own
:func:`capaian_for`, only the ones that cannot be trusted: a target changed since (its raw text
differs), or a realisasi exists that was never computed. So a 300-indicator document costs a few
queries, and a printed figure never disagrees with the capaian page.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kinerja.capaian.periods import Period
from kinerja.capaian.targets import parse_target
from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.errors import KinerjaError
from kinerja.measurement.models import CapaianResult, Realisasi
from kinerja.measurement.models import Target as TargetRow
from kinerja.measurement.services.compute import capaian_for, settings_for, target_row_for

Number = Decimal | int | float
T = TargetRow.Kind


@dataclass(frozen=True)
class Figure:
    """One indicator in one period, as the documents and charts print it."""

    target_raw: str
    realisasi: Decimal | str | None
    capaian: Decimal | None
    predikat: str | None
    colour: str = ""

    @property
    def target(self) -> Number | str | None:
        return target_value(self.target_raw)


def target_value(raw: str | None) -> Number | str | None:
    """A target as a document cell: a number when it reads as one (so .xlsx gets a number), else the text."""
    if not raw:
        return None
    try:
        parsed = parse_target(raw)
    except KinerjaError:
        return raw
    return parsed.value if parsed.kind == "number" else raw


class Targets:
    """Every target row of some indicators for some years, with the measurement app's precedence."""

    def __init__(self, indicators: Iterable[Indicator], years: Iterable[int]) -> None:
        self.rows: dict[int, list[TargetRow]] = defaultdict(list)
        ids = [i.pk for i in indicators]
        for row in TargetRow.objects.filter(indicator_id__in=ids, year__in=sorted(set(years))):
            self.rows[row.indicator_id].append(row)

    def judged_by(self, indicator: Indicator, period: Period) -> TargetRow | None:
        """The target a realisasi of ``period`` is judged against (Rencana Aksi below a year; PK above)."""
        return target_row_for(indicator, period, self.rows.get(indicator.pk, ()))

    def of_kind(self, indicator: Indicator, kinds: Sequence[str], period: Period) -> TargetRow | None:
        """The first target of ``kinds`` (in that order) set for ``period``."""
        by_kind = {r.kind: r for r in self.rows.get(indicator.pk, ()) if r.period == period.key}
        return next((by_kind[k] for k in kinds if k in by_kind), None)

    def renstra_end(self, indicator: Indicator) -> TargetRow | None:
        """The Renstra end target, else the Renstra target of the latest year loaded."""
        rows = self.rows.get(indicator.pk, ())
        end = [r for r in rows if r.kind == T.RENSTRA_END]
        if end:
            return max(end, key=lambda r: r.year)
        yearly = [r for r in rows if r.kind == T.RENSTRA and r.period == str(r.year)]
        return max(yearly, key=lambda r: r.year) if yearly else None


def figures(agency: PerangkatDaerah, indicators: Sequence[Indicator], periods: Sequence[Period],
            targets: Targets | None = None) -> dict[tuple[int, str], Figure]:
    """(indicator id, period key) → :class:`Figure` for every indicator and period asked."""
    years = sorted({p.year for p in periods})
    targets = targets or Targets(indicators, years)
    keys = [p.key for p in periods]
    ids = [i.pk for i in indicators]
    stored = {(r.indicator_id, r.period): r for r in
              CapaianResult.objects.filter(indicator_id__in=ids, period__in=keys)}
    reported = set(Realisasi.objects.filter(indicator_id__in=ids, year__in=years)
                   .values_list("indicator_id", "year").distinct())
    settings = None
    out: dict[tuple[int, str], Figure] = {}
    for indicator in indicators:
        for period in periods:
            row = targets.judged_by(indicator, period)
            raw = row.raw if row else ""
            result = stored.get((indicator.pk, period.key))
            if result is not None and result.target_raw == raw:
                out[(indicator.pk, period.key)] = Figure(
                    raw, result.realisasi_value, result.capaian if result.status == "ok" else None,
                    result.predicate or None, result.colour)
            elif (indicator.pk, period.year) in reported:
                settings = settings or settings_for(agency)
                judged = capaian_for(indicator, period, settings)
                band = judged.capaian.predicate
                out[(indicator.pk, period.key)] = Figure(
                    raw, judged.realisasi.value, judged.capaian.exact if judged.capaian.status == "ok" else None,
                    band.label if band else None, (band.colour or "") if band else "")
            else:
                out[(indicator.pk, period.key)] = Figure(raw, None, None, None)
    return out

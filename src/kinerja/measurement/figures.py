"""The read model: every figure a page, a dashboard, a document or the API shows, read from the stored
figures — never recomputed on the way out — with the workflow status of the realisasi behind it.

    figures(agency, indicators, periods, explain_them=False) -> {(indicator id, period key): FigureView}
    Targets(indicators, years)          every target row, by kind and period (PK, Rencana Aksi, Renstra)
    judged_against(agency, indicator, realisasi, target_raw)   a realisasi against another target (LKjIP)
    scale_of(agency), reporting_kind(indicator)

Costs a fixed number of queries whatever the number of indicators (the figures of the years asked, the
realisasi statuses, the scale; with ``explain``, the compiled formulas and the summed variables too).
Capaian is shown the same band-preserving way everywhere (:meth:`FigureView.capaian_shown`): two
decimals, more only where rounding would cross into another predicate (90,995% is Tinggi, not "91%").
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import FloatField
from django.db.models.functions import Cast

from kinerja.capaian.achievement import compute_capaian, format_percent_in_band, round_in_band
from kinerja.capaian.bands import Band, Scale
from kinerja.capaian.targets import parse_target
from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.derivation import Settings
from kinerja.derivation.explain import EXPLAINED, Explanation, StoredFigure, decimal, explain
from kinerja.derivation.figures import OK, Basis
from kinerja.errors import KinerjaError
from kinerja.measurement.models import Figure, Realisasi, VariableValue
from kinerja.measurement.models import Target as TargetRow
from kinerja.measurement.services.inputs import compiled_for, facts_of, own_kind
from kinerja.measurement.services.scales import scale_for, scales_of, settings_for
from kinerja.periods import Period, PeriodError, parse_period

STATUS = {0: "ok", 1: "unknown", 2: "undefined"}
S = Realisasi.Status
# The weakest workflow status of the realisasi behind a figure is its status (a year is verified only
# when every quarter it uses is).
_ORDER = ["", S.DRAFT, S.RETURNED, S.SUBMITTED, S.VERIFIED, S.LOCKED]
VERIFIED = frozenset({S.VERIFIED, S.LOCKED})


@dataclass(frozen=True)
class FigureView:
    """One indicator in one period, as shown and printed."""

    indicator_id: int
    period: Period
    scale: Scale = field(repr=False)
    target_raw: str = ""
    target_kind: str = ""
    value: Decimal | str | None = None            # the period's own value
    value_status: str = "unknown"
    realisasi: Decimal | str | None = None        # the realisasi the capaian is judged on
    realisasi_status: str = "unknown"
    cumulative: bool = False
    capaian: Decimal | None = None
    capaian_status: str = "unknown"
    predicate: Band | None = None
    workflow: str = ""                            # the weakest status of the realisasi behind it ("" none)
    stored: bool = False                          # False: no figure exists for this indicator and period
    explanation: Explanation | None = None

    @property
    def verified(self) -> bool:
        return self.workflow in VERIFIED

    @property
    def target(self) -> Decimal | str | None:
        """The target as a document cell: a number when it reads as one, else its text."""
        return target_value(self.target_raw)

    @property
    def undefined(self) -> bool:
        return self.realisasi_status == "undefined"

    def capaian_shown(self) -> Decimal | None:
        """The capaian rounded the band-preserving way (what every page and document prints)."""
        if self.capaian is None:
            return None
        return round_in_band(self.capaian, self.scale)

    def capaian_text(self, language: str = "id") -> str:
        return "–" if self.capaian is None else format_percent_in_band(self.capaian, self.scale, language)

    @property
    def capaian_text_id(self) -> str:
        return self.capaian_text("id")

    @property
    def capaian_text_en(self) -> str:
        return self.capaian_text("en")

    @property
    def predikat(self) -> str | None:
        """The predicate's stored (Indonesian) label, as documents print it."""
        return self.predicate.label if self.predicate else None

    @property
    def colour(self) -> str:
        return (self.predicate.colour or "") if self.predicate else ""

    def predicate_name(self, language: str = "id") -> str | None:
        return self.predicate.name(language) if self.predicate else None

    def explanation_text(self, language: str = "id") -> str:
        return self.explanation.text(language) if self.explanation else ""

    @property
    def explanation_id(self) -> str:
        return self.explanation_text("id")

    @property
    def explanation_en(self) -> str:
        return self.explanation_text("en")


def scale_of(agency: PerangkatDaerah) -> Scale:
    """The predicate scale in force for ``agency``."""
    return scale_for(agency)


def reporting_kind(indicator: Indicator) -> str:
    """The period kind ``indicator`` is reported per: year, semester, quarter or month."""
    return own_kind(indicator)


class Targets:
    """Every target row of some indicators for some years, by kind and period, read once."""

    def __init__(self, indicators: Iterable[Indicator], years: Iterable[int]) -> None:
        self.rows: dict[int, list[TargetRow]] = defaultdict(list)
        ids = [i.pk for i in indicators]
        for row in TargetRow.objects.filter(indicator_id__in=ids, year__in=sorted(set(years))):
            self.rows[row.indicator_id].append(row)

    def of_kind(self, indicator: Indicator, kinds: Sequence[str], period: Period) -> TargetRow | None:
        """The first target of ``kinds`` (in that order) set for ``period``."""
        by_kind = {r.kind: r for r in self.rows.get(indicator.pk, ()) if r.period == period.key}
        return next((by_kind[k] for k in kinds if k in by_kind), None)

    def renstra_end(self, indicator: Indicator) -> TargetRow | None:
        """The Renstra end target, else the Renstra target of the latest year loaded."""
        rows = self.rows.get(indicator.pk, ())
        end = [r for r in rows if r.kind == TargetRow.Kind.RENSTRA_END]
        if end:
            return max(end, key=lambda r: r.year)
        yearly = [r for r in rows if r.kind == TargetRow.Kind.RENSTRA and r.period == str(r.year)]
        return max(yearly, key=lambda r: r.year) if yearly else None


def judged_against(agency: PerangkatDaerah, indicator: Indicator, realisasi: Decimal | str | None,
                   target_raw: str | None) -> Decimal | None:
    """The capaian of ``realisasi`` against another target than its own (the LKjIP's realisasi to date
    against the Renstra end target), by the agency's settings; ``None`` when there is none."""
    if realisasi is None or not target_raw:
        return None
    settings = settings_for(agency)
    try:
        judged = compute_capaian(parse_target(target_raw), realisasi, polarity=indicator.polarity,
                                 convention=indicator.capaian_convention or agency.pemda.lower_is_better_convention,
                                 floor=settings.floor, ceiling=settings.ceiling, scale=settings.scale)
    except KinerjaError:
        return None
    return judged.exact if judged.status == "ok" else None


def target_value(raw: str | None) -> Decimal | str | None:
    """A target as a document cell: a number when it reads as one (so .xlsx gets a number), else the text."""
    if not raw:
        return None
    try:
        parsed = parse_target(raw)
    except KinerjaError:
        return raw
    return parsed.value if parsed.kind == "number" else raw


def _key(text: str) -> Period | None:
    try:
        return parse_period(text)
    except PeriodError:
        return None


def _weakest(statuses: Iterable[str]) -> str:
    found = [s for s in statuses]
    return min(found, key=_ORDER.index) if found else ""


def figures(agency: PerangkatDaerah, indicators: Sequence[Indicator], periods: Sequence[Period], *,
            explain_them: bool = False) -> dict[tuple[int, str], FigureView]:
    """(indicator id, period key) → :class:`FigureView` for every indicator and period asked; a pair
    with no stored figure gets an empty view (``stored`` False: nothing reported or promised there)."""
    years = sorted({p.year for p in periods})
    ids = [i.pk for i in indicators]
    wanted = set(ids)
    stored_scales = scales_of(agency.pemda_id)
    settings = settings_for(agency, stored_scales)
    rows = Figure.objects.filter(agency=agency, year__in=years)
    statuses = Realisasi.objects.filter(agency=agency, year__in=years)
    if len(ids) <= 500:
        rows = rows.filter(indicator_id__in=ids)
        statuses = statuses.filter(indicator_id__in=ids)
    by_year: dict[tuple[int, int], dict[Period, StoredFigure]] = defaultdict(dict)
    extra: dict[tuple[int, str], tuple[str, str, float | None, int, str]] = {}
    for indicator_id, key, target_kind, capaian, capaian_status, predicate, *explained in rows.values_list(
            "indicator_id", "period", "target_kind", "capaian", "capaian_status", "predicate", *EXPLAINED):
        period = _key(key)
        if indicator_id not in wanted or period is None:
            continue
        by_year[(indicator_id, period.year)][period] = StoredFigure(period, *explained)
        extra[(indicator_id, key)] = (target_kind, predicate, capaian, capaian_status, key)
    workflow: dict[tuple[int, Period], str] = {}
    for indicator_id, key, status in statuses.values_list("indicator_id", "period", "status"):
        period = _key(key)
        if period is not None:
            workflow[(indicator_id, period)] = status
    explainer = _Explainer(agency, indicators, settings, years) if explain_them else None
    bands = {b.label: b for b in settings.scale.bands}
    out: dict[tuple[int, str], FigureView] = {}
    by_id = {i.pk: i for i in indicators}
    for indicator_id in ids:
        for period in periods:
            siblings = by_year.get((indicator_id, period.year), {})
            stored = siblings.get(period)
            if stored is None:
                out[(indicator_id, period.key)] = FigureView(indicator_id, period, settings.scale)
                continue
            target_kind, predicate, capaian, capaian_status, _k = extra[(indicator_id, period.key)]
            used = _used(stored, siblings, by_id[indicator_id])
            out[(indicator_id, period.key)] = FigureView(
                indicator_id, period, settings.scale, stored.target_raw, target_kind,
                stored.value_text or decimal(stored.value) if stored.value_status == OK else None,
                STATUS[stored.value_status],
                (stored.value_text if stored.value_text and stored.basis == Basis.OWN and not stored.cumulative
                 else decimal(stored.realisasi)) if stored.realisasi_status == OK else None,
                STATUS[stored.realisasi_status], stored.cumulative,
                decimal(capaian) if capaian_status == OK else None, STATUS[capaian_status],
                bands.get(predicate) if predicate else None,
                _weakest(workflow.get((indicator_id, p), "") for p in used), True,
                explainer.explain(by_id[indicator_id], stored, siblings) if explainer else None)
    return out


def _used(figure: StoredFigure, siblings: dict[Period, StoredFigure], indicator: Indicator) -> list[Period]:
    """The own periods whose realisasi a figure was computed from."""
    if figure.basis == Basis.OWN and not figure.cumulative:
        return [figure.period]
    kind = own_kind(indicator)
    span = Period.of_year(figure.period.year) if figure.cumulative or figure.period.kind == "year" else figure.period
    upto = figure.period if figure.cumulative else None
    return [p for p in siblings if p.kind == kind and span.contains(p)
            and (upto is None or p.last_month <= upto.last_month)]


class _Explainer:
    """Writes explanations for one page's figures: the facts and summed variables load once."""

    def __init__(self, agency: PerangkatDaerah, indicators: Sequence[Indicator], settings: Settings,
                 years: list[int]) -> None:
        compiled = compiled_for(indicators)
        convention = agency.pemda.lower_is_better_convention
        self.facts = {i.pk: facts_of(i, compiled.get(i.pk), convention) for i in indicators}
        self.settings = settings
        self.keys: dict[int, str] = {}
        self.values: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
        recompute = [i.pk for i in indicators if i.aggregation == "recompute" and self.facts[i.pk].program]
        self.raw: dict[int, list[tuple[str, Period, float]]] = defaultdict(list)
        if recompute:
            rows = (VariableValue.objects.filter(agency=agency, realisasi__indicator_id__in=recompute,
                                                 realisasi__year__in=years)
                    .annotate(number=Cast("value", FloatField()))
                    .values_list("realisasi__indicator_id", "realisasi__period", "variable__key", "number"))
            for indicator_id, key, variable, number in rows:
                period = _key(key)
                if period is not None and number is not None:
                    self.raw[indicator_id].append((variable, period, number))

    def sums(self, indicator_id: int, figure: StoredFigure) -> dict[str, float] | None:
        facts = self.facts[indicator_id]
        if facts.program is None:
            return None
        span = Period.of_year(figure.period.year) if figure.cumulative or figure.period.kind == "year" \
            else figure.period
        upto = figure.period if figure.cumulative else None
        totals: dict[str, float] = {}
        for variable, period, number in self.raw.get(indicator_id, ()):
            if span.contains(period) and (upto is None or period.last_month <= upto.last_month):
                totals[variable] = totals.get(variable, 0.0) + number
        return {name: round(totals[name], 8) for name in facts.program.variables if name in totals}

    def explain(self, indicator: Indicator, figure: StoredFigure, siblings: dict[Period, StoredFigure]) -> Explanation:
        sums = self.sums(indicator.pk, figure) if figure.basis == Basis.RECOMPUTE else None
        return explain(self.facts[indicator.pk], self.settings, figure, siblings, sums)


def figure_of(indicator: Indicator, period: Period, *, explain_it: bool = True) -> FigureView:
    """One figure (the entry grid's answer after a save, a detail page)."""
    return figures(indicator.agency, [indicator], [period], explain_them=explain_it)[(indicator.pk, period.key)]

"""What the dashboards show: capaian per sasaran, predicates, trends, indicators at risk, missing
reports (for an agency, limited to the units a user reads), and agencies side by side (for a pemda).

Charts are the server-side SVGs of :mod:`kinerja.documents.charts`; figures come from the measurement
read model (:func:`kinerja.measurement.figures.figures`), like the documents', in a fixed number of
queries whatever the number of indicators.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from kinerja.capaian.bands import Scale
from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah
from kinerja.documents import charts
from kinerja.measurement.figures import FigureView, figures, reporting_kind, scale_of
from kinerja.measurement.models import Realisasi
from kinerja.measurement.models import Target as TargetRow
from kinerja.periods import Period, parse_period
from kinerja.reports.services.documents import PAST_YEARS, document_indicators


def _language() -> str:
    return get_language() or "id"


def _quarter_label(tahun: int, tw: int) -> str:
    """"TW I 2024" in Indonesian, "Q1 2024" in English (chart titles follow the page's language)."""
    return Period.quarter(tahun, tw).label(_language())


def _band_names(scale: Scale, language: str) -> dict[str, str]:
    """Stored (Indonesian) predicate label → the name shown in ``language``; colours stay keyed on the former."""
    return {b.label: b.name(language) for b in scale.bands}


def default_year(agencies: list[PerangkatDaerah]) -> int:
    """The latest year anything was reported or promised for, else this calendar year."""
    ids = [a.pk for a in agencies]
    years = [y for y in (Realisasi.objects.filter(agency_id__in=ids).order_by("-year").values_list("year", flat=True).first(),
                         TargetRow.objects.filter(agency_id__in=ids, kind__in=["pk", "pk_perubahan"])
                         .order_by("-year").values_list("year", flat=True).first()) if y]
    return max(years) if years else date.today().year


def default_quarter(agencies: list[PerangkatDaerah], tahun: int) -> int:
    """The quarter of ``tahun`` in which the latest reported period ends (TW I when nothing is)."""
    keys = (Realisasi.objects.filter(agency_id__in=[a.pk for a in agencies], year=tahun)
            .values_list("period", flat=True).distinct())
    ends = [parse_period(k).last_month for k in keys]
    return (max(ends) - 1) // 3 + 1 if ends else 1


def _mean(values: list[Decimal]) -> Decimal | None:
    return sum(values) / len(values) if values else None


@dataclass
class Row:
    indicator: Indicator
    figure: FigureView
    period: Period
    predikat_name: str | None = None  # the figure's predicate in the page's language


@dataclass
class Missing:
    indicator: Indicator
    periods: list[Period]


@dataclass
class AgencyDashboard:
    tahun: int
    triwulan: int
    indicator_count: int
    charts: dict[str, str] = field(default_factory=dict)   # name → SVG
    at_risk: list[Row] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    reported: int = 0


def _latest(indicator: Indicator, found: dict, quarter: Period, year: Period) -> tuple[Period, FigureView]:
    """The quarter's figure, or the year's for an indicator that has no quarterly capaian."""
    f = found[(indicator.pk, quarter.key)]
    if f.capaian is None and found[(indicator.pk, year.key)].capaian is not None:
        return year, found[(indicator.pk, year.key)]
    return quarter, f


def _expected(indicator: Indicator, tahun: int, tw: int) -> list[Period]:
    """The periods of ``tahun`` an indicator should have been reported for by the end of TW ``tw``."""
    kind = reporting_kind(indicator)
    last_month = tw * 3
    if kind == "year":
        return [Period.of_year(tahun)] if tw == 4 else []
    return [p for p in Period.of_year(tahun).children(kind) if p.last_month <= last_month]


def _reported(found: dict, indicator: Indicator, period: Period) -> bool:
    """A period counts as reported when its realisasi gives a value (entered and computable)."""
    figure = found.get((indicator.pk, period.key))
    return figure is not None and figure.value_status == "ok"


def agency_dashboard(agency: PerangkatDaerah, indicators: list[Indicator], tahun: int, tw: int) -> AgencyDashboard:
    board = AgencyDashboard(tahun, tw, len(indicators))
    if not indicators:
        return board
    quarters = list(Period.of_year(tahun).children("quarter"))
    years = [Period.of_year(y) for y in range(tahun - PAST_YEARS, tahun + 1)]
    months = [m for m in Period.of_year(tahun).children("month")]
    found = figures(agency, indicators, quarters + years + months)
    quarter, year = Period.quarter(tahun, tw), Period.of_year(tahun)
    scale = scale_of(agency)
    language = _language()
    names = _band_names(scale, language)

    latest = []
    for i in indicators:
        period, figure = _latest(i, found, quarter, year)
        latest.append(Row(i, figure, period))
    by_sasaran: dict[str, list[Decimal]] = {}
    for row in latest:
        label = row.indicator.objective.text if row.indicator.objective_id else _("(tanpa sasaran)")
        values = by_sasaran.setdefault(label, [])
        if row.figure.capaian is not None:
            values.append(row.figure.capaian)
    bars = []
    for label, values in by_sasaran.items():
        mean = _mean(values)
        band = scale.classify(mean) if mean is not None else None
        bars.append(charts.Bar(label, mean, band.label if band else None, band.name(language) if band else None))
    colours = {b.label: b.colour for b in scale.bands if b.colour}
    board.charts["capaian"] = charts.capaian_chart(bars, _("Capaian per sasaran, %(period)s") % {
                                                       "period": _quarter_label(tahun, tw)},
                                                   colours or None, language)
    no_capaian = _("Belum ada capaian")
    counts = Counter(r.figure.predikat or no_capaian for r in latest)
    order = [b.label for b in sorted(scale.bands, key=lambda b: -(b.min if b.min is not None else Decimal("-1e9")))]
    board.charts["predikat"] = charts.predicate_distribution(
        {label: counts.get(label, 0) for label in order + [no_capaian]},
        ngettext("Sebaran predikat (%(n)s indikator)", "Sebaran predikat (%(n)s indikator)", len(latest))
        % {"n": len(latest)},
        colours or None, language, names)
    # the axis already says the year: "TW I" / "Q1"
    quarterly = [(_quarter_label(tahun, q.index).rsplit(" ", 1)[0], _mean([found[(i.pk, q.key)].capaian for i in indicators
                                                                 if found[(i.pk, q.key)].capaian is not None]))
                 for q in quarters]
    board.charts["tren_triwulan"] = charts.trend_chart(
        [charts.Series(_("Rata-rata capaian"), quarterly)], _("Tren capaian triwulanan %(tahun)s") % {"tahun": tahun},
        language=language)
    yearly = [(str(y.year), _mean([found[(i.pk, y.key)].capaian for i in indicators
                                   if found[(i.pk, y.key)].capaian is not None])) for y in years]
    board.charts["tren_tahun"] = charts.trend_chart(
        [charts.Series(_("Rata-rata capaian tahunan"), yearly)],
        _("Tren capaian %(first)s–%(last)s") % {"first": years[0].year, "last": tahun}, language=language)

    board.at_risk = sorted((Row(i, f, quarter, names.get(f.predikat or "", f.predikat)) for i in indicators
                            if (f := found[(i.pk, quarter.key)]).capaian is not None and f.capaian < 100),
                           key=lambda r: r.figure.capaian)
    for i in indicators:
        gaps = [p for p in _expected(i, tahun, tw) if not _reported(found, i, p)]
        if gaps:
            board.missing.append(Missing(i, gaps))
    board.reported = sum(1 for r in latest if r.figure.capaian is not None)
    return board


@dataclass
class AgencyLine:
    agency: PerangkatDaerah
    indicators: int
    with_capaian: int
    mean: Decimal | None
    predikat: str | None
    missing: int
    predikat_name: str | None = None  # the predicate in the page's language


def pemda_dashboard(pemda: Pemda, agencies: list[PerangkatDaerah], tahun: int, tw: int) -> tuple[list[AgencyLine], str | None]:
    """Each agency's PK indicators (IKU) at TW ``tw``: mean capaian, predicate, reports missing."""
    lines = []
    language = _language()
    for agency in agencies:
        indicators = document_indicators(agency, tahun)
        if not indicators:
            lines.append(AgencyLine(agency, 0, 0, None, None, 0))
            continue
        quarter, year = Period.quarter(tahun, tw), Period.of_year(tahun)
        expected = sorted({p for i in indicators for p in _expected(i, tahun, tw)})
        found = figures(agency, indicators, sorted({quarter, year, *expected}))
        values = [f.capaian for i in indicators if (f := _latest(i, found, quarter, year)[1]).capaian is not None]
        mean = _mean(values)
        band = scale_of(agency).classify(mean) if mean is not None else None
        missing = sum(1 for i in indicators for p in _expected(i, tahun, tw) if not _reported(found, i, p))
        lines.append(AgencyLine(agency, len(indicators), len(values), mean, band.label if band else None, missing,
                                band.name(language) if band else None))
    chart = None
    if lines:
        chart = charts.agencies_chart([charts.Bar(line.agency.short_name or line.agency.name, line.mean, line.predikat,
                                                  line.predikat_name) for line in lines],
                                      _("Rata-rata capaian IKU, %(period)s") % {"period": _quarter_label(tahun, tw)},
                                      language=language)
    return lines, chart

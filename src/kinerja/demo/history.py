"""The demo agency's measured history, so a fresh install shows dashboards, capaian and gaps: Renstra 2022–2026, PK and Rencana Aksi targets, and
realisasi for 2022–2025 (TW IV 2025 left open for some indicators, so dashboards have something missing
and something behind), all figures computed by the derivation engine the application runs."""
from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.measurement.models import Realisasi, Renstra, VariableValue
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.measurement.services.inputs import PERIOD_KIND_OF, Inputs, inputs_for
from kinerja.measurement.services.targets import set_target
from kinerja.periods import Period

TAHUN = 2025
YEARS = (2022, 2023, 2024, 2025)


def _periods(indicator: Indicator, year: int) -> list[Period]:
    kind = PERIOD_KIND_OF[indicator.period_type]
    return [Period.of_year(year)] if kind == "year" else list(Period.of_year(year).children(kind))


def _number(value: Decimal) -> str:
    """A target as a planner types it; two decimals at most, so "12.345" is never read as 12345."""
    if abs(value) < 1:
        return f"{value:.6f}"  # "0.000347": a leading zero is never read as a thousands group
    value = value.quantize(Decimal("0.01"))
    return str(int(value)) if value == value.to_integral() else f"{value:.2f}"


def _yearly_target(indicator: Indicator) -> str:
    """10% for growth, 80% for another percentage; otherwise 10% above what the indicator reached in its first year, so the
    demo's capaian stay in a believable range whatever the formula's scale."""
    if (indicator.formula or {}).get("kind") == "growth_percent":
        return "10"
    if indicator.satuan.strip() == "%":
        return "80"
    first = [Decimal(repr(v)) for v in indicator.figures.filter(
        period__in=[p.key for p in _periods(indicator, YEARS[0])], value__isnull=False).values_list("value", flat=True)]
    if not first:
        return "120"
    typical = sum(first) / len(first) if indicator.aggregation != Indicator.Aggregation.SUM else sum(first)
    return _number(abs(typical) * Decimal("1.1"))


def measure(agency: PerangkatDaerah, *, units_named: str = "Penempatan", skip_last_quarter_every: int = 3) -> None:
    """Targets and realisasi for the active IKU of ``agency`` and the indicators of units whose name
    contains ``units_named`` (the rest stays unreported, as in a real first year); PK targets for the
    IKU only. Idempotent per indicator."""
    Renstra.objects.get_or_create(agency=agency, first_year=2022, defaults={"length": 5})
    indicators = list(Indicator.objects.filter(agency=agency, is_active=True)
                      .filter(Q(jenis=Indicator.Jenis.IKU) | Q(unit__name__icontains=units_named)).order_by("pk"))
    measured = []
    for n, ind in enumerate(indicators):
        if ind.targets.exists():
            continue
        measured.append(ind)
        inputs = inputs_for(ind)
        for year in YEARS:
            for i, period in enumerate(_periods(ind, year)):
                last = period.kind != "year" and period.index == 12 // period.months
                if year == TAHUN and last and n % skip_last_quarter_every == 0:
                    continue
                base = 30 + 5 * (year - 2022) + 3 * i + n % 7
                _enter(ind, inputs, period, base)
        recompute_indicators([ind])  # the yearly target is set from what the first year reached
        raw = _yearly_target(ind)
        set_target(ind, "renstra_end", Period.of_year(2026), _number(Decimal(raw) * Decimal("1.125")))
        for year in YEARS:
            set_target(ind, "renstra", Period.of_year(year), raw)
            if ind.jenis == Indicator.Jenis.IKU:
                set_target(ind, "pk", Period.of_year(year), raw)
        summed = ind.aggregation == Indicator.Aggregation.SUM
        for q in Period.of_year(TAHUN).children("quarter"):
            quarter = _number(Decimal(raw) * q.index / 4) if summed else raw
            set_target(ind, "rencana_aksi", q, quarter, cumulative=summed)
    recompute_indicators(measured)


def _enter(indicator: Indicator, inputs: Inputs, period: Period, base: int) -> None:
    """A verified realisasi stored the way the entry service stores one (its figures are computed once
    per indicator by the caller, which is what makes this quick enough for a fixture)."""
    # Submitted four days after the period closed (every fifth one three weeks late), verified three
    # days later: a verified row always says when, and the Evaluasi AKIP reads how timely they were.
    closed = date(period.year, period.last_month, calendar.monthrange(period.year, period.last_month)[1])
    submitted = timezone.make_aware(datetime.combine(closed + timedelta(days=25 if base % 5 == 0 else 4), time(10)))
    r = Realisasi(agency_id=indicator.agency_id, indicator=indicator, period=period.key, year=period.year,
                  status=Realisasi.Status.VERIFIED, version=1, complete=True,
                  submitted_at=submitted, verified_at=submitted + timedelta(days=3))
    if inputs.direct:
        r.direct_raw, r.direct_value = str(base), Decimal(base)
    r.save()
    decreasing = (indicator.formula or {}).get("kind") == "difference"
    for k, var in enumerate(inputs.variables):
        if decreasing:
            value = base + 60 if k == 0 else base // (k + 1)
        else:
            value = base if k == 0 else base + 20 + 10 * k
        VariableValue.objects.create(agency_id=indicator.agency_id, realisasi=r, variable=var, value=value,
                                     raw=str(value))

"""Capaian from stored rows: which target applies, which realisasi (quarters rolled into a year), which
scale and convention, and the stored :class:`CapaianResult` with its explanation.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from kinerja.capaian.achievement import Capaian, CapaianSettings, Undefined
from kinerja.capaian.aggregate import aggregate, expected_periods, sum_variables
from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.capaian.periods import MONTHS_IN, Period, parse_period
from kinerja.capaian.targets import Target, parse_target
from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah
from kinerja.measurement.errors import MeasurementError
from kinerja.measurement.models import CapaianBand, CapaianResult, CapaianScale, Realisasi, Renstra, VariableValue
from kinerja.measurement.models import Target as TargetRow
from kinerja.numbers import format_number
from kinerja.measurement.services import engine
from kinerja.measurement.services.entry import PERIOD_KIND_OF, variable_history

T = TargetRow.Kind


# --- scales ---------------------------------------------------------------------------------------

def to_scale(row: CapaianScale) -> Scale:
    """The pure :class:`Scale` of a stored scale (raises ScaleError when its bands overlap)."""
    return Scale(row.name, tuple(
        Band(b.min, b.min_inclusive if b.min is not None else False, b.max,
             b.max_inclusive if b.max is not None else False, b.label, b.meaning, b.colour or None,
             b.label_en or None)
        for b in row.bands.all()))


def scale_for(agency: PerangkatDaerah) -> Scale:
    """The agency's own scale, else its pemda's default, else Permendagri 86/2017."""
    rows = {s.agency_id: s for s in CapaianScale.objects.filter(pemda_id=agency.pemda_id)
            .filter(agency__isnull=True) | CapaianScale.objects.filter(agency=agency)}
    row = rows.get(agency.pk) or rows.get(None)
    return to_scale(row) if row else PERMENDAGRI_86_2017


def store_scale(pemda: Pemda, scale: Scale, agency: PerangkatDaerah | None = None) -> CapaianScale:
    """Save ``scale`` as the pemda default (or the agency's own), replacing the bands it had."""
    with transaction.atomic():
        row, _ = CapaianScale.objects.update_or_create(pemda=pemda, agency=agency, defaults={"name": scale.name})
        for band in row.bands.all():
            band.delete()
        for order, band in enumerate(scale.ordered()[::-1]):
            CapaianBand.objects.create(scale=row, order=order, label=band.label, label_en=band.label_en or "",
                                       meaning=band.meaning, min=band.min, min_inclusive=band.min_inclusive,
                                       max=band.max, max_inclusive=band.max_inclusive, colour=band.colour or "")
    return row


def settings_for(agency: PerangkatDaerah, scale: Scale | None = None) -> CapaianSettings:
    pemda = agency.pemda
    return CapaianSettings(convention=pemda.lower_is_better_convention, floor=pemda.capaian_floor,
                           ceiling=pemda.capaian_ceiling, scale=scale or scale_for(agency))


# --- targets --------------------------------------------------------------------------------------

def set_target(indicator: Indicator, kind: str, period: Period, raw: str, *, cumulative: bool = False,
               reason: str = "", decree_number: str = "", renstra: Renstra | None = None) -> TargetRow:
    """Store a target as written and as read; a PK Perubahan keeps the original PK and names it."""
    parsed = parse_target(raw)
    revises = None
    if kind == T.PK_PERUBAHAN:
        revises = TargetRow.objects.filter(indicator=indicator, kind=T.PK, period=period.key).first()
        if revises is None or not reason.strip() or not decree_number.strip():
            raise MeasurementError("PK Perubahan memerlukan target PK awal, alasan, dan nomor keputusan.",
                                   "A PK Perubahan needs the original PK target, a reason and a decree number.")
    row, _ = TargetRow.objects.update_or_create(
        indicator=indicator, kind=kind, period=period.key,
        defaults=dict(agency_id=indicator.agency_id, year=period.year, raw=raw, parsed=parsed.to_json(),
                      cumulative=cumulative, reason=reason, decree_number=decree_number, revises=revises,
                      renstra=renstra))
    return row


def target_row_for(indicator: Indicator, period: Period, rows: Iterable[TargetRow] | None = None) -> TargetRow | None:
    """The target a realisasi of ``period`` is judged against: Rencana Aksi below a year; for a year the
    PK Perubahan, else the PK, else the Renstra target of that year."""
    if rows is None:
        rows = TargetRow.objects.filter(indicator=indicator, period=period.key)
    by_kind = {r.kind: r for r in rows if r.period == period.key}
    order = [T.RENCANA_AKSI] if period.kind != "year" else [T.PK_PERUBAHAN, T.PK, T.RENSTRA, T.RENSTRA_END]
    return next((by_kind[k] for k in order if k in by_kind), None)


def read_target(row: TargetRow | None) -> Target | None:
    return None if row is None else parse_target(row.raw)


# --- realisasi for a period -----------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodValue:
    """A realisasi for a period. ``undefined`` is set when it was computed but has no value (its formula
    divided by zero): then ``value`` is ``None`` and the capaian says "tidak terdefinisi", not
    "not reported"."""

    value: Decimal | str | None
    explanation_id: str = ""
    explanation_en: str = ""
    undefined: Undefined | None = None

    @property
    def for_capaian(self) -> Decimal | str | Undefined | None:
        return self.undefined or self.value


def realisasi_value(indicator: Indicator, period: Period, *, cumulative: bool = False) -> PeriodValue:
    """The realisasi of ``indicator`` for ``period``: its own row when the indicator is reported per
    ``period``'s kind, else its sub-periods combined by the indicator's rule (from the start of the year
    up to ``period`` when a quarterly target is cumulative)."""
    own_kind = PERIOD_KIND_OF.get(indicator.period_type, "quarter")
    if own_kind == period.kind and not (cumulative and period.kind != "year"):
        r = Realisasi.objects.filter(indicator=indicator, period=period.key).first()
        if r is not None and r.value_status == Realisasi.ValueStatus.UNDEFINED:
            return PeriodValue(None, undefined=_undefined_reason(indicator, r))
        ok = r is not None and r.value_status == Realisasi.ValueStatus.OK
        return PeriodValue((r.value_label or r.value) if ok else None)
    span = Period.of_year(period.year) if cumulative and period.kind != "year" else period
    upto = period if span != period else None
    if MONTHS_IN[own_kind] >= span.months:
        return PeriodValue(None, f"Indikator {indicator.get_period_type_display().lower()} tidak punya nilai untuk "
                           f"{period.label()}.", f"A {indicator.period_type} indicator has no value for "
                           f"{period.label('en')}.")
    parts = expected_periods(span, own_kind, upto)
    rows = {r.period: r for r in Realisasi.objects.filter(indicator=indicator, period__in=[p.key for p in parts])}
    inputs = engine.inputs_for(indicator)
    rule = indicator.aggregation
    note_id = note_en = ""
    if rule == Indicator.Aggregation.RECOMPUTE:
        if not inputs.direct:
            return _recomputed(indicator, inputs, span, own_kind, upto, period)
        rule = "last" if indicator.satuan.strip() == "%" else "sum"
        note_id = (f"Tanpa variabel dasar, nilai tidak dapat dihitung ulang; dipakai "
                   f"{'nilai terakhir' if rule == 'last' else 'jumlah'} sesuai satuan. ")
        note_en = f"Without base variables the value cannot be recomputed; the {rule} is used, from the unit. "
    needed = parts[-1:] if rule == "last" else parts
    undefined = [p for p in needed if p.key in rows and rows[p.key].value_status == Realisasi.ValueStatus.UNDEFINED]
    if undefined:
        reasons = [(p, _undefined_reason(indicator, rows[p.key])) for p in undefined]
        return PeriodValue(None, note_id, note_en, Undefined(
            "; ".join(f"{p.label()}: {u.reason_id}" for p, u in reasons),
            "; ".join(f"{p.label('en')}: {u.reason_en}" for p, u in reasons)))
    values = {p: (rows[p.key].value if p.key in rows and rows[p.key].value_status == "ok" else None) for p in parts}
    result = aggregate(span, values, rule, child_kind=own_kind, upto=upto)
    return PeriodValue(result.value, note_id + result.explanation_id, note_en + result.explanation_en)


def _recomputed(indicator: Indicator, inputs: engine.Inputs, span: Period, own_kind: str, upto: Period | None,
                period: Period) -> PeriodValue:
    """The ratio of sums: every base variable summed over the span (and over earlier years, for
    ``x[n-1]``), then the formula evaluated once on the sums."""
    keys = [v.key for v in inputs.variables]
    by_period: dict[Period, dict[str, Decimal]] = {}
    for key, period_key, value in (VariableValue.objects
                                   .filter(realisasi__indicator=indicator, variable__key__in=keys,
                                           realisasi__year__lte=span.year)
                                   .values_list("variable__key", "realisasi__period", "value")):
        by_period.setdefault(parse_period(period_key), {})[key] = value
    data: dict[str, dict[Period, float]] = {k: {} for k in keys}
    summed = None
    for year in sorted({p.year for p in by_period} | {span.year}):
        whole = span if year == span.year else Period.of_year(year)
        sums = sum_variables(whole, {p: v for p, v in by_period.items() if p.year == year and p.kind == own_kind},
                             child_kind=own_kind, upto=upto if year == span.year else None)
        if year == span.year:
            summed = sums
        for key in keys:
            if sums.sums.get(key) is not None:
                data[key][whole] = float(sums.sums[key])
    assert summed is not None
    if any(summed.sums.get(k) is None for k in keys):
        missing = sorted({p for k in keys for p in summed.missing.get(k, ())} or set(expected_periods(span, own_kind, upto)))
        return PeriodValue(None, f"{summed.note_id} Belum lengkap: {', '.join(p.label() for p in missing)} "
                           f"(tidak dianggap 0).", f"{summed.note_en} Incomplete: "
                           f"{', '.join(p.label('en') for p in missing)} (not taken as 0).")
    result = engine.compute_value(inputs, data, span)
    sums_id = ", ".join(f"{k} = {format_number(summed.sums[k])}" for k in keys)
    sums_en = ", ".join(f"{k} = {format_number(summed.sums[k], language='en')}" for k in keys)
    if result.value is None:
        undefined = Undefined(result.reason_id, result.reason_en) if result.status == "undefined" else None
        return PeriodValue(None, f"{summed.note_id} {sums_id}." + ("" if undefined else f" {result.reason_id}"),
                           f"{summed.note_en} {sums_en}." + ("" if undefined else f" {result.reason_en}"),
                           undefined)
    return PeriodValue(result.value, f"{summed.note_id} {sums_id} → {format_number(result.value)}.",
                       f"{summed.note_en} {sums_en} → {format_number(result.value, language='en')}.")


def _undefined_reason(indicator: Indicator, r: Realisasi) -> Undefined:
    """Why the stored realisasi ``r`` is undefined, in both languages: asked again of the formula
    engine, since the row keeps one combined text."""
    inputs = engine.inputs_for(indicator)
    if not inputs.direct:
        keys = [v.key for v in inputs.variables]
        result = engine.compute_value(inputs, variable_history(indicator, keys), parse_period(r.period))
        if result.status == "undefined" and result.reason_id:
            return Undefined(result.reason_id, result.reason_en)
    text = r.value_reason or "nilai tidak dapat dihitung / the value cannot be computed"
    return Undefined(text, text)


# --- capaian --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Judged:
    """A capaian with the realisasi it was computed from (and how that realisasi was obtained)."""

    capaian: Capaian
    realisasi: PeriodValue
    target: TargetRow | None

    @property
    def explanation_id(self) -> str:
        return " ".join(t for t in (self.realisasi.explanation_id, self.capaian.explanation_id) if t)

    @property
    def explanation_en(self) -> str:
        return " ".join(t for t in (self.realisasi.explanation_en, self.capaian.explanation_en) if t)


def capaian_for(indicator: Indicator, period: Period, settings: CapaianSettings | None = None) -> Judged:
    """The capaian of ``indicator`` for ``period`` from stored targets and realisasi."""
    settings = settings or settings_for(indicator.agency)
    row = target_row_for(indicator, period)
    rv = realisasi_value(indicator, period, cumulative=bool(row and row.cumulative))
    capaian = settings.compute(read_target(row), rv.for_capaian, polarity=indicator.polarity,
                               convention=indicator.capaian_convention or None)
    return Judged(capaian, rv, row)


def store_result(indicator: Indicator, period: Period, judged: Judged) -> CapaianResult:
    capaian, band = judged.capaian, judged.capaian.predicate
    result, _ = CapaianResult.objects.update_or_create(
        indicator=indicator, period=period.key,
        defaults=dict(agency_id=indicator.agency_id, year=period.year,
                      realisasi_value=judged.realisasi.value if isinstance(judged.realisasi.value, Decimal) else None,
                      target_raw=judged.target.raw if judged.target else "",
                      capaian=capaian.exact, status=capaian.status, predicate=band.label if band else "",
                      colour=(band.colour or "") if band else "", convention=capaian.convention,
                      explanation_id=judged.explanation_id, explanation_en=judged.explanation_en))
    return result


def refresh_results(indicator: Indicator, period: Period) -> list[CapaianResult]:
    """Recompute every stored capaian a change to ``period`` can move: its year's sub-periods and the year."""
    settings = settings_for(indicator.agency)
    own_kind = PERIOD_KIND_OF.get(indicator.period_type, "quarter")
    year = Period.of_year(period.year)
    periods = ([year] if own_kind == "year" else list(year.children(own_kind)) + [year])
    return [store_result(indicator, p, capaian_for(indicator, p, settings)) for p in periods]

"""Entering realisasi: an operator's rows, and saving one row safely.

A save is all-or-nothing: every value is read and checked first, the version the form started from is
claimed with one conditional UPDATE (so two people saving the same row cannot both win, on SQLite and
PostgreSQL alike), then the values are written through ``save()`` so the audit trail records them, and
every figure of the indicator is recomputed in the same transaction (entry → derive → store).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from kinerja.accounts.access import Scope
from kinerja.audit.context import with_reason
from kinerja.capaian.validation import check_realisasi
from kinerja.catalog.models import Indicator, Unit
from kinerja.errors import KinerjaError
from kinerja.measurement.errors import ConflictError, InvalidEntry, LockedPeriodError, MeasurementError, ValueProblem
from kinerja.measurement.figures import FigureView, figures
from kinerja.measurement.models import Realisasi, ReportingPeriod, Target, VariableValue
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.measurement.services.inputs import PERIOD_KIND_OF, Inputs, inputs_for, inputs_of
from kinerja.periods import Period, parse_period

EDITABLE = (Realisasi.Status.DRAFT, Realisasi.Status.RETURNED)
DIRECT_FIELD = "nilai"


def period_of(text: str) -> Period:
    try:
        return parse_period(text)
    except KinerjaError as exc:
        raise MeasurementError(exc.message_id, exc.message_en) from None


def is_locked(agency_id: int, period: Period) -> bool:
    return ReportingPeriod.objects.filter(agency_id=agency_id, period=period.key, locked=True).exists()


@dataclass
class EntryRow:
    indicator: Indicator
    inputs: Inputs
    realisasi: Realisasi | None
    values: dict[str, VariableValue] = field(default_factory=dict)
    figure: FigureView | None = None       # this period's figure
    last_year: FigureView | None = None    # the same period a year earlier

    @property
    def version(self) -> int:
        return self.realisasi.version if self.realisasi else 0

    @property
    def fields(self) -> list[tuple[str, str, str, str]]:
        """(input name, label, satuan, text as last saved) for each input of the row."""
        if self.inputs.direct:
            return [(DIRECT_FIELD, "Nilai", self.indicator.satuan, self.realisasi.direct_raw if self.realisasi else "")]
        return [(v.key, v.phrase, v.satuan, self.values[v.key].raw if v.key in self.values else "")
                for v in self.inputs.variables]

    @property
    def editable(self) -> bool:
        return self.realisasi is None or self.realisasi.status in EDITABLE


def entry_indicators(unit: Unit, period: Period):
    """The active indicators reported by ``unit`` (or a unit under it) for periods of ``period``'s kind."""
    kinds = [k for k, v in PERIOD_KIND_OF.items() if v == period.kind]
    return (Indicator.objects.filter(agency_id=unit.agency_id, is_active=True, period_type__in=kinds,
                                     unit__path__startswith=unit.path)
            .select_related("unit", "objective").order_by("unit__path", "order", "pk"))


def entry_rows(unit: Unit, period: Period) -> list[EntryRow]:
    """One row per indicator of the unit: its inputs, the current realisasi, its figure and last year's."""
    indicators = list(entry_indicators(unit, period).select_related("agency__pemda"))
    ids = [i.pk for i in indicators]
    last = period.shifted(-(12 // period.months))
    current = {r.indicator_id: r for r in Realisasi.objects.filter(indicator_id__in=ids, period=period.key)}
    values: dict[int, dict[str, VariableValue]] = {}
    for vv in VariableValue.objects.filter(realisasi__in=list(current.values())).select_related("variable"):
        values.setdefault(vv.realisasi_id, {})[vv.variable.key] = vv
    inputs = inputs_of(indicators)
    shown = figures(unit.agency, indicators, [period, last], explain_them=True) if indicators else {}
    rows = []
    for ind in indicators:
        r = current.get(ind.pk)
        rows.append(EntryRow(ind, inputs[ind.pk], r, values.get(r.pk, {}) if r else {},
                             shown.get((ind.pk, period.key)), shown.get((ind.pk, last.key))))
    return rows


def _read_value(raw: str, field_name: str, satuan: str, label: str, confirmed: bool,
                kind: str | None = None) -> Decimal | str | None:
    check = check_realisasi(raw, satuan, kind)
    for problem in check.errors:
        raise ValueProblem(f"{label}: {problem.message_id}", f"{label}: {problem.message_en}", field=field_name)
    if check.confirmations and not confirmed:
        problem = check.confirmations[0]
        raise ValueProblem(f"{label}: {problem.message_id}", f"{label}: {problem.message_en}", field=field_name,
                           needs_confirmation=True)
    return check.value


def read_entry(inputs: Inputs, satuan: str, raw_values: Mapping[str, str], confirmed: bool,
               *, predicate: bool = False) -> dict[str, tuple[str, Decimal | str | None]]:
    """Every input of a row read and checked: field → (raw text, value). Raises :class:`InvalidEntry`."""
    problems: list[ValueProblem] = []
    read: dict[str, tuple[str, Decimal | None]] = {}
    fields = ([(DIRECT_FIELD, satuan, DIRECT_FIELD, "predicate" if predicate else None)] if inputs.direct else
              [(v.key, v.satuan, v.phrase, None) for v in inputs.variables])
    for name, unit_of_measure, label, kind in fields:
        raw = str(raw_values.get(name, "") or "").strip()
        try:
            read[name] = (raw, _read_value(raw, name, unit_of_measure, label, confirmed, kind))
        except ValueProblem as problem:
            problems.append(problem)
    if problems:
        raise InvalidEntry(problems)
    return read


def is_complete(inputs: Inputs, read: Mapping[str, tuple[str, Decimal | str | None]]) -> bool:
    """Every input of the row has a value (what submitting needs; the value may still be undefined)."""
    return all(value is not None for _raw, value in read.values()) and bool(read)


def takes_predicate(indicator: Indicator, period: Period) -> bool:
    """A direct realisasi is a predicate ("WTP") when the target it is judged against is one."""
    return Target.objects.filter(indicator=indicator, year=period.year, parsed__kind="predicate").exists()


@dataclass
class SaveResult:
    realisasi: Realisasi
    created: bool
    figure: FigureView | None = None


def save_entry(user, indicator: Indicator, period: Period, raw_values: Mapping[str, str], *, version: int | None,
               confirmed: bool = False, note: str | None = None, correction_reason: str = "",
               recompute: bool = True) -> SaveResult:
    """Save one row of the entry grid for ``user``; refuses with a :class:`MeasurementError` subclass.

    ``user=None`` is the trusted command line (``kinerja measurements load`` without ``--user``): no
    role is checked, the audit names the command. ``version=None`` takes the row as it is (a load).
    ``recompute=False`` leaves the figures to the caller, which recomputes once for many saves."""
    scope = Scope.of(user) if user is not None else None
    locked = is_locked(indicator.agency_id, period)
    if locked and scope is not None:
        if not scope.can_verify(indicator.agency):
            raise LockedPeriodError(f"Periode {period.label()} sudah dikunci; perubahan hanya oleh perencana "
                                    f"dengan alasan koreksi.",
                                    f"{period.label('en')} is locked; only the planner may correct it, with a reason.")
    if locked and not correction_reason.strip():
        raise LockedPeriodError("Koreksi setelah periode dikunci memerlukan alasan.",
                                "A correction after the period is locked needs a reason.")
    if scope is not None and not locked and not scope.can_enter_realisasi(indicator.unit):
        raise MeasurementError("Anda bukan operator unit penanggung jawab indikator ini.",
                               "You are not an operator of the unit responsible for this indicator.")
    expected_kind = PERIOD_KIND_OF.get(indicator.period_type)
    if expected_kind != period.kind:
        raise MeasurementError(f"Indikator ini dilaporkan per {indicator.get_period_type_display().lower()}, "
                               f"bukan untuk {period.label()}.",
                               f"This indicator is reported per {indicator.period_type}, not for {period.label('en')}.")
    inputs = inputs_for(indicator)
    read = read_entry(inputs, indicator.satuan, raw_values, confirmed, predicate=takes_predicate(indicator, period))
    with transaction.atomic(), with_reason(correction_reason.strip()):
        realisasi, created = _claim(indicator, period, version, locked)
        if inputs.direct:
            realisasi.direct_raw, direct = read[DIRECT_FIELD]
            realisasi.direct_value = direct if isinstance(direct, Decimal) else None
            realisasi.value_label = direct if isinstance(direct, str) else ""
        else:
            existing = {vv.variable_id: vv for vv in realisasi.values.all()} if not created else {}
            for var in inputs.variables:
                raw, value = read[var.key]
                vv = existing.get(var.pk) or VariableValue(realisasi=realisasi, variable=var,
                                                           agency_id=indicator.agency_id)
                if vv.pk is None or vv.raw != raw or vv.value != value:
                    vv.raw, vv.value = raw, value
                    vv.save()
        if note is not None:
            realisasi.note = note
        realisasi.complete = is_complete(inputs, read)
        realisasi.save()
        if not recompute:
            return SaveResult(realisasi, created)
        recompute_indicators([indicator])
        figure = figures(indicator.agency, [indicator], [period], explain_them=True)[(indicator.pk, period.key)]
        check_computed(figure, indicator, confirmed)
    return SaveResult(realisasi, created, figure)


def check_computed(figure: FigureView, indicator: Indicator, confirmed: bool) -> None:
    """The computed indicator value gets the same checks as a typed one (a % above 100 asks first); a
    refusal rolls the whole save back."""
    if confirmed or not isinstance(figure.value, Decimal):
        return
    problems = check_realisasi(figure.value, indicator.satuan).confirmations
    if problems:
        p = problems[0]
        raise InvalidEntry([ValueProblem(f"Hasil perhitungan: {p.message_id}", f"Computed value: {p.message_en}",
                                         field=DIRECT_FIELD, needs_confirmation=True)])


def _claim(indicator: Indicator, period: Period, version: int | None, locked: bool) -> tuple[Realisasi, bool]:
    """The realisasi row at ``version``, its version bumped; a stale version is a :class:`ConflictError`."""
    current = Realisasi.objects.filter(indicator=indicator, period=period.key).first()
    if version is None:
        version = current.version if current else 0
    if current is None:
        if version != 0:
            raise _conflict(0)
        try:
            with transaction.atomic():
                realisasi = Realisasi.objects.create(indicator=indicator, agency_id=indicator.agency_id,
                                                     period=period.key, year=period.year, version=1)
        except IntegrityError:
            raise _conflict(Realisasi.objects.get(indicator=indicator, period=period.key).version) from None
        realisasi.indicator = indicator
        return realisasi, True
    if current.version != version:  # someone saved or moved it on since the page was opened
        raise _conflict(current.version)
    if not locked and current.status not in EDITABLE:
        raise MeasurementError(f"Realisasi berstatus '{current.get_status_display()}' tidak dapat diubah; "
                               f"minta perencana mengembalikannya.",
                               f"A realisasi with status '{current.status}' cannot be changed; "
                               f"ask the planner to return it.")
    # The version and, unless a planner corrects a locked period, an editable status: a submit that got in
    # first moved both, so this save is refused rather than changing a submitted row.
    guard = {} if locked else {"status__in": EDITABLE}
    now = timezone.now()
    claimed = Realisasi.objects.filter(pk=current.pk, version=version, **guard).update(
        version=F("version") + 1, updated_at=now)
    if not claimed:
        raise _conflict(current.version)
    # The row had this version, so nothing else of it changed since it was read: no need to read it again.
    current.version, current.updated_at = version + 1, now
    current.indicator = indicator
    return current, False


def _conflict(current_version: int) -> ConflictError:
    return ConflictError("Realisasi ini baru saja disimpan oleh orang lain; muat ulang untuk melihat nilainya "
                         "sebelum menyimpan lagi. Tidak ada yang ditimpa.",
                         "Someone else has just saved this realisasi; reload to see their values before saving "
                         "again. Nothing was overwritten.", current_version=current_version)

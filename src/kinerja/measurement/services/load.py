"""Targets and realisasi from a JSON file (``kinerja measurements load``), for agencies moving from
spreadsheets and for checks; also the API's bulk format. The format is documented in
docs/measurement.md ("Loading measurements").

All or nothing: every item is read and saved inside one transaction through the same services as a web
save (audited, checked, with the same roles when a user is named); any refused item undoes them all
and the report lists every refusal with its item number, in Indonesian and English. The figures of
every indicator touched are recomputed once, at the end, in the same transaction.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.errors import KinerjaError
from kinerja.measurement.errors import InvalidEntry, MeasurementError
from kinerja.measurement.figures import figures
from kinerja.measurement.services import entry, targets
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.periods import Period, PeriodError, parse_period

TARGET_KINDS = {"renstra": "renstra", "pk": "pk", "pk_perubahan": "pk_perubahan", "ra": "rencana_aksi"}
ITEM_KEYS = {"indicator", "unit", "period", "variables", "value", "targets", "note", "confirm", "cumulative",
             "correction_reason"}


@dataclass
class Problem:
    item: int | None       # 1-based item number; None for the file itself
    message_id: str
    message_en: str

    def message(self, language: str = "id") -> str:
        text = self.message_en if language.startswith("en") else self.message_id
        return text if self.item is None else (f"item {self.item}: {text}")


@dataclass
class LoadReport:
    problems: list[Problem] = field(default_factory=list)
    realisasi: int = 0
    targets: int = 0
    figures_changed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class _Refused(Exception):
    """Raised inside the transaction so that nothing of a refused file stays."""


def _bad(item: int | None, id_text: str, en_text: str) -> Problem:
    return Problem(item, id_text, en_text)


def load_measurements(data: Any, user=None) -> LoadReport:
    """Load ``data`` (the parsed JSON); with ``user``, every item needs that user's rights."""
    report = LoadReport()
    if not isinstance(data, Mapping) or not isinstance(data.get("items"), list):
        report.problems.append(_bad(None, "berkas harus objek JSON dengan 'agency' dan daftar 'items'",
                                    "the file must be a JSON object with 'agency' and an 'items' list"))
        return report
    agency = PerangkatDaerah.objects.select_related("pemda").filter(slug=str(data.get("agency", ""))).first()
    if agency is None:
        report.problems.append(_bad(None, f"perangkat daerah '{data.get('agency')}' tidak ada",
                                    f"no agency '{data.get('agency')}'"))
        return report
    scope = Scope.of(user) if user is not None else None
    if scope is not None and not scope.can_view_agency(agency):
        report.problems.append(_bad(None, "Anda tidak dapat melihat perangkat daerah ini",
                                    "you may not see this agency"))
        return report
    indicators = {i.pk: i for i in Indicator.objects.filter(agency=agency).select_related("unit", "agency__pemda")}
    touched: dict[int, Indicator] = {}
    entered: list[tuple[int, Indicator, Period, bool]] = []
    try:
        with transaction.atomic():
            for n, item in enumerate(data["items"], start=1):
                try:
                    _item(n, item, indicators, scope, user, report, touched, entered)
                except KinerjaError as exc:
                    report.problems.append(_bad(n, exc.message_id, exc.message_en))
            if touched and not report.problems:
                report.figures_changed = recompute_indicators(list(touched.values()))
                _check_computed(entered, agency, report)
            if report.problems:
                raise _Refused
    except _Refused:
        report.realisasi = report.targets = report.figures_changed = 0
    return report


def _period(text: Any) -> Period:
    try:
        return parse_period(str(text))
    except PeriodError as exc:
        raise MeasurementError(exc.message_id, exc.message_en) from None


def _item(n: int, item: Any, indicators: dict[int, Indicator], scope: Scope | None, user, report: LoadReport,
          touched: dict[int, Indicator], entered: list) -> None:
    if not isinstance(item, Mapping):
        raise MeasurementError("item harus objek JSON", "an item must be a JSON object")
    unknown = sorted(set(item) - ITEM_KEYS)
    if unknown:
        raise MeasurementError(f"kunci tidak dikenal: {', '.join(unknown)}", f"unknown keys: {', '.join(unknown)}")
    indicator_id = item.get("indicator")
    indicator = indicators.get(indicator_id) if isinstance(indicator_id, int) and not isinstance(indicator_id, bool) \
        else None
    if indicator is None or (scope is not None and not scope.can_view_indicator(indicator)):
        raise MeasurementError(f"indikator {indicator_id!r} tidak ada di perangkat daerah ini",
                               f"indicator {indicator_id!r} is not in this agency")
    unit = item.get("unit")
    if unit is not None and unit not in (indicator.unit_id, indicator.unit.name if indicator.unit else None):
        raise MeasurementError(f"indikator {indicator.pk} dilaporkan oleh unit lain, bukan {unit!r}",
                               f"indicator {indicator.pk} is reported by another unit, not {unit!r}")
    period = _period(item.get("period"))
    values = item.get("variables")
    if values is not None or "value" in item:
        raw = dict(values) if isinstance(values, Mapping) else {}
        if values is not None and not isinstance(values, Mapping):
            raise MeasurementError("'variables' harus objek {kunci: nilai}",
                                   "'variables' must be an object {key: value}")
        if "value" in item:
            raw[entry.DIRECT_FIELD] = item["value"]
        raw = {str(k): "" if v is None else str(v) for k, v in raw.items()}
        confirmed = item.get("confirm") is True
        try:
            entry.save_entry(user, indicator, period, raw, version=None, confirmed=confirmed,
                             note=item.get("note") if isinstance(item.get("note"), str) else None,
                             correction_reason=str(item.get("correction_reason") or ""), recompute=False)
        except InvalidEntry as exc:
            for p in exc.problems:
                report.problems.append(_bad(n, p.message_id, p.message_en))
            return
        report.realisasi += 1
        touched[indicator.pk] = indicator
        entered.append((n, indicator, period, confirmed))
    wanted = item.get("targets")
    if wanted is not None:
        if scope is not None and not scope.can_edit_catalog(indicator.agency):
            raise MeasurementError("hanya perencana yang menetapkan target", "only the planner sets targets")
        _targets(n, indicator, period, wanted, item.get("cumulative"), report)
        touched[indicator.pk] = indicator


def _targets(n: int, indicator: Indicator, period: Period, wanted: Any, cumulative: Any, report: LoadReport) -> None:
    if not isinstance(wanted, Mapping) or not set(wanted) <= set(TARGET_KINDS):
        raise MeasurementError(f"'targets' harus objek dengan jenis {', '.join(TARGET_KINDS)}",
                               f"'targets' must be an object with kinds {', '.join(TARGET_KINDS)}")
    quarter = period.kind == "quarter"
    for kind, raw in wanted.items():
        if (kind == "ra") != quarter or (not quarter and period.kind != "year"):
            raise MeasurementError(f"target '{kind}' tidak berlaku untuk periode {period.label()} ('ra' per "
                                   f"triwulan, yang lain per tahun)",
                                   f"a '{kind}' target does not apply to {period.label('en')} ('ra' per quarter, the "
                                   f"others per year)")
    year = period.year
    cells: dict[str, str] = {}
    for kind, raw in wanted.items():
        if kind == "pk_perubahan":
            if not isinstance(raw, Mapping):
                raise MeasurementError("'pk_perubahan' harus objek {raw, reason, decree_number}",
                                       "'pk_perubahan' must be an object {raw, reason, decree_number}")
            try:
                targets.revise_pk(indicator, year, str(raw.get("raw", "")), str(raw.get("reason", "")),
                                  str(raw.get("decree_number", "")))
            except InvalidEntry as exc:
                report.problems.extend(_bad(n, p.message_id, p.message_en) for p in exc.problems)
                continue
            report.targets += 1
        elif isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
            cells["renstra" if kind == "renstra" else "pk" if kind == "pk" else f"tw{period.index}"] = str(raw)
        else:
            raise MeasurementError(f"target '{kind}' harus teks seperti '80-90' atau 'WTP'",
                                   f"target '{kind}' must be text such as '80-90' or 'WTP'")
    if cells:
        try:
            targets.save_row(indicator, year, cells, cumulative=cumulative if isinstance(cumulative, bool) else None)
        except InvalidEntry as exc:
            report.problems.extend(_bad(n, p.message_id, p.message_en) for p in exc.problems)
            return
        report.targets += len(cells)


def _check_computed(entered: list, agency: PerangkatDaerah, report: LoadReport) -> None:
    """A computed value gets the checks a typed one gets (a % above 100 needs ``"confirm": true``)."""
    if not entered:
        return
    shown = figures(agency, [i for _n, i, _p, _c in entered], [p for _n, _i, p, _c in entered])
    for n, indicator, period, confirmed in entered:
        try:
            entry.check_computed(shown[(indicator.pk, period.key)], indicator, confirmed)
        except InvalidEntry as exc:
            report.problems.extend(_bad(n, p.message_id, p.message_en) for p in exc.problems)

"""Everything the proposal rules read, gathered in one place from the catalog, measurement, the
indicator review and the reports: :func:`gather` → :class:`kinerja.lke.facts.Facts`.

This is the only module of the app that reads measurement or review data, so that when measurement
grows its own read model (figures per indicator × period) only this file has to follow it. What it
reads today: ``Realisasi`` (status, value status, submitted/verified times), ``ReportingPeriod``
deadlines, ``Target`` rows, ``Renstra``, the stored figures through the read model
(:func:`kinerja.measurement.figures.figures`); the review through
:func:`kinerja.review.review_catalog`; the PK programmes and the LKjIP content from the reports app.
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from django.db.models import Sum
from django.utils import timezone

from kinerja.cascade import IndicatorNode, Level, position_levels, reach
from kinerja.periods import Period, PeriodError, parse_period
from kinerja.catalog.models import Decree, Indicator, PerangkatDaerah, Position, Unit
from kinerja.evaluasi.models import BuktiDukung, Evaluation, Recommendation
from kinerja.evaluasi.services.scores import penetapan_total
from kinerja.lke.facts import (CapaianFacts, DecreeFacts, Facts, IndicatorFacts, LkjipFacts, PreviousEvaluation,
                               QuarterFacts)
from kinerja.measurement.figures import FigureView, figures
from kinerja.measurement.models import Realisasi, ReportingPeriod, Renstra, Target
from kinerja.measurement.services.inputs import PERIOD_KIND_OF
from kinerja.quality.services import catalog_row
from kinerja.reports.models import PkProgram
from kinerja.reports.services.documents import lkjip
from kinerja.review import review_catalog

R = Realisasi.Status
T = Target.Kind
DONE = (R.VERIFIED, R.LOCKED)
# A unit's kind says where a chain of positions starts when its head reports to nobody in the catalog.
_UNIT_LEVEL = {Unit.Kind.SEKRETARIAT: Level.ES_III, Unit.Kind.BIDANG: Level.ES_III, Unit.Kind.SEKSI: Level.ES_IV,
               Unit.Kind.SUB_BAGIAN: Level.ES_IV, Unit.Kind.UPT: Level.ES_IV}
# Without a stored deadline, a quarter's realisasi are due on the 10th of the next month (common practice).
DEFAULT_DEADLINE_DAY = 10


def gather(agency: PerangkatDaerah, year: int, as_of: date | None = None) -> Facts:
    as_of = as_of or timezone.localdate()
    indicators = list(Indicator.objects.filter(agency=agency)
                      .select_related("position", "responsible_position", "objective", "decree")
                      .order_by("order", "pk"))
    active = [i for i in indicators if i.is_active]
    levels = _levels(agency)
    realisasi = list(Realisasi.objects.filter(agency=agency, year=year)
                     .values("indicator_id", "period", "status", "submitted_at", "verified_at"))
    printed = _figures(agency, active, year, realisasi)
    for r in realisasi:
        shown = printed.get((r["indicator_id"], r["period"]))
        r["value_status"] = shown.value_status if shown is not None else "unknown"
    targets = list(Target.objects.filter(agency=agency, year=year).values("indicator_id", "kind", "period"))
    review = _review(active)
    reported = {r["indicator_id"] for r in realisasi if r["value_status"] == "ok"}
    verified = {r["indicator_id"] for r in realisasi if r["status"] in DONE}
    yearly = {t["indicator_id"] for t in targets if t["kind"] in (T.PK, T.PK_PERUBAHAN, T.RENSTRA)}
    facts_of = [IndicatorFacts(
        id=i.pk, name=i.name, is_iku=i.jenis == Indicator.Jenis.IKU, active=i.is_active,
        replaced=not i.is_active and i.replaced_by_id is not None,
        errors=review.get(i.pk, ((), ()))[0], warnings=review.get(i.pk, ((), ()))[1],
        has_definisi=bool(i.definisi.strip()), has_sumber_data=bool(i.sumber_data.strip()),
        has_penanggung_jawab=bool(i.penanggung_jawab.strip() or i.responsible_position_id),
        level=levels.get(_holder(i)), reported=i.pk in reported, verified=i.pk in verified,
        has_target=i.pk in yearly) for i in indicators]
    holders = {_holder(i) for i in active} - {None}
    positions = Position.objects.filter(agency=agency).count()
    units = Unit.objects.filter(agency=agency).count()
    due, done = _rencana_aksi(targets, realisasi, year, as_of)
    period, capaian = _capaian(printed, year, {i.pk: i.name for i in active})
    programmes = PkProgram.objects.filter(agency=agency, tahun=year, anggaran__isnull=False)
    return Facts(
        year=year, as_of=as_of, renstra=_renstra(agency, year),
        pk_indicators=len({t["indicator_id"] for t in targets if t["kind"] in (T.PK, T.PK_PERUBAHAN)}),
        rencana_aksi_indicators=len({t["indicator_id"] for t in targets if t["kind"] == T.RENCANA_AKSI}),
        programmes=programmes.count(), budget=programmes.aggregate(total=Sum("anggaran"))["total"],
        decrees=tuple(DecreeFacts(d.pk, d.nomor, d.tahun, d.jenis in (Decree.Jenis.IKU, Decree.Jenis.IKU_IKI),
                                  d.status == Decree.Status.DITETAPKAN) for d in Decree.objects.filter(agency=agency)),
        indicators=tuple(facts_of),
        reach=tuple(reach([IndicatorNode(i.pk, i.supports_id, _holder(i), i.jenis == Indicator.Jenis.IKU)
                           for i in active], levels)),
        iku_names={i.pk: i.name for i in active if i.jenis == Indicator.Jenis.IKU},
        positions=positions, positions_with_indicators=len(holders),
        units=units, units_with_indicators=len({i.unit_id for i in active if i.unit_id}),
        quarters=_quarters(agency, year, as_of, active, realisasi),
        rencana_aksi_due=due, rencana_aksi_reported=done,
        capaian=capaian, capaian_period=period,
        lkjip=_lkjip(agency, year), previous=_previous(agency, year))


def _holder(indicator: Indicator) -> int | None:
    """The jabatan whose kinerja the indicator measures (its decree section), else who answers for it."""
    return indicator.position_id or indicator.responsible_position_id


def _levels(agency: PerangkatDaerah) -> dict[int, Level]:
    rows = list(Position.objects.filter(agency=agency).select_related("unit"))
    start = {p.pk: _UNIT_LEVEL.get(p.unit.kind, Level.ES_II) for p in rows if p.reports_to_id is None and p.unit_id}
    return position_levels({p.pk: p.reports_to_id for p in rows}, start)


def _review(active: list[Indicator]) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    catalog = {"document": {}, "positions": [], "indicators": [catalog_row(i) for i in active], "warnings": []}
    found: dict[int, tuple[list[str], list[str]]] = {i.pk: ([], []) for i in active}
    for finding in review_catalog(catalog):
        # A decree-level finding (one gap across most rows) counts on every row it covers.
        for index in finding.rows if finding.row is None else (finding.row,):
            errors, warnings = found[active[index].pk]
            (errors if finding.severity == "error" else warnings).append(finding.code)
    return {pk: (tuple(e), tuple(w)) for pk, (e, w) in found.items()}


def _renstra(agency: PerangkatDaerah, year: int) -> tuple[int, int] | None:
    for span in Renstra.objects.filter(agency=agency, first_year__lte=year).order_by("-first_year"):
        if span.last_year >= year:
            return span.first_year, span.last_year
    return None


def quarter_end(period: Period) -> date:
    return date(period.year, period.last_month, calendar.monthrange(period.year, period.last_month)[1])


def default_deadline(period: Period) -> datetime:
    day = quarter_end(period) + timedelta(days=DEFAULT_DEADLINE_DAY)
    return timezone.make_aware(datetime.combine(day, time(23, 59)))


def _ended_quarters(year: int, as_of: date) -> list[Period]:
    return [q for q in Period.of_year(year).children("quarter") if quarter_end(q) < as_of]


def _quarters(agency, year, as_of, active, realisasi) -> tuple[QuarterFacts, ...]:
    quarterly = {i.pk for i in active if PERIOD_KIND_OF.get(i.period_type) == "quarter"}
    deadlines = dict(ReportingPeriod.objects.filter(agency=agency, year=year).values_list("period", "deadline"))
    by_period = defaultdict(list)
    for r in realisasi:
        if r["indicator_id"] in quarterly:
            by_period[r["period"]].append(r)
    out = []
    for q in _ended_quarters(year, as_of):
        deadline = deadlines.get(q.key) or default_deadline(q)
        rows = by_period.get(q.key, [])
        done = [r for r in rows if r["status"] in DONE]
        on_time = [r for r in done if (r["submitted_at"] or r["verified_at"]) is not None
                   and (r["submitted_at"] or r["verified_at"]) <= deadline]
        out.append(QuarterFacts(q.key, q.label(), deadline, len(quarterly), len(done), len(on_time)))
    return tuple(out)


def _rencana_aksi(targets, realisasi, year: int, as_of: date) -> tuple[int, int]:
    ended = {q.key for q in _ended_quarters(year, as_of)}
    due = {(t["indicator_id"], t["period"]) for t in targets if t["kind"] == T.RENCANA_AKSI and t["period"] in ended}
    known = {(r["indicator_id"], r["period"]) for r in realisasi if r["value_status"] == "ok"}
    return len(due), len(due & known)


def _figures(agency: PerangkatDaerah, active: list[Indicator], year: int,
             realisasi: list[dict]) -> dict[tuple[int, str], FigureView]:
    """The stored figures of the year, its quarters and every period a realisasi was entered for."""
    periods = {Period.of_year(year), *Period.of_year(year).children("quarter")}
    for r in realisasi:
        try:
            periods.add(parse_period(r["period"]))
        except PeriodError:
            continue
    return figures(agency, active, sorted(periods, key=lambda p: p.key)) if active else {}


def _capaian(printed: dict[tuple[int, str], FigureView], year: int,
             names: dict[int, str]) -> tuple[str | None, tuple[CapaianFacts, ...]]:
    """The latest period of the year with any computed capaian: the year itself when it has one."""
    rows = [(indicator_id, key, view) for (indicator_id, key), view in printed.items()
            if indicator_id in names and view.period.year == year
            and view.period.kind in ("year", "quarter")]
    periods = sorted({key for _i, key, view in rows if view.capaian is not None},
                     key=lambda key: (key == str(year), key))
    if not periods:
        return None, ()
    chosen = periods[-1]
    found = tuple(CapaianFacts(indicator_id, names[indicator_id], chosen,
                               view.capaian if view.capaian_status == "ok" else None)
                  for indicator_id, key, view in rows if key == chosen and view.stored)
    return chosen, found


def lkjip_deadline(year: int) -> date:
    """The LKjIP of a year is due at the end of February of the next (PermenPANRB 53/2014: two months)."""
    return date(year + 1, 3, 1) - timedelta(days=1)


def _lkjip(agency: PerangkatDaerah, year: int) -> LkjipFacts | None:
    first = (BuktiDukung.objects.filter(agency=agency, kind=BuktiDukung.Kind.DOCUMENT, document_kind="lkjip",
                                        document_year=year).order_by("uploaded_at").first())
    if first is None:
        return None
    report = lkjip(agency, year)
    rows = report.rows
    sasaran = {r.sasaran for r in rows}
    explained = {n.sasaran for n in report.narratives
                 if any((getattr(n, f) or "").strip() for f in ("faktor_pendukung", "faktor_penghambat", "upaya"))}
    return LkjipFacts(
        produced_at=first.uploaded_at, deadline=lkjip_deadline(year), rows=len(rows),
        with_target=sum(r.target is not None and r.realisasi is not None for r in rows),
        with_renstra=sum(r.renstra_target is not None and r.realisasi_to_date is not None for r in rows),
        with_past=sum(any(p.realisasi is not None for p in r.past.values()) for r in rows),
        sasaran=len(sasaran), sasaran_explained=len(sasaran & explained))


def _previous(agency: PerangkatDaerah, year: int) -> PreviousEvaluation | None:
    last = Evaluation.objects.filter(agency=agency, year=year - 1).select_related("instrument").first()
    if last is None:
        return None
    recs = Recommendation.objects.filter(evaluation=last)
    before = Evaluation.objects.filter(agency=agency, year=year - 2, status=Evaluation.Status.FINAL).first()
    final = last.status == Evaluation.Status.FINAL
    return PreviousEvaluation(
        year=last.year, final=final, recommendations=recs.count(),
        verified=recs.filter(status=Recommendation.Status.VERIFIED).count(),
        reported=recs.filter(status=Recommendation.Status.REPORTED).count(),
        total=penetapan_total(last) if final else None,
        total_before=penetapan_total(before) if before else None)

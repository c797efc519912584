"""What the measurements say of a position's indicators in one year: the only place SKP drafts read them.

Targets (PK Perubahan, PK — or the year's Renstra target while there is no PK, as capaian is judged —
and Rencana Aksi), realisasi with their status and evidence, and the capaian the
documents print (through the read model :func:`kinerja.measurement.figures.figures`, so an SKP never shows a
figure other than the LKjIP's). Re-pointing SKP drafts at another read model means changing this file
only.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.measurement.figures import figures
from kinerja.measurement.models import Evidence, Realisasi, Target
from kinerja.periods import Period
from kinerja.skp.model import EvidenceLink, IndicatorFacts, PeriodFact

T = Target.Kind


def facts(agency: PerangkatDaerah, indicators: Sequence[Indicator], year: int,
          evidence_url: Callable[[Evidence], str]) -> dict[int, IndicatorFacts]:
    """indicator id → :class:`IndicatorFacts` for ``year``, in a fixed number of queries."""
    quarters = Period.of_year(year).children("quarter")
    ids = [i.pk for i in indicators]
    targets = {(t.indicator_id, t.kind, t.period): t for t in
               Target.objects.filter(indicator_id__in=ids, year=year,
                                         kind__in=[T.PK, T.PK_PERUBAHAN, T.RENSTRA, T.RENCANA_AKSI])}
    realisasi = {(r.indicator_id, r.period): r for r in
                 Realisasi.objects.filter(indicator_id__in=ids, year=year).prefetch_related("evidence")}
    printed = figures(agency, list(indicators), [Period.of_year(year), *quarters]) if ids else {}
    out: dict[int, IndicatorFacts] = {}
    for indicator in indicators:
        yearly_target = next(((kind, targets[(indicator.pk, kind, str(year))])
                              for kind in (T.PK_PERUBAHAN, T.PK, T.RENSTRA)
                              if (indicator.pk, kind, str(year)) in targets), ("", None))
        periods = []
        for quarter in quarters:
            plan = targets.get((indicator.pk, T.RENCANA_AKSI, quarter.key))
            entered = realisasi.get((indicator.pk, quarter.key))
            figure = printed.get((indicator.pk, quarter.key))
            periods.append(PeriodFact(
                period=quarter.key, target_raw=plan.raw if plan else "", cumulative=bool(plan and plan.cumulative),
                realisasi=_number(figure.realisasi) if figure else None,
                realisasi_label=_label(figure.realisasi) if figure else "",
                status=entered.status if entered else "",
                capaian=figure.capaian if figure else None,
                evidence=tuple(EvidenceLink(e.original_name, evidence_url(e)) for e in entered.evidence.all())
                if entered else ()))
        yearly = printed.get((indicator.pk, str(year)))
        out[indicator.pk] = IndicatorFacts(
            pk_target_raw=yearly_target[1].raw if yearly_target[1] else "", target_kind=yearly_target[0],
            periods=tuple(periods),
            year_realisasi=_number(yearly.realisasi) if yearly else None,
            year_capaian=yearly.capaian if yearly else None,
            year_status="ok" if yearly and yearly.capaian is not None else "unknown",
            year_predikat=(yearly.predikat or "") if yearly else "")
    return out


def _number(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def _label(value: object) -> str:
    return value if isinstance(value, str) else ""

"""An SKP draft of a position, and the proposed predikat of a unit, assembled from the catalog and facts.

Reads only: the catalog rows the caller's :class:`~kinerja.accounts.access.Scope` lets through, the
saved aspek choices, and :func:`kinerja.pegawai.facts.facts`. The mapping itself is pure
(:mod:`kinerja.skp`). A superior's sasaran outside the caller's scope is not shown: the row says so.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Indicator, PerangkatDaerah, Position, Unit
from kinerja.measurement.models import Evidence, Target
from kinerja.pegawai.facts import facts
from kinerja.pegawai.models import SkpAspek
from kinerja.skp.model import IkiRow, Person, SkpDraft, Supported, Text
from kinerja.skp.predikat import IndicatorCapaian, OrganisationPredikat, propose_predikat
from kinerja.skp.rows import skp_rows

NO_APPRAISER = Text("Jabatan ini tidak punya atasan langsung di perangkat daerah; isi pejabat penilai sendiri.",
                    "This position has no superior in the agency; fill in the appraiser yourself.")


def position_indicators(position: Position, year: int) -> QuerySet[Indicator]:
    """The position's rows for ``year``: those in force, and retired ones that still had a PK that year."""
    had_pk = Target.objects.filter(year=year, kind__in=[Target.Kind.PK, Target.Kind.PK_PERUBAHAN]).values(
        "indicator_id")
    return (Indicator.objects.filter(position=position).filter(Q(is_active=True) | Q(pk__in=had_pk))
            .select_related("objective", "supports__objective", "supports__position", "supports__unit",
                            "supports__agency")
            .order_by("order", "pk"))


def _person(position: Position | None) -> Person | None:
    if position is None:
        return None
    place = position.unit.name if position.unit_id else position.agency.name
    return Person(position.holder_name, position.holder_nip, position.holder_rank, position.name, place)


def build_draft(scope: Scope, position: Position, year: int,
                evidence_url: Callable[[Evidence], str]) -> SkpDraft:
    agency = position.agency
    indicators = list(position_indicators(position, year))
    saved = {a.indicator_id: a for a in SkpAspek.objects.filter(indicator__in=indicators, year=year)}
    rows = []
    for ind in indicators:
        seen = ind.supports_id is not None and scope.can_view_indicator(ind.supports)
        supports = Supported(ind.supports.name, ind.supports.objective.text if ind.supports.objective else "",
                             ind.supports.position.name if ind.supports.position else "") if seen else None
        choice = saved.get(ind.pk)
        rows.append(IkiRow(ind.pk, ind.name, ind.satuan, ind.objective.text if ind.objective else "",
                           ind.formula.get("kind") if isinstance(ind.formula, dict) else None,
                           ind.formula_text, supports, supports_hidden=ind.supports_id is not None and not seen,
                           aspek_saved=choice.aspek if choice else None, aspek_version=choice.version if choice else 0))
    mapped = skp_rows(rows, facts(agency, indicators, year, evidence_url))
    superior = position.reports_to if position.reports_to_id else None
    return SkpDraft(year=year, agency=agency.name, pemda=agency.pemda.name, position_id=position.pk,
                    employee=_person(position), appraiser=_person(superior), rows=mapped,
                    notes=() if superior else (NO_APPRAISER,))


@dataclass(frozen=True)
class UnitPredikat:
    unit: Unit | None                    # None: the agency as a whole (its head's IKU)
    indicators: tuple[tuple[Indicator, IndicatorCapaian], ...]
    hidden: int                          # the unit's indicators outside the caller's scope, not counted
    proposal: OrganisationPredikat


def organisation_indicators(agency: PerangkatDaerah, unit: Unit | None) -> QuerySet[Indicator]:
    """The indicators of a unit's head(s): those of positions in the unit (for the agency: positions
    outside any unit, i.e. its head's IKU); a unit whose positions carry none falls back to the
    indicators it reports."""
    base = Indicator.objects.filter(agency=agency, is_active=True)
    if unit is None:
        return base.filter(position__isnull=False, position__unit__isnull=True)
    own = base.filter(position__unit=unit)
    return own if own.exists() else base.filter(unit=unit)


def unit_predikat(scope: Scope, agency: PerangkatDaerah, units: Sequence[Unit | None], year: int
                  ) -> list[UnitPredikat]:
    """The proposed predikat of each of ``units``, from the yearly capaian the documents print."""
    visible = set(scope.indicators(agency).values_list("pk", flat=True))
    per_unit = {u.pk if u else None: list(organisation_indicators(agency, u).order_by("order", "pk"))
                for u in units}
    shown = [i for rows in per_unit.values() for i in rows if i.pk in visible]
    known = facts(agency, shown, year, evidence_url=lambda e: "")
    out = []
    for unit in units:
        rows = per_unit[unit.pk if unit else None]
        pairs = tuple((i, IndicatorCapaian(i.name, known[i.pk].year_capaian)) for i in rows if i.pk in visible)
        out.append(UnitPredikat(unit, pairs, len(rows) - len(pairs), propose_predikat([c for _, c in pairs])))
    return out

"""Inputs from the database → the derivation engine → figures stored in bulk.

The dependency rule, simple enough to be obviously right: an indicator's figures depend only on its
own inputs (its catalog facts and compiled formula, its realisasi and variable values in every period,
its targets) and on its agency's settings (scale, convention, floor, ceiling). So

- any write to an input of an indicator recomputes *all* of that indicator's figures (every period,
  every year: an ``x[n-1]`` or ``cumsum`` two years on is never stale), in the same transaction;
- a change to an agency's or pemda's settings recomputes every indicator of the agencies it reaches.

An indicator's inputs load in four queries however many periods it has, and an agency's in five
(indexes include the agency); figures are compared with the stored ones and only those that changed
are written (:mod:`kinerja.measurement.services.figure_store`), so recomputing a current database
writes nothing and says so.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from django.db import transaction
from django.db.models import FloatField
from django.db.models.functions import Cast

from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.derivation import Block, FigureTable, TargetInput, derive
from kinerja.measurement.models import Realisasi, Target, VariableValue
from kinerja.measurement.services import figure_store
from kinerja.measurement.services.inputs import compiled_for, facts_of
from kinerja.measurement.services.scales import settings_for
from kinerja.periods import Period, PeriodError, parse_period

def _period(key: str) -> Period | None:
    try:
        return parse_period(key)
    except PeriodError:
        return None


def load_blocks(agency: PerangkatDaerah, indicators: Sequence[Indicator]) -> list[Block]:
    """One block per period kind of ``indicators`` (all of ``agency``), filled from the database."""
    if not indicators:
        return []
    compiled = compiled_for(indicators)
    convention = agency.pemda.lower_is_better_convention
    facts = {i.pk: facts_of(i, compiled.get(i.pk), convention) for i in indicators}
    whole = len(indicators) > 50  # a whole agency: filter by agency alone, not by a long id list
    ids = [i.pk for i in indicators]
    scope = {"agency": agency} if whole else {"agency": agency, "indicator_id__in": ids}
    realisasi = list(Realisasi.objects.filter(**scope).annotate(direct=Cast("direct_value", FloatField()))
                     .values_list("pk", "indicator_id", "period", "direct", "value_label"))
    value_scope = {"agency": agency} if whole else {"agency": agency, "realisasi__indicator_id__in": ids}
    values = VariableValue.objects.filter(**value_scope).annotate(number=Cast("value", FloatField())) \
        .values_list("realisasi_id", "variable_id", "number")
    targets = list(Target.objects.filter(**scope).values_list(
        "indicator_id", "kind", "period", "raw", "shape", "low", "high", "cumulative", "parsed"))
    years: dict[int, set[int]] = defaultdict(set)
    periods: dict[str, Period | None] = {}
    for _pk, ind, key, *_rest in realisasi:
        if key not in periods:
            periods[key] = _period(key)
        if periods[key] is not None and ind in facts and periods[key].kind == facts[ind].kind:
            years[ind].add(periods[key].year)
    for ind, _kind, key, *_rest in targets:
        if key not in periods:
            periods[key] = _period(key)
        if periods[key] is not None and ind in facts:
            years[ind].add(periods[key].year)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for pk in ids:
        by_kind[facts[pk].kind].append(pk)
    blocks: dict[str, Block] = {}
    place: dict[int, tuple[str, int]] = {}
    for kind, members in by_kind.items():
        spanned = [y for pk in members for y in years.get(pk, ())]
        first, last = (min(spanned), max(spanned)) if spanned else (2000, 2000)
        block = Block.empty(kind, first, last - first + 1, [facts[pk] for pk in members])  # type: ignore[arg-type]
        blocks[kind] = block
        for row, pk in enumerate(members):
            place[pk] = (kind, row)
    # Realisasi: where each one sits, and its direct value or predicate label.
    cell: dict[int, tuple[Block, int, int]] = {}
    direct_rows: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for pk, ind, key, direct, label in realisasi:
        period = periods.get(key)
        if ind not in place or period is None:
            continue
        kind, row = place[ind]
        if period.kind != kind:
            continue
        block = blocks[kind]
        column = block.column(period)
        if not 0 <= column < block.columns:
            continue
        cell[pk] = (block, row, column)
        block.entered[row, column] = True
        if direct is not None:
            direct_rows[kind].append((row, column, direct))
        if label:
            block.labels[(row, column)] = label
    for kind, entries in direct_rows.items():
        r, c, v = (np.array(x) for x in zip(*entries))
        blocks[kind].direct[r.astype(int), c.astype(int)] = v
    # Variable values: by the position of the variable in the indicator's program.
    position = {pk: {vid: n for n, vid in enumerate(compiled[pk].variable_ids)}
                for pk in ids if compiled.get(pk) is not None and facts[pk].program is not None}
    filled: dict[str, list[tuple[int, int, int, float]]] = defaultdict(list)
    owner = {pk: ind for pk, ind, *_rest in realisasi}
    for realisasi_id, variable_id, number in values.iterator(chunk_size=5000):
        where = cell.get(realisasi_id)
        if where is None or number is None:
            continue
        v = position.get(owner[realisasi_id], {}).get(variable_id)
        if v is not None:
            filled[where[0].kind].append((where[1], v, where[2], number))
    for kind, entries in filled.items():
        r, v, c, x = (np.array(a) for a in zip(*entries))
        blocks[kind].values[r.astype(int), v.astype(int), c.astype(int)] = x
    for ind, kind_of_target, key, raw, shape, low, high, cumulative, parsed in targets:
        period = periods.get(key)
        if ind not in place or period is None:
            continue
        kind, row = place[ind]
        label = scale = None
        if shape == "predicate":
            label, scale = (parsed or {}).get("label"), (parsed or {}).get("scale")
        elif shape not in ("number", "range"):
            continue
        blocks[kind].targets.append(TargetInput(row, period, kind_of_target, raw, shape,
                                                float("nan") if low is None else low,
                                                float("nan") if high is None else high, label, scale, cumulative))
    return list(blocks.values())


def derive_indicators(agency: PerangkatDaerah, indicators: Sequence[Indicator]) -> FigureTable:
    """Every figure of ``indicators`` (all of ``agency``), computed now from stored inputs."""
    settings = settings_for(agency)
    return FigureTable.concat([derive(block, settings) for block in load_blocks(agency, indicators)])


def _locked(indicators: Sequence[Indicator]) -> list[Indicator]:
    """The indicators, their rows locked until the transaction ends (in pk order, so two writers never
    wait on each other crosswise). Two transactions changing inputs of one indicator recompute it one
    after the other, the second reading the first's committed change: neither stores figures that
    miss the other's input."""
    return list(Indicator.objects.select_for_update().filter(pk__in=[i.pk for i in indicators]).order_by("pk"))


def recompute_indicators(indicators: Iterable[Indicator]) -> int:
    """Recompute and store every figure of ``indicators``; returns how many figures changed."""
    by_agency: dict[int, list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        by_agency[indicator.agency_id].append(indicator)
    changed = 0
    with transaction.atomic():
        for agency_id, members in by_agency.items():
            agency = PerangkatDaerah.objects.select_related("pemda").get(pk=agency_id)
            members = _locked(members)
            changed += figure_store.store(agency, derive_indicators(agency, members), [i.pk for i in members])
    return changed


def recompute_agency(agency: PerangkatDaerah, year: int | None = None) -> int:
    """Recompute and store every figure of every indicator of ``agency``; returns how many changed.

    ``year`` limits what is compared and written to that year (the computation always reads every
    year, since later years depend on earlier ones)."""
    with transaction.atomic():
        indicators = list(Indicator.objects.select_for_update().filter(agency=agency).order_by("pk"))
        table = derive_indicators(agency, indicators)
        if year is not None:
            keep = table.year == year
            table = FigureTable(**{name: getattr(table, name)[keep] for name in table.__dataclass_fields__})
        return figure_store.store(agency, table, [i.pk for i in indicators], year=year)



def _recompute_one(agency_id: int, year: int | None) -> int:
    from django.db import connection

    try:
        agency = PerangkatDaerah.objects.select_related("pemda").get(pk=agency_id)
        return recompute_agency(agency, year)
    finally:
        connection.close()


def recompute_many(agencies: Sequence[PerangkatDaerah], year: int | None = None, workers: int | None = None) -> int:
    """Recompute many agencies (a pemda, a province), spread over ``workers`` processes (default: one
    per core); returns how many figures changed. Each agency is one process's work and transaction."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(agencies)))
    if workers == 1:
        return sum(recompute_agency(agency, year) for agency in agencies)
    from django.db import connections

    connections.close_all()  # a forked child must not share the parent's connection
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return sum(pool.map(_recompute_one, [a.pk for a in agencies], [year] * len(agencies)))

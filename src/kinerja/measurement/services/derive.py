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
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import FloatField
from django.db.models.functions import Cast

from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.derivation import Block, FigureTable, TargetTable, derive
from kinerja.derivation.block import SHAPES, YEAR_ORDER
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


def _fetch(queryset) -> list[tuple]:
    """The rows of a ``values_list`` queryset straight from the cursor: no per-value converters
    (numbers are cast to float in SQL), which is most of the cost of loading a province through the ORM."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # filtered on an empty list: nothing to ask the database
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _lookup(keys: np.ndarray, table_keys: np.ndarray, table_values: np.ndarray, missing: int = -1) -> np.ndarray:
    """``table_values`` at each of ``keys`` (``table_keys`` sorted ascending), ``missing`` where absent."""
    if not len(table_keys):
        return np.full(len(keys), missing, dtype=np.int64)
    at = np.clip(np.searchsorted(table_keys, keys), 0, len(table_keys) - 1)
    return np.where(table_keys[at] == keys, table_values[at], missing)


def _target_tables(targets: list[tuple], place: dict[int, tuple[str, int]], periods: dict[str, Period | None],
                   predicates: dict) -> dict[str, TargetTable]:
    """The stored targets as one :class:`TargetTable` per block, built column-wise."""
    if not targets:
        return {}
    rows = np.array(targets, dtype=object)
    indicator = rows[:, 0].astype(np.int64)
    keys, key_index = np.unique(rows[:, 2].astype(str), return_inverse=True)
    found = [periods.get(k) for k in keys]
    year = np.array([p.year if p else 0 for p in found], dtype=np.int32)[key_index]
    yearly = np.array([p is not None and p.kind == "year" for p in found])[key_index]
    known = np.array([p is not None for p in found])[key_index]
    kind = rows[:, 1]
    rank = np.full(len(rows), -1, np.int8)
    for n, name in enumerate(YEAR_ORDER):
        rank[(kind == name) & yearly] = n
    rank[(kind == "rencana_aksi") & ~yearly] = 0
    shape = np.zeros(len(rows), np.int8)
    for name, code in SHAPES.items():
        shape[rows[:, 4] == name] = code
    members = sorted(place)
    block_of = {name: n for n, name in enumerate(sorted({k for k, _r in place.values()}))}
    where = _lookup(indicator, np.array(members, dtype=np.int64), np.arange(len(members)))
    kind_code = np.array([block_of[place[pk][0]] for pk in members], dtype=np.int64)
    row_code = np.array([place[pk][1] for pk in members], dtype=np.int64)
    usable = known & (rank >= 0) & (shape > 0) & (where >= 0)
    label = np.full(len(rows), None, dtype=object)
    scale = np.full(len(rows), None, dtype=object)
    for n in np.nonzero(usable & (shape == SHAPES["predicate"]))[0]:
        parsed = predicates.get((int(indicator[n]), kind[n], rows[n, 2])) or {}
        label[n], scale[n] = parsed.get("label"), parsed.get("scale")
    low = np.array(rows[:, 5], dtype=np.float64)   # None → NaN
    high = np.array(rows[:, 6], dtype=np.float64)
    cumulative = rows[:, 7].astype(bool)
    tables = {}
    for name, code in block_of.items():
        at = np.nonzero(usable & (kind_code[np.maximum(where, 0)] == code))[0]
        tables[name] = TargetTable(row_code[where[at]], rows[at, 2], year[at], rank[at], kind[at], rows[at, 3],
                                   shape[at], low[at], high[at], cumulative[at], label[at], scale[at])
    return tables


def load_blocks(agency: PerangkatDaerah, indicators: Sequence[Indicator]) -> list[Block]:
    """One block per period kind of ``indicators`` (all of ``agency``), filled from the database in
    four queries (five with a predicate target)."""
    if not indicators:
        return []
    compiled = compiled_for(indicators)
    convention = agency.pemda.lower_is_better_convention
    facts = {i.pk: facts_of(i, compiled.get(i.pk), convention) for i in indicators}
    # A whole agency is filtered by the agency alone (the indexes lead with it); a few indicators by
    # their own ids, whose indexes find their rows without reading the agency's.
    whole = len(indicators) > 50
    ids = [i.pk for i in indicators]
    scope = {"agency": agency} if whole else {"indicator_id__in": ids}
    realisasi = _fetch(Realisasi.objects.filter(**scope).annotate(direct=Cast("direct_value", FloatField()))
                       .values_list("pk", "indicator_id", "period", "direct", "value_label"))
    value_scope = {"agency": agency} if whole else {"realisasi__indicator_id__in": ids}
    values = _fetch(VariableValue.objects.filter(**value_scope, value__isnull=False)
                    .annotate(number=Cast("value", FloatField())).values_list("realisasi_id", "variable_id", "number"))
    targets = _fetch(Target.objects.filter(**scope).values_list(
        "indicator_id", "kind", "period", "raw", "shape", "low", "high", "cumulative"))
    predicates = {}
    if any(row[4] == "predicate" for row in targets):
        predicates = {(r.indicator_id, r.kind, r.period): r.parsed
                      for r in Target.objects.filter(**scope, shape="predicate")}
    periods: dict[str, Period | None] = {}
    years: dict[int, set[int]] = defaultdict(set)
    for _pk, ind, key, *_rest in realisasi:
        period = periods[key] if key in periods else periods.setdefault(key, _period(key))
        if period is not None and ind in facts and period.kind == facts[ind].kind:
            years[ind].add(period.year)
    for ind, _kind, key, *_rest in targets:
        period = periods[key] if key in periods else periods.setdefault(key, _period(key))
        if period is not None and ind in facts:
            years[ind].add(period.year)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for pk in ids:
        by_kind[facts[pk].kind].append(pk)
    blocks: dict[str, Block] = {}
    place: dict[int, tuple[str, int]] = {}
    for kind, members in by_kind.items():
        spanned = [y for pk in members for y in years.get(pk, ())]
        first, last = (min(spanned), max(spanned)) if spanned else (2000, 2000)
        blocks[kind] = Block.empty(kind, first, last - first + 1, [facts[pk] for pk in members])  # type: ignore[arg-type]
        for row, pk in enumerate(members):
            place[pk] = (kind, row)
    kinds = list(blocks)
    column_of: dict[tuple[str, str], int] = {}
    # Realisasi: where each one sits (kind, row, column), and its direct value or predicate label.
    placed_ids, placed_kind, placed_row, placed_col, placed_ind = [], [], [], [], []
    for pk, ind, key, direct, label in realisasi:
        period = periods.get(key)
        if ind not in place or period is None or period.kind != place[ind][0]:
            continue
        kind, row = place[ind]
        block = blocks[kind]
        column = column_of.get((kind, key))
        if column is None:
            column = column_of[(kind, key)] = block.column(period)
        if not 0 <= column < block.columns:
            continue
        placed_ids.append(pk), placed_kind.append(kinds.index(kind)), placed_row.append(row)
        placed_col.append(column), placed_ind.append(ind)
        block.entered[row, column] = True
        if direct is not None:
            block.direct[row, column] = direct
        if label:
            block.labels[(row, column)] = label
    if values and placed_ids:
        order = np.argsort(np.array(placed_ids, dtype=np.int64))
        r_ids = np.array(placed_ids, dtype=np.int64)[order]
        r_kind, r_row = np.array(placed_kind)[order], np.array(placed_row)[order]
        r_col, r_ind = np.array(placed_col)[order], np.array(placed_ind, dtype=np.int64)[order]
        table = np.array(values, dtype=np.float64)
        at = _lookup(table[:, 0].astype(np.int64), r_ids, np.arange(len(r_ids)))
        known = at >= 0
        at, variable, number = at[known], table[known, 1].astype(np.int64), table[known, 2]
        # The variable's position in its indicator's program, looked up by (indicator, variable).
        pairs = sorted((pk << 32 | vid, n) for pk in ids if facts[pk].program is not None
                       for n, vid in enumerate(compiled[pk].variable_ids))
        keys = np.array([k for k, _n in pairs], dtype=np.int64)
        positions = _lookup(r_ind[at] << 32 | variable, keys, np.array([n for _k, n in pairs], dtype=np.int64))
        used = positions >= 0
        for k, kind in enumerate(kinds):
            mask = used & (r_kind[at] == k)
            blocks[kind].values[r_row[at][mask], positions[mask], r_col[at][mask]] = number[mask]
    for kind, table in _target_tables(targets, place, periods, predicates).items():
        blocks[kind].targets = table
    return list(blocks.values())


def derive_indicators(agency: PerangkatDaerah, indicators: Sequence[Indicator]) -> FigureTable:
    """Every figure of ``indicators`` (all of ``agency``), computed now from stored inputs."""
    settings = settings_for(agency)
    return FigureTable.concat([derive(block, settings) for block in load_blocks(agency, indicators)])


def _locked(indicators: Sequence[Indicator]) -> list[Indicator]:
    """The indicators, their rows locked until the transaction ends (in pk order, so two writers never
    wait on each other crosswise) and read again under the lock. Two transactions changing inputs of
    one indicator recompute it one after the other, the second reading the first's committed change:
    neither stores figures that miss the other's input."""
    given = {i.pk: i for i in indicators}
    fresh = list(Indicator.objects.select_for_update().filter(pk__in=list(given)).order_by("pk"))
    for indicator in fresh:  # the compiled program read earlier in this request is still good
        kept = getattr(given[indicator.pk], "_compiled_program", None)
        if kept is not None:
            indicator._compiled_program = kept
    return fresh


def _agency_of(indicator: Indicator) -> PerangkatDaerah:
    """The indicator's agency with its pemda, without a query when the caller loaded them."""
    if "agency" in indicator._state.fields_cache and "pemda" in indicator.agency._state.fields_cache:
        return indicator.agency
    return PerangkatDaerah.objects.select_related("pemda").get(pk=indicator.agency_id)


def recompute_indicators(indicators: Iterable[Indicator]) -> int:
    """Recompute and store every figure of ``indicators``; returns how many figures changed."""
    by_agency: dict[int, list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        by_agency[indicator.agency_id].append(indicator)
    changed = 0
    with transaction.atomic():
        for agency_id, members in by_agency.items():
            agency = _agency_of(members[0])
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

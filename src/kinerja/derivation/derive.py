"""Every figure of a block, computed column-wise.

1. Own values: each formula runs once per formula shape over all its indicators' rows and columns
   (:mod:`kinerja.derivation.series` gives the terms); direct entries are taken as entered. A period
   without a realisasi has no value ("not reported"), whatever its formula could look up.
2. Spans: the year, the year to date (for a cumulative Rencana Aksi target) and, for a monthly
   indicator, its quarters, by the indicator's rule: ``sum``, ``last``, ``average`` of the own values
   (a needed period undefined makes the span undefined, one missing makes it unknown), or
   ``recompute``: the formula on each variable summed over the span (ratio of sums). A direct entry
   with ``recompute`` takes the last value for "%" and the sum otherwise.
3. Targets: below a year the Rencana Aksi of that period; for a year the PK Perubahan, else the PK,
   else the Renstra target, else the Renstra end target.
4. Capaian and predicate: :func:`kinerja.capaian.compute_capaian_array` (exact near band boundaries);
   predicate targets through the scalar :func:`kinerja.capaian.compute_capaian`.

Figures exist for every year from an indicator's first to its last year with a realisasi or target.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from kinerja.capaian.achievement import compute_capaian
from kinerja.capaian.targets import DEFAULT_PREDICATE_SCALES, PredicateTarget
from kinerja.capaian.vectorised import compute_capaian_array
from kinerja.derivation.block import SHAPES, Block, Settings
from kinerja.derivation.figures import (
    OK,
    RULE_BASIS,
    UNDEFINED,
    UNKNOWN,
    Basis,
    FigureTable,
    Reason,
    empty_table,
)
from kinerja.derivation.series import exact_sum, own_terms, plain_sum, span_columns, span_terms
from kinerja.errors import KinerjaError
from kinerja.periods import Period


@dataclass
class Values:
    """Values with their status and reason, all the same shape."""

    value: np.ndarray
    status: np.ndarray
    reason: np.ndarray
    basis: np.ndarray | None = None
    missing: np.ndarray | None = None
    undefined: np.ndarray | None = None


def own_values(block: Block) -> Values:
    """The value of every indicator in every own period of the block."""
    n, width = len(block.facts), block.columns
    value = np.full((n, width), np.nan)
    status = np.full((n, width), UNKNOWN, np.int8)
    reason = np.full((n, width), int(Reason.NOT_REPORTED), np.int16)
    shapes: dict[str, list[int]] = defaultdict(list)
    direct = []
    for i, facts in enumerate(block.facts):
        (shapes[facts.program.shape] if facts.program is not None else direct).append(i)
    for rows in shapes.values():
        program = block.facts[rows[0]].program
        assert program is not None
        variables = block.values[rows][:, :len(program.variables), :]
        result = program.run(own_terms(program, variables), (len(rows), width))
        value[rows], status[rows], reason[rows] = result.values, result.status, result.reason
    if direct:
        entered = ~np.isnan(block.direct[direct])
        for (i, t) in block.labels:
            if i in direct:
                entered[direct.index(i), t] = True
        value[direct] = block.direct[direct]
        status[direct] = np.where(entered, OK, UNKNOWN)
        reason[direct] = np.where(entered, int(Reason.NONE), int(Reason.NOT_ENTERED))
    absent = ~block.entered
    value[absent] = np.nan
    status[absent] = UNKNOWN
    reason[absent] = int(Reason.NOT_REPORTED)
    return Values(value, status, reason)


def _bits(flags: np.ndarray, columns: np.ndarray, per_year: int) -> np.ndarray:
    """Bit mask over the last axis of ``flags`` (rows, spans, length): bit = column within its year."""
    weights = (1 << (columns % per_year)).astype(np.int32)
    return (flags * weights[None, :, :]).sum(axis=-1).astype(np.int32)


def span_values(block: Block, own: Values, starts: np.ndarray, length: int) -> Values:
    """The value of every indicator over a series of spans (rows, spans), by its rule."""
    n, spans = len(block.facts), len(starts)
    columns = span_columns(starts, length)
    out = Values(np.full((n, spans), np.nan), np.full((n, spans), UNKNOWN, np.int8),
                 np.full((n, spans), int(Reason.NONE), np.int16), np.zeros((n, spans), np.int8),
                 np.zeros((n, spans), np.int32), np.zeros((n, spans), np.int32))
    groups: dict[object, list[int]] = defaultdict(list)
    for i, facts in enumerate(block.facts):
        if facts.rule == "recompute":
            if facts.program is not None:
                groups[("recompute", facts.program.shape)].append(i)
            else:
                groups["last" if facts.percent else "sum", True, True].append(i)
        else:
            groups[facts.rule, False, facts.program is None].append(i)
    for key, rows in groups.items():
        if key[0] == "recompute":
            _recomputed(block, rows, starts, length, columns, out)
        else:
            direct = all(block.facts[i].program is None for i in rows)
            _aggregated(key[0], bool(key[1]), own, rows, columns, block.per_year, out, direct)
    return out


def _aggregated(rule: str, fallback: bool, own: Values, rows: list[int], columns: np.ndarray, per_year: int,
                out: Values, entered: bool) -> None:
    needed = columns[:, -1:] if rule == "last" else columns
    value = own.value[rows][:, needed]
    status = own.status[rows][:, needed]
    undefined = status == UNDEFINED
    missing = ((status != OK) | np.isnan(value)) & ~undefined   # a predicate label is no number to add
    if rule == "last":
        total = value[..., -1]
    else:
        # Entered values are rounded back to their decimals after summing; computed ones (a formula's
        # quotients) are summed as they are, in period order.
        total = exact_sum(value) if entered else plain_sum(value)
        if rule == "average":
            total = total / needed.shape[1]
    any_undefined, any_missing = undefined.any(-1), missing.any(-1)
    out.value[rows] = np.where(any_undefined | any_missing, np.nan, total)
    out.status[rows] = np.where(any_undefined, UNDEFINED, np.where(any_missing, UNKNOWN, OK))
    basis = {"sum": Basis.FALLBACK_SUM, "last": Basis.FALLBACK_LAST}[rule] if fallback else RULE_BASIS[rule]
    out.basis[rows] = int(basis)
    out.undefined[rows] = _bits(undefined, needed, per_year)
    out.missing[rows] = _bits(missing & ~any_undefined[..., None], needed, per_year)


def _recomputed(block: Block, rows: list[int], starts: np.ndarray, length: int, columns: np.ndarray,
                out: Values) -> None:
    program = block.facts[rows[0]].program
    assert program is not None
    variables = block.values[rows][:, :len(program.variables), :]
    result = program.run(span_terms(program, variables, starts, length), (len(rows), len(starts)))
    out.value[rows], out.status[rows], out.reason[rows] = result.values, result.status, result.reason
    out.basis[rows] = int(Basis.RECOMPUTE)
    incomplete = np.isnan(variables[:, :, columns]).any(axis=1)      # (rows, spans, length)
    out.missing[rows] = _bits(incomplete, columns, block.per_year)


@dataclass
class _Slots:
    """Figure slots of one period kind: rows × positions, with their periods."""

    periods: list[Period]          # one per position
    value: Values                  # the slot's own value (own period or span, never cumulative)
    to_date: list[int | None]      # position → index of its year-to-date series (None: not below a year)


def derive(block: Block, settings: Settings) -> FigureTable:
    """Every figure of ``block`` under ``settings``."""
    n = len(block.facts)
    if n == 0:
        return empty_table()
    per_year, years = block.per_year, block.years
    own = own_values(block)
    slot_groups: list[_Slots] = []
    year_periods = [Period.of_year(block.first_year + y) for y in range(years)]
    own_periods = [block.period(t) for t in range(block.columns)]
    if per_year == 1:
        slot_groups.append(_Slots(own_periods, own, [None] * years))
    else:
        slot_groups.append(_Slots(own_periods, own, [t % per_year for t in range(block.columns)]))
        year_starts = np.arange(years) * per_year
        slot_groups.append(_Slots(year_periods, span_values(block, own, year_starts, per_year), [None] * years))
        if block.kind == "month":
            quarter_starts = np.arange(years * 4) * 3
            quarters = [Period.quarter(p.year, q) for p in year_periods for q in range(1, 5)]
            slot_groups.append(_Slots(quarters, span_values(block, own, quarter_starts, 3),
                                      [q * 3 + 2 for _y in range(years) for q in range(4)]))
    active = _active_years(block)
    to_date_cache: dict[int, Values] = {}

    def to_date(j: int) -> Values:
        if j not in to_date_cache:
            to_date_cache[j] = span_values(block, own, np.arange(years) * per_year, j + 1)
        return to_date_cache[j]

    tables = [_table(block, settings, group, active, to_date) for group in slot_groups]
    return FigureTable.concat(tables)


def _active_years(block: Block) -> np.ndarray:
    """(rows, years): the years from each indicator's first to its last year with an input."""
    entered = block.entered.reshape(len(block.facts), block.years, block.per_year).any(-1)
    for (i, t) in block.labels:
        entered[i, t // block.per_year] = True
    targets = block.targets
    y = targets.year.astype(np.int64) - block.first_year
    inside = (y >= 0) & (y < block.years)
    entered[targets.row[inside], y[inside]] = True
    first = np.where(entered.any(1), entered.argmax(1), block.years)
    last = np.where(entered.any(1), block.years - 1 - entered[:, ::-1].argmax(1), -1)
    y = np.arange(block.years)[None, :]
    return (y >= first[:, None]) & (y <= last[:, None])


def _table(block: Block, settings: Settings, group: _Slots, active: np.ndarray, to_date) -> FigureTable:
    positions = len(group.periods)
    year_of = np.array([p.year - block.first_year for p in group.periods])
    rows_i, pos_i = np.nonzero(active[:, year_of])
    count = len(rows_i)
    keys = [p.key for p in group.periods]
    position_of = {key: j for j, key in enumerate(keys)}
    # The target of each figure: the stored target of its period with the lowest rank.
    targets = block.targets
    unique, inverse = np.unique(targets.period.astype(str), return_inverse=True) if len(targets) else ([], [])
    target_pos = np.array([position_of.get(k, -1) for k in unique], dtype=np.int64)[inverse] \
        if len(targets) else np.zeros(0, np.int64)
    here = target_pos >= 0
    order = np.lexsort((targets.rank[here], target_pos[here], targets.row[here]))
    chosen_index = np.nonzero(here)[0][order]
    cells = targets.row[chosen_index] * max(positions, 1) + target_pos[chosen_index]
    first = np.ones(len(cells), bool)
    first[1:] = cells[1:] != cells[:-1]
    chosen_index = chosen_index[first]
    grid = np.full((len(block.facts), positions), -1, np.int64)       # figure slot → target index
    grid[targets.row[chosen_index], target_pos[chosen_index]] = chosen_index
    target_of = grid[rows_i, pos_i]
    has = target_of >= 0
    pick = np.where(has, target_of, 0)
    shape = np.where(has, targets.shape[pick], 0).astype(np.int8) if len(targets) else np.zeros(count, np.int8)
    low = np.where(has, targets.low[pick], np.nan) if len(targets) else np.full(count, np.nan)
    high = np.where(has, targets.high[pick], np.nan) if len(targets) else np.full(count, np.nan)
    to_date_of = np.array([-1 if j is None else j for j in group.to_date], dtype=np.int64)[pos_i]
    cumulative = (has & targets.cumulative[pick] & (to_date_of >= 0)) if len(targets) else np.zeros(count, bool)
    target_kind = np.where(has, targets.kind[pick], "") if len(targets) else np.full(count, "", dtype=object)
    target_raw = np.where(has, targets.raw[pick], "") if len(targets) else np.full(count, "", dtype=object)
    value = group.value
    realisasi = value.value[rows_i, pos_i]
    r_status = value.status[rows_i, pos_i]
    r_reason = value.reason[rows_i, pos_i]
    basis = value.basis[rows_i, pos_i] if value.basis is not None else np.zeros(count, np.int8)
    missing = value.missing[rows_i, pos_i] if value.missing is not None else np.zeros(count, np.int32)
    undefined = value.undefined[rows_i, pos_i] if value.undefined is not None else np.zeros(count, np.int32)
    if cumulative.any():
        # Judged from the start of the year to the end of the period: the year-to-date series.
        realisasi, r_status, r_reason = realisasi.copy(), r_status.copy(), r_reason.copy()
        basis, missing, undefined = basis.copy(), missing.copy(), undefined.copy()
        for j in np.unique(to_date_of[cumulative]):
            at = np.nonzero(cumulative & (to_date_of == j))[0]
            span = to_date(int(j))
            i, y = rows_i[at], year_of[pos_i[at]]
            realisasi[at], r_status[at], r_reason[at] = span.value[i, y], span.status[i, y], span.reason[i, y]
            basis[at], missing[at], undefined[at] = span.basis[i, y], span.missing[i, y], span.undefined[i, y]
    predicate_targets = [(int(k), int(target_of[k])) for k in np.nonzero(has & (shape == SHAPES["predicate"]))[0]]
    value_text = np.full(count, "", dtype=object)
    if block.labels and positions == block.columns:
        slot = np.full((len(block.facts), positions), -1, np.int64)
        slot[rows_i, pos_i] = np.arange(count)
        for (i, t), label in block.labels.items():
            if slot[i, t] >= 0:
                value_text[slot[i, t]] = label
    capaian, c_status, predicate = _capaian(block, settings, rows_i, shape, low, high, realisasi, r_status,
                                            predicate_targets, value_text, cumulative)
    ids = np.array([f.id for f in block.facts], dtype=np.int64)
    return FigureTable(
        indicator=ids[rows_i], period=np.array(keys, dtype=object)[pos_i] if count else np.zeros(0, object),
        year=(year_of[pos_i] + block.first_year).astype(np.int32),
        value=value.value[rows_i, pos_i], value_text=value_text, value_status=value.status[rows_i, pos_i],
        value_reason=value.reason[rows_i, pos_i], realisasi=realisasi, realisasi_status=r_status,
        realisasi_reason=r_reason, basis=basis, cumulative=cumulative, missing=missing, undefined=undefined,
        target_kind=target_kind, target_raw=target_raw, capaian=capaian, capaian_status=c_status,
        predicate=predicate)


def _capaian(block: Block, settings: Settings, rows_i: np.ndarray, shape: np.ndarray, low: np.ndarray,
             high: np.ndarray, realisasi: np.ndarray, r_status: np.ndarray, predicate_targets: list,
             value_text: np.ndarray, cumulative: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    count = len(rows_i)
    capaian = np.full(count, np.nan)
    status = np.full(count, UNKNOWN, np.int8)
    predicate = np.full(count, "", dtype=object)
    numeric = (shape == 1) | (shape == 2)
    if numeric.any():
        polarity = np.array([f.polarity for f in block.facts])[rows_i[numeric]]
        convention = np.array([f.convention for f in block.facts])[rows_i[numeric]]
        result = compute_capaian_array(low[numeric], realisasi[numeric], polarity, convention,
                                       target_high=np.where(shape[numeric] == 2, high[numeric], np.nan),
                                       realisasi_status=r_status[numeric], floor=settings.floor,
                                       ceiling=settings.ceiling, scale=settings.scale)
        capaian[numeric] = result.values
        status[numeric] = result.status
        labels = np.array([b.label for b in settings.scale.bands] + [""], dtype=object)
        predicate[numeric] = labels[result.band]
        # A predicate realisasi ("WTP") judged against a number: no capaian exists, and it is not "unreported".
        worded = numeric & (value_text != "") & ~cumulative
        capaian[worded], status[worded], predicate[worded] = np.nan, UNDEFINED, ""
    targets = block.targets
    for k, t in predicate_targets:
        facts = block.facts[rows_i[k]]
        judged = predicate_capaian(targets.label[t], targets.scale[t], targets.raw[t], realisasi[k], int(r_status[k]),
                                   value_text[k] or None, facts.polarity, facts.convention, settings,
                                   bool(cumulative[k]))
        capaian[k] = np.nan if judged is None or judged.value is None else judged.value
        status[k] = UNKNOWN if judged is None else {"ok": OK, "unknown": UNKNOWN, "undefined": UNDEFINED}[judged.status]
        predicate[k] = judged.predicate.label if judged is not None and judged.predicate else ""
    return capaian, status, predicate


def predicate_target(label: str | None, scale: str | None, raw: str) -> PredicateTarget | None:
    for candidate in DEFAULT_PREDICATE_SCALES:
        if candidate.name == scale and label in candidate.scores:
            return PredicateTarget(label, candidate, raw)
    return None


def predicate_capaian(target_label: str | None, target_scale: str | None, target_raw: str, realisasi: float,
                      status: int, label: str | None, polarity: str, convention: str, settings: Settings,
                      cumulative: bool):
    """A capaian against a predicate target (scores on the target's scale); ``None`` if it cannot be read.

    A realisasi that is not a predicate of the target's scale gives an undefined capaian with that
    reason, never an error page."""
    from kinerja.capaian.achievement import Undefined

    parsed = predicate_target(target_label, target_scale, target_raw)
    if parsed is None:
        return None
    if label is not None and not cumulative:
        given: object = label
    elif status == UNDEFINED:
        given = Undefined("realisasi tidak terdefinisi", "the realisasi is undefined")
    elif status == OK and not np.isnan(realisasi):
        given = Decimal(repr(float(realisasi)))
    else:
        given = None
    try:
        return compute_capaian(parsed, given, polarity=polarity, convention=convention, floor=settings.floor,
                               ceiling=settings.ceiling, scale=settings.scale)
    except KinerjaError:
        return compute_capaian(parsed, Undefined("realisasi bukan predikat pada skala target",
                                                 "the realisasi is not a predicate of the target's scale"),
                               polarity="positif", convention="2t-r", floor=settings.floor,
                               ceiling=settings.ceiling, scale=settings.scale)


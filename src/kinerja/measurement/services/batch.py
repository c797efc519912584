"""Recompute many capaian at once (an agency, a province) from stored variables, with numpy.

Indicators whose formulas have the same shape (``a / b * 100`` with any variable names) are evaluated
together: rows = indicators, columns = consecutive quarters. Targets are the Rencana Aksi targets of
each quarter; capaian and predicates come from :func:`kinerja.capaian.compute_capaian_array`, so they
are the same as the scalar path's. Indicators entered directly (no readable formula) take their stored
value.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np

from kinerja.capaian.periods import Period
from kinerja.capaian.vectorised import compute_capaian_array
from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.formula import compile_batch
from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Var, to_text, variable_names
from kinerja.formula.expression import parse_expression
from kinerja.measurement.models import Target, VariableValue
from kinerja.measurement.services.compute import scale_for


def _rename(node: Expr, names: dict[str, str]) -> Expr:
    if isinstance(node, (Var, Agg)):
        return replace(node, name=names[node.name])
    if isinstance(node, Neg):
        return Neg(_rename(node.operand, names))
    if isinstance(node, BinOp):
        return BinOp(node.op, _rename(node.left, names), _rename(node.right, names))
    return node


@dataclass
class BatchOutcome:
    indicators: list[int]
    periods: list[Period]
    values: np.ndarray       # (indicators, periods) realisasi, NaN unknown
    capaian: np.ndarray      # (indicators, periods) capaian %, NaN unless ok
    status: np.ndarray       # capaian status index (kinerja.capaian.vectorised.STATUSES)
    band: np.ndarray         # band index into the scale, -1 none


def recompute_quarters(agency: PerangkatDaerah, years: range) -> BatchOutcome:
    """Realisasi and capaian of every active formula indicator of ``agency`` for every quarter of ``years``."""
    periods = [q for y in years for q in Period.of_year(y).children("quarter")]
    column = {p.key: i for i, p in enumerate(periods)}
    indicators = list(Indicator.objects.filter(agency=agency, is_active=True, period_type="triwulanan")
                      .values_list("pk", "formula", "polarity", "capaian_convention"))
    row = {pk: i for i, (pk, *_rest) in enumerate(indicators)}
    shape_of: dict[int, tuple[str, list[str]]] = {}
    for pk, formula, _polarity, _convention in indicators:
        text = (formula or {}).get("expression") if isinstance(formula, dict) else None
        if not text:
            continue
        tree = parse_expression(text)
        names = variable_names(tree)
        positional = {n: f"v{i}" for i, n in enumerate(names)}
        shape_of[pk] = (to_text(_rename(tree, positional)), names)

    # (indicator, variable) → quarter columns, straight from the rows.
    stored: dict[tuple[int, str], np.ndarray] = defaultdict(lambda: np.full(len(periods), np.nan))
    rows = (VariableValue.objects.filter(agency=agency, realisasi__year__in=list(years))
            .values_list("realisasi__indicator_id", "realisasi__period", "variable__key", "value").iterator(2000))
    for ind, period_key, key, value in rows:
        if value is not None and period_key in column:
            stored[(ind, key)][column[period_key]] = float(value)

    values = np.full((len(indicators), len(periods)), np.nan)
    groups: dict[str, list[int]] = defaultdict(list)
    for pk, (shape, _names) in shape_of.items():
        groups[shape].append(pk)
    for shape, members in groups.items():
        # One run per shape: its rows are the indicators sharing it, so arrays line up.
        names_per = [shape_of[pk][1] for pk in members]
        data = {f"v{i}": np.stack([stored[(pk, names[i])] for pk, names in zip(members, names_per)])
                for i in range(len(names_per[0]))}
        result = compile_batch({"f": shape}).run(data)["f"]
        values[[row[pk] for pk in members]] = result.values

    targets = np.full_like(values, np.nan)
    high = np.full_like(values, np.nan)
    for ind, period_key, parsed in (Target.objects.filter(agency=agency, kind=Target.Kind.RENCANA_AKSI,
                                                          year__in=list(years))
                                    .values_list("indicator_id", "period", "parsed").iterator(2000)):
        if ind in row and period_key in column and parsed.get("kind") in ("number", "range"):
            i, j = row[ind], column[period_key]
            targets[i, j] = parsed.get("value", parsed.get("low"))
            if parsed["kind"] == "range":
                high[i, j] = parsed["high"]
    pemda = agency.pemda
    polarity = np.repeat(np.array([p for _pk, _f, p, _c in indicators], dtype=object)[:, None], len(periods), 1)
    convention = np.repeat(np.array([c or pemda.lower_is_better_convention for *_x, c in indicators],
                                    dtype=object)[:, None], len(periods), 1)
    if not indicators:
        empty = np.zeros((0, len(periods)))
        return BatchOutcome([], periods, empty, empty, empty.astype(np.int8), empty.astype(np.int64))
    capaian = compute_capaian_array(targets, values, polarity, convention, target_high=high,
                                    floor=pemda.capaian_floor, ceiling=pemda.capaian_ceiling, scale=scale_for(agency))
    return BatchOutcome([pk for pk, *_ in indicators], periods, values, capaian.values, capaian.status, capaian.band)

"""The test oracle: every figure of an indicator recomputed from scratch, one cell at a time, by the
scalar functions — the tree-walking :func:`kinerja.formula.evaluate` and
:func:`kinerja.capaian.compute_capaian` — following the rules of docs/measurement.md. It reads the
stored inputs through the ORM and shares no code with :mod:`kinerja.derivation`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from kinerja.capaian.achievement import Undefined, compute_capaian
from kinerja.capaian.targets import parse_target
from kinerja.catalog.models import Indicator
from kinerja.errors import KinerjaError
from kinerja.formula import FormulaError, PeriodData, evaluate, parse_expression, stored_formula
from kinerja.formula.expr import Agg, Var, to_text, variable_names, walk
from kinerja.measurement.models import Figure, Realisasi, Target, VariableValue
from kinerja.measurement.services.scales import settings_for
from kinerja.periods import Period, parse_period

KIND = {"tahunan": "year", "semesteran": "semester", "triwulanan": "quarter", "bulanan": "month"}
YEAR_ORDER = ("pk_perubahan", "pk", "renstra", "renstra_end")
EXACT = 2.0 ** 52 / 10 ** 8


@dataclass
class Cell:
    value: float | str | None
    status: str


@dataclass
class Expected:
    value: Cell
    realisasi: Cell
    target_raw: str
    capaian: float | None
    capaian_status: str
    predicate: str


def _round(x: float) -> float:
    return round(x, 8) if abs(x) < EXACT else x


def _own_periods(kind: str, year: int) -> list[Period]:
    whole = Period.of_year(year)
    return [whole] if kind == "year" else list(whole.children(kind))


class _Indicator:
    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.kind = KIND[indicator.period_type]
        formula = stored_formula(indicator.formula)
        catalog = {v.key for v in indicator.variables.all()}
        self.expression = None
        if formula.problem is None and formula.expression:
            try:
                names = variable_names(parse_expression(formula.expression))
            except FormulaError:
                names = None
            if names and all(n in catalog for n in names):
                self.expression = formula.expression
                self.names = names
        self.rows = {r.period: r for r in Realisasi.objects.filter(indicator=indicator)}
        self.values: dict[Period, dict[str, float]] = {}
        for vv in VariableValue.objects.filter(realisasi__indicator=indicator).select_related("variable", "realisasi"):
            if vv.value is not None:
                self.values.setdefault(parse_period(vv.realisasi.period), {})[vv.variable.key] = float(vv.value)
        self.targets = list(Target.objects.filter(indicator=indicator))

    # --- own values ------------------------------------------------------------------------------
    def own(self, period: Period) -> Cell:
        row = self.rows.get(period.key)
        if row is None:
            return Cell(None, "unknown")
        if self.expression is None:
            if row.direct_value is not None:
                return Cell(float(row.direct_value), "ok")
            return Cell(row.value_label or None, "ok" if row.value_label else "unknown")
        data = PeriodData.from_rows((name, p, v) for p, values in self.values.items() if p.kind == self.kind
                                    for name, v in values.items())
        outcome = evaluate(self.expression, data, period)
        return Cell(outcome.value, outcome.status)

    # --- spans -------------------------------------------------------------------------------------
    def rule(self) -> str:
        rule = self.indicator.aggregation
        if rule == "recompute" and self.expression is None:
            return "last" if self.indicator.satuan.strip() == "%" else "sum"
        return rule

    def span(self, span: Period, upto: Period | None) -> Cell:
        parts = [p for p in span.children(self.kind) if upto is None or p.last_month <= upto.last_month]
        rule = self.rule()
        if rule == "recompute":
            return self._recomputed(span, upto)
        needed = parts[-1:] if rule == "last" else parts
        cells = [self.own(p) for p in needed]
        if any(c.status == "undefined" for c in cells):
            return Cell(None, "undefined")
        if any(c.status != "ok" or not isinstance(c.value, float) for c in cells):
            return Cell(None, "unknown")
        if rule == "last":
            return Cell(cells[-1].value, "ok")
        total = 0.0
        for c in cells:
            total += c.value
        if self.expression is None:
            total = _round(total)
        return Cell(total / len(cells) if rule == "average" else total, "ok")

    def _shifted(self, span: Period, upto: Period | None, k: int) -> tuple[Period, Period | None]:
        if span.kind == "year":
            return Period.of_year(span.year - k), (Period(upto.year - k, upto.kind, upto.index) if upto else None)
        return span.shifted(-k), None

    def _periods_of(self, span: Period, upto: Period | None) -> list[Period]:
        return [p for p in span.children(self.kind) if upto is None or p.last_month <= upto.last_month]

    def _sum(self, name: str, span: Period, upto: Period | None) -> float | None:
        total = 0.0
        for p in self._periods_of(span, upto):
            value = self.values.get(p, {}).get(name)
            if value is None:
                return None
            total += value
        return _round(total)

    def _running(self, name: str, end: Period) -> float | None:
        recorded = sorted(p for p, values in self.values.items() if p.kind == self.kind and name in values
                          and p <= end)
        if not recorded:
            return None
        total, p = 0.0, recorded[0]
        while True:
            value = self.values.get(p, {}).get(name)
            if value is None:
                return None
            total += value
            if p == end:
                return _round(total)
            p = p.next()

    def _recomputed(self, span: Period, upto: Period | None) -> Cell:
        mapping: dict[str, float | None] = {}
        for node in walk(parse_expression(self.expression)):
            if not isinstance(node, (Var, Agg)):
                continue
            shifted, shifted_upto = self._shifted(span, upto, node.offset)
            if isinstance(node, Agg) and node.func == "cumsum":
                parts = self._periods_of(shifted, shifted_upto)
                value = self._running(node.name, parts[-1])
            else:
                value = self._sum(node.name, shifted, shifted_upto)
                if value is not None and isinstance(node, Agg) and node.func == "mean":
                    value = value / len(self._periods_of(shifted, shifted_upto))
            mapping[to_text(node)] = value
        outcome = evaluate(self.expression, mapping)
        return Cell(outcome.value, outcome.status)

    # --- figures -----------------------------------------------------------------------------------
    def years(self) -> list[int]:
        found = {parse_period(k).year for k in self.rows if parse_period(k).kind == self.kind}
        found |= {t.year for t in self.targets}
        return list(range(min(found), max(found) + 1)) if found else []

    def target(self, period: Period) -> Target | None:
        rows = {t.kind: t for t in self.targets if t.period == period.key}
        order = YEAR_ORDER if period.kind == "year" else ("rencana_aksi",)
        return next((rows[k] for k in order if k in rows), None)

    def expected(self) -> dict[str, Expected]:
        settings = settings_for(self.indicator.agency)
        convention = self.indicator.capaian_convention or self.indicator.agency.pemda.lower_is_better_convention
        out = {}
        for year in self.years():
            periods = _own_periods(self.kind, year)
            if self.kind != "year":
                periods.append(Period.of_year(year))
            if self.kind == "month":
                periods += list(Period.of_year(year).children("quarter"))
            for period in periods:
                own = self.own(period) if period.kind == self.kind else self.span(period, None)
                target = self.target(period)
                realisasi = own
                if target is not None and target.cumulative and period.kind != "year":
                    realisasi = self.span(Period.of_year(year), period)
                out[period.key] = self._judged(period, own, realisasi, target, settings, convention)
        return out

    def _judged(self, period, own, realisasi, target, settings, convention) -> Expected:
        if target is None:
            return Expected(own, realisasi, "", None, "unknown", "")
        if realisasi.status == "undefined":
            given = Undefined("x", "x")
        elif realisasi.status == "ok":
            given = realisasi.value if isinstance(realisasi.value, str) else Decimal(repr(realisasi.value))
        else:
            given = None
        try:
            judged = compute_capaian(parse_target(target.raw), given, polarity=self.indicator.polarity,
                                     convention=convention, floor=settings.floor, ceiling=settings.ceiling,
                                     scale=settings.scale)
        except KinerjaError:
            return Expected(own, realisasi, target.raw, None, "undefined", "")
        return Expected(own, realisasi, target.raw, judged.value, judged.status,
                        judged.predicate.label if judged.predicate else "")


def expected_figures(indicator: Indicator) -> dict[str, Expected]:
    """Every figure of ``indicator`` as the rules say it must be: period key → :class:`Expected`."""
    return _Indicator(indicator).expected()


STATUS = {0: "ok", 1: "unknown", 2: "undefined"}


def _same(a, b) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return (a is None or isinstance(a, float) and math.isnan(a)) == (b is None or isinstance(b, float) and
                                                                          math.isnan(b))
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def differences(indicator: Indicator) -> list[str]:
    """How the stored figures of ``indicator`` differ from the oracle's (empty: they agree)."""
    expected = expected_figures(indicator)
    stored = {f.period: f for f in Figure.objects.filter(indicator=indicator)}
    found = []
    if set(expected) != set(stored):
        found.append(f"periods: expected {sorted(expected)}, stored {sorted(stored)}")
    for key in sorted(set(expected) & set(stored)):
        e, f = expected[key], stored[key]
        own = f.value_text or f.value if f.value_status == 0 else None
        realisasi = f.realisasi if f.realisasi_status == 0 else None
        checks = [
            ("value status", e.value.status, STATUS[f.value_status]),
            ("realisasi status", e.realisasi.status, STATUS[f.realisasi_status]),
            ("target", e.target_raw, f.target_raw),
            ("capaian status", e.capaian_status, STATUS[f.capaian_status]),
            ("predicate", e.predicate, f.predicate),
        ]
        for what, want, got in checks:
            if want != got:
                found.append(f"{key} {what}: expected {want!r}, stored {got!r}")
        if isinstance(e.value.value, str) or isinstance(own, str):
            if e.value.value != own:
                found.append(f"{key} value: expected {e.value.value!r}, stored {own!r}")
        elif not _same(e.value.value, own):
            found.append(f"{key} value: expected {e.value.value!r}, stored {own!r}")
        if not isinstance(e.realisasi.value, str) and not _same(e.realisasi.value, realisasi):
            found.append(f"{key} realisasi: expected {e.realisasi.value!r}, stored {realisasi!r}")
        if not _same(e.capaian, f.capaian):
            found.append(f"{key} capaian: expected {e.capaian!r}, stored {f.capaian!r}")
    return found

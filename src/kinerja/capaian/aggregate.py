"""Values of a longer period (a year, or "s.d. TW II") from its sub-periods (quarters, months).

The indicator says how quarters add up: ``sum`` (a count of events), ``last`` (a stock or a rate
measured at the end), ``average`` (a mean level), or ``recompute`` (a formula evaluated on each base
variable summed over the period: the ratio of sums, not the average of ratios).

Unknown is never zero: a sub-period with no value makes the result unknown and says which one was
missing. ``last`` with the last quarter missing is unknown, not the quarter before it.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.capaian.decimals import Number, as_decimal, format_exact
from kinerja.capaian.errors import CapaianError
from kinerja.periods import Period, PeriodKind, parse_period

RULES: tuple[str, ...] = ("sum", "last", "average", "recompute")
_RULE_ID = {"sum": "jumlah", "last": "nilai terakhir", "average": "rata-rata"}
_RULE_EN = {"sum": "sum", "last": "last value", "average": "average"}

RECOMPUTE_NOTE_ID = ("Nilai dihitung ulang dari jumlah tiap variabel selama periode: rasio dari jumlah, "
                     "bukan rata-rata rasio.")
RECOMPUTE_NOTE_EN = ("The value is recomputed from each variable summed over the period: the ratio of sums, "
                     "not the average of ratios.")


def normalise_rule(rule: str) -> str:
    r = str(rule).strip().lower()
    if r not in RULES:
        raise CapaianError(f"aturan agregasi '{rule}' tidak dikenal ({', '.join(RULES)})",
                           f"unknown aggregation rule '{rule}' ({', '.join(RULES)})")
    return r


def expected_periods(period: Period, child_kind: PeriodKind = "quarter", upto: Period | None = None) -> tuple[Period, ...]:
    """The ``child_kind`` periods of ``period`` that end by the end of ``upto`` (all when ``None``)."""
    children = period.children(child_kind)
    if upto is None:
        return children
    if not period.contains(upto):
        raise CapaianError(f"{upto.label()} tidak berada di dalam {period.label()}",
                           f"{upto.label('en')} does not lie inside {period.label('en')}")
    return tuple(p for p in children if p.last_month <= upto.last_month)


def _keyed(values: Mapping[Period | str, Number | str | None]) -> dict[Period, Decimal | None]:
    return {(k if isinstance(k, Period) else parse_period(k)): as_decimal(v, what="realisasi", what_en="realisasi")
            for k, v in values.items()}


def _span_label(periods: tuple[Period, ...], language: str) -> str:
    if len(periods) == 1:
        return periods[0].label(language)
    return f"{periods[0].label(language)} – {periods[-1].label(language)}"


@dataclass(frozen=True)
class Aggregate:
    """A value built from sub-periods; ``value`` is ``None`` (status ``"unknown"``) when any needed
    sub-period is missing, listed in ``missing``."""

    value: Decimal | None
    rule: str
    used: tuple[Period, ...]
    missing: tuple[Period, ...]
    explanation_id: str
    explanation_en: str

    @property
    def status(self) -> str:
        return "ok" if self.value is not None else "unknown"


def aggregate(period: Period, values: Mapping[Period | str, Number | str | None], rule: str, *,
              child_kind: PeriodKind = "quarter", upto: Period | None = None) -> Aggregate:
    """The value of ``period`` (up to the end of ``upto``) from its ``child_kind`` values by ``rule``.

    ``values`` maps sub-periods (or their labels) to numbers; ``None``, NaN, blank or an absent key
    is missing. Values outside the expected sub-periods are ignored.
    """
    rule = normalise_rule(rule)
    if rule == "recompute":
        raise CapaianError("aturan 'recompute' menghitung ulang rumus dari jumlah variabel: pakai sum_variables",
                           "the 'recompute' rule re-evaluates the formula on summed variables: use sum_variables")
    expected = expected_periods(period, child_kind, upto)
    known = _keyed(values)
    needed = expected[-1:] if rule == "last" else expected
    missing = tuple(p for p in needed if known.get(p) is None)
    span_id, span_en = _span_label(expected, "id"), _span_label(expected, "en")
    if missing:
        names_id = ", ".join(p.label() for p in missing)
        names_en = ", ".join(p.label("en") for p in missing)
        extra_id = extra_en = ""
        if rule == "last":
            extra_id, extra_en = " dan tidak diganti dengan periode sebelumnya", " and is not replaced by an earlier period"
        return Aggregate(None, rule, (), missing,
                         f"{_RULE_ID[rule].capitalize()} {span_id} tidak diketahui: {names_id} belum dilaporkan "
                         f"(tidak dianggap 0){extra_id}.",
                         f"The {_RULE_EN[rule]} of {span_en} is unknown: {names_en} not reported "
                         f"(not taken as 0){extra_en}.")
    decimals = [d for p in needed if (d := known.get(p)) is not None]
    if rule == "last":
        value = decimals[-1]
        text_id = f"Nilai terakhir {span_id} = {needed[-1].label()} = {format_exact(value)}."
        text_en = f"Last value of {span_en} = {needed[-1].label('en')} = {format_exact(value, 'en')}."
    else:
        total = sum(decimals, Decimal(0))
        value = total if rule == "sum" else total / len(decimals)
        terms_id = " + ".join(format_exact(d) for d in decimals)
        terms_en = " + ".join(format_exact(d, "en") for d in decimals)
        if rule == "sum":
            text_id = f"Jumlah {span_id} = {terms_id} = {format_exact(value)}."
            text_en = f"Sum of {span_en} = {terms_en} = {format_exact(value, 'en')}."
        else:
            text_id = f"Rata-rata {span_id} = ({terms_id}) / {len(decimals)} = {format_exact(value)}."
            text_en = f"Average of {span_en} = ({terms_en}) / {len(decimals)} = {format_exact(value, 'en')}."
    return Aggregate(value, rule, needed, (), text_id, text_en)


@dataclass(frozen=True)
class SummedVariables:
    """Base variables aggregated over a period, for the formula engine to evaluate once.

    ``sums[name]`` is ``None`` when a sub-period lacks that variable (see ``missing``).
    """

    sums: dict[str, Decimal | None]
    missing: dict[str, tuple[Period, ...]]
    parts: dict[str, Aggregate] = field(repr=False)
    note_id: str = RECOMPUTE_NOTE_ID
    note_en: str = RECOMPUTE_NOTE_EN

    @property
    def status(self) -> str:
        return "ok" if all(v is not None for v in self.sums.values()) else "unknown"

    def known(self) -> dict[str, Decimal]:
        """The sums, only when all are known (else a bilingual error naming what is missing)."""
        if self.status != "ok":
            gaps = "; ".join(f"{name}: {', '.join(p.label() for p in ps)}" for name, ps in self.missing.items())
            gaps_en = "; ".join(f"{name}: {', '.join(p.label('en') for p in ps)}" for name, ps in self.missing.items())
            raise CapaianError(f"variabel belum lengkap ({gaps})", f"variables are incomplete ({gaps_en})")
        return {k: v for k, v in self.sums.items() if v is not None}


def sum_variables(period: Period, values: Mapping[Period | str, Mapping[str, Number | str | None]], *,
                  child_kind: PeriodKind = "quarter", upto: Period | None = None,
                  variable_rules: Mapping[str, str] | None = None) -> SummedVariables:
    """Each base variable summed over ``period``'s sub-periods (the ``recompute`` rule).

    A variable that is a stock rather than a flow (e.g. the labour force, measured at year end) may
    take another rule through ``variable_rules`` (``{"angkatan_kerja": "last"}``); the default is sum.
    """
    rules = dict(variable_rules or {})
    keyed = {(k if isinstance(k, Period) else parse_period(k)): v for k, v in values.items()}
    names = sorted({name for variables in keyed.values() for name in variables} | set(rules))
    parts = {name: aggregate(period, {p: variables.get(name) for p, variables in keyed.items()},
                             rules.get(name, "sum"), child_kind=child_kind, upto=upto) for name in names}
    return SummedVariables({n: a.value for n, a in parts.items()},
                           {n: a.missing for n, a in parts.items() if a.missing}, parts)

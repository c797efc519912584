"""What an indicator asks operators to enter, and how its value is computed from what they entered.

The only module of the measurement app that talks to :mod:`kinerja.formula`; every other service asks
here, so a change in the engine's API is absorbed in one place.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kinerja.capaian.periods import Period
from kinerja.catalog.models import Indicator, Variable
from kinerja.errors import KinerjaError
from kinerja import formula
from kinerja.formula.expr import Expr, variable_names
from kinerja.formula.expression import parse_expression


@dataclass(frozen=True)
class Inputs:
    """The fields of an entry row: base variables (``expression`` set) or one direct value."""

    expression: Expr | None
    expression_text: str
    variables: tuple[Variable, ...]
    note_id: str = ""
    note_en: str = ""

    @property
    def direct(self) -> bool:
        return self.expression is None


def inputs_for(indicator: Indicator, variables: Mapping[str, Variable] | None = None) -> Inputs:
    """The inputs of ``indicator``; ``variables`` (key → Variable of its agency) saves a query per row."""
    formula = indicator.formula or {}
    text = (formula.get("expression") or "").strip() if isinstance(formula, dict) else ""
    if not text:
        return Inputs(None, "", (), "Rumus belum terbaca; realisasi diisi langsung sebagai nilai indikator.",
                      "The formula has not been read; the realisasi is entered directly as the indicator's value.")
    try:
        expression = parse_expression(text)
    except KinerjaError as exc:
        return Inputs(None, text, (), f"Rumus tidak dapat dibaca ({exc.message_id}); realisasi diisi langsung.",
                      f"The formula cannot be read ({exc.message_en}); the realisasi is entered directly.")
    if variables is None:
        variables = {v.key: v for v in indicator.variables.all()}
    names = variable_names(expression)
    missing = [n for n in names if n not in variables]
    if missing:
        listed = ", ".join(missing)
        return Inputs(None, text, (), f"Variabel {listed} belum ada di katalog; realisasi diisi langsung.",
                      f"Variables {listed} are not in the catalog; the realisasi is entered directly.")
    if not names:
        return Inputs(None, text, (), "Rumus tanpa variabel (target tetap); realisasi diisi langsung.",
                      "The formula has no variables (a fixed target); the realisasi is entered directly.")
    return Inputs(expression, text, tuple(variables[n] for n in names))


@dataclass(frozen=True)
class Computed:
    value: Decimal | None
    status: str
    reason_id: str = ""
    reason_en: str = ""


def compute_value(inputs: Inputs, data: Mapping[str, Mapping[Period, float]], period: Period) -> Computed:
    """The indicator's value for ``period`` from ``data`` (variable key → period → value)."""
    rows = ((name, p.key, v) for name, values in data.items() for p, v in values.items())
    outcome = formula.evaluate(inputs.expression, formula.PeriodData.from_rows(rows), period.key)
    value = None if outcome.value is None else Decimal(repr(float(outcome.value)))
    return Computed(value, outcome.status, outcome.reason_id or "", outcome.reason_en or "")

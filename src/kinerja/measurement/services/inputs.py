"""What an indicator asks operators to enter, compiled once from its structured formula.

The only module of the measurement app that reads an indicator's formula. :func:`compile_indicator`
runs when an indicator (or its variables) is saved (signals in ``apps.py``) and stores a
:class:`FormulaProgram`; everything else reads that row. A formula that cannot be computed — none,
invalid, unreadable, or naming variables the catalog lacks — makes the indicator a direct entry, and
the note says why in both languages: that one indicator degrades, never the page.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kinerja.catalog.models import Indicator, Variable
from kinerja.derivation import Facts
from kinerja.formula import FormulaError, Program, stored_formula
from kinerja.measurement.models import FormulaProgram
from kinerja.periods import PeriodKind

PERIOD_KIND_OF: dict[str, PeriodKind] = {"tahunan": "year", "semesteran": "semester", "triwulanan": "quarter",
                                         "bulanan": "month"}
NO_FORMULA = ("Rumus belum terbaca; realisasi diisi langsung sebagai nilai indikator.",
              "The formula has not been read; the realisasi is entered directly as the indicator's value.")
NO_VARIABLES = ("Rumus tanpa variabel (target tetap); realisasi diisi langsung.",
                "The formula has no variables (a fixed target); the realisasi is entered directly.")


@dataclass(frozen=True)
class Inputs:
    """The fields of an entry row: base variables (``program`` set) or one direct value."""

    program: Program | None
    expression_text: str
    variables: tuple[Variable, ...]
    note_id: str = ""
    note_en: str = ""

    @property
    def direct(self) -> bool:
        return self.program is None


def own_kind(indicator: Indicator) -> PeriodKind:
    return PERIOD_KIND_OF.get(indicator.period_type, "quarter")


def _compiled(indicator: Indicator, variables: Mapping[str, Variable]) -> tuple[Program | None, list[int], str, str]:
    formula = stored_formula(indicator.formula)
    if formula.problem is not None:
        return None, [], (f"{formula.problem.message_id} Realisasi diisi langsung."), \
            f"{formula.problem.message_en} The realisasi is entered directly."
    if formula.expression is None:
        return None, [], *NO_FORMULA
    try:
        program = formula.program()
    except FormulaError as exc:
        return None, [], f"Rumus tidak dapat dibaca ({exc.message_id}); realisasi diisi langsung.", \
            f"The formula cannot be read ({exc.message_en}); the realisasi is entered directly."
    assert program is not None
    missing = [n for n in program.variables if n not in variables]
    if missing:
        listed = ", ".join(missing)
        return None, [], f"Variabel {listed} belum ada di katalog; realisasi diisi langsung.", \
            f"Variables {listed} are not in the catalog; the realisasi is entered directly."
    if not program.variables:
        return None, [], *NO_VARIABLES
    return program, [variables[n].pk for n in program.variables], "", ""


def compile_indicator(indicator: Indicator) -> FormulaProgram:
    """Compile ``indicator``'s formula against its catalog variables and store it; returns the row."""
    row = compile_indicators([indicator])[indicator.pk]
    indicator._compiled_program = row
    return row


def compile_indicators(indicators: Sequence[Indicator]) -> dict[int, FormulaProgram]:
    """Compile and store the formulas of many indicators at once (a decree commit, a bulk load)."""
    catalog: dict[int, dict[str, Variable]] = {i.pk: {} for i in indicators}
    through = Indicator.variables.through
    for indicator_id, variable in ((row.indicator_id, row.variable) for row in through.objects.filter(
            indicator_id__in=list(catalog)).select_related("variable")):
        catalog[indicator_id][variable.key] = variable
    rows = {}
    for indicator in indicators:
        program, ids, note_id, note_en = _compiled(indicator, catalog[indicator.pk])
        rows[indicator.pk] = FormulaProgram(
            indicator_id=indicator.pk, source=_source(indicator),
            program=program.to_json() if program else None, variable_ids=ids, note_id=note_id[:400],
            note_en=note_en[:400])
    FormulaProgram.objects.bulk_create(list(rows.values()), update_conflicts=True, unique_fields=["indicator"],
                                       update_fields=["source", "program", "variable_ids", "note_id", "note_en"])
    return rows


def _source(indicator: Indicator) -> dict:
    return indicator.formula if isinstance(indicator.formula, dict) else {}


def compiled_for(indicators: Sequence[Indicator]) -> dict[int, FormulaProgram]:
    """The stored programs of ``indicators``, compiling (once) any that is missing or out of date.

    A program read once is kept on the indicator object for the rest of the request (a save reads it
    for the entry, the recompute and the answer), as long as the formula it came from is unchanged."""
    rows: dict[int, FormulaProgram] = {}
    wanted = []
    for indicator in indicators:
        kept = getattr(indicator, "_compiled_program", None)
        if kept is not None and kept.source == _source(indicator):
            rows[indicator.pk] = kept
        else:
            wanted.append(indicator)
    if wanted:
        rows.update({r.indicator_id: r for r in FormulaProgram.objects.filter(indicator__in=[i.pk for i in wanted])})
        stale = [i for i in wanted if i.pk not in rows or rows[i.pk].source != _source(i)]
        if stale:
            rows.update(compile_indicators(stale))
        for indicator in wanted:
            indicator._compiled_program = rows[indicator.pk]
    return rows


def program_of(row: FormulaProgram | None) -> Program | None:
    if row is None or row.program is None:
        return None
    try:
        return Program.from_json(row.program)
    except FormulaError:
        return None


def inputs_for(indicator: Indicator, row: FormulaProgram | None = None,
               variables: Mapping[int, Variable] | None = None) -> Inputs:
    """The inputs of ``indicator``; ``row`` and ``variables`` (pk → Variable) save queries per row."""
    row = row or compiled_for([indicator])[indicator.pk]
    program = program_of(row)
    text = stored_formula(indicator.formula).expression or ""
    if program is None:
        return Inputs(None, text, (), row.note_id or NO_FORMULA[0], row.note_en or NO_FORMULA[1])
    if variables is None:
        variables = {v.pk: v for v in Variable.objects.filter(pk__in=row.variable_ids)}
    if any(pk not in variables for pk in row.variable_ids):
        row = compile_indicator(indicator)
        return inputs_for(indicator, row)
    return Inputs(program, text, tuple(variables[pk] for pk in row.variable_ids))


def inputs_of(indicators: Iterable[Indicator]) -> dict[int, Inputs]:
    """:func:`inputs_for` of many indicators in three queries."""
    indicators = list(indicators)
    rows = compiled_for(indicators)
    ids = {pk for r in rows.values() for pk in r.variable_ids}
    variables = {v.pk: v for v in Variable.objects.filter(pk__in=ids)}
    return {i.pk: inputs_for(i, rows[i.pk], variables) for i in indicators}


def facts_of(indicator: Indicator, row: FormulaProgram | None, default_convention: str) -> Facts:
    """What the derivation engine needs of ``indicator``."""
    program = program_of(row)
    note = (row.note_id, row.note_en) if row is not None and program is None else ("", "")
    return Facts(indicator.pk, own_kind(indicator), indicator.aggregation or "recompute", indicator.polarity,
                 indicator.capaian_convention or default_convention, indicator.satuan.strip() == "%", program,
                 note)

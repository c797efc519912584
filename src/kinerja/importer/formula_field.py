"""The ``formula`` of each row, read by the formula engine (``kinerja.formula``).

One :class:`VariableRegistry` per document so the same phrase gets the same variable key in every
row. The engine's confidence decides whether the row is flagged for review.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LOW_CONFIDENCE = 0.7  # the engine's own review threshold when it does not say
_EMPTY = {"kind": "other", "expression": None, "variables": {}}


@dataclass
class FormulaResult:
    formula: dict
    confident: bool = True
    notes: list[str] = field(default_factory=list)
    satuan: str | None = None  # the engine's unit of the result, when it gives one


class FormulaField:
    """Calls the formula engine when it is installed; without it every formula is ``other``."""

    def __init__(self) -> None:
        try:
            from kinerja.formula import VariableRegistry, read_formula
        except ImportError:
            self._read = None
            self._registry = None
        else:
            self._read = read_formula
            self._registry = VariableRegistry()

    @property
    def available(self) -> bool:
        return self._read is not None

    def read(self, formula_text: str | None, definisi: str | None) -> FormulaResult:
        if not formula_text:
            return FormulaResult(dict(_EMPTY))
        if self._read is None:
            return FormulaResult(dict(_EMPTY), confident=False)
        try:
            reading = self._read(formula_text, definisi=definisi, registry=self._registry)
            formula = reading.to_catalog()
        except Exception as exc:  # the engine is another team's code: one bad cell must not stop the import
            return FormulaResult(dict(_EMPTY), confident=False,
                                 notes=[f"rumus tidak terbaca ({type(exc).__name__})"])
        notes = [w.get("id") or w.get("en") or "" for w in getattr(reading, "warnings", []) or []]
        review = getattr(reading, "needs_review", None)
        if review is None:
            review = getattr(reading, "confidence", 1.0) < LOW_CONFIDENCE
        return FormulaResult(formula, confident=not review, notes=[n for n in notes if n],
                             satuan=getattr(reading, "satuan", None))

"""The ``formula`` of each row, read by the formula engine (``kinerja.formula``).

One :class:`VariableRegistry` per document so the same phrase gets the same variable key in every
row. The engine's confidence and its doubts (each in Indonesian and English, with the words that caused
it) come with every result, for the preview and the review to show; below the engine's review threshold
the row is flagged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kinerja.formula import REVIEW_THRESHOLD, FormulaError, VariableRegistry, read_formula

_EMPTY: dict = {"kind": "other", "expression": None, "variables": {}}


@dataclass
class FormulaResult:
    formula: dict
    confidence: float = 1.0
    doubts: list[dict] = field(default_factory=list)  # {"id": …, "en": …, "words"?: …}
    satuan: str | None = None  # the engine's unit of the result, when it gives one

    @property
    def confident(self) -> bool:
        return self.confidence >= REVIEW_THRESHOLD

    @property
    def notes(self) -> list[str]:
        """The doubts in Indonesian (the importer's warnings are Indonesian)."""
        return [doubt["id"] for doubt in self.doubts]


class FormulaField:
    """Reads each row's formula cell with one variable registry for the whole document."""

    available = True  # kept for callers written when the engine was optional

    def __init__(self) -> None:
        self._registry = VariableRegistry()

    def read(self, formula_text: str | None, definisi: str | None, indikator: str | None = None) -> FormulaResult:
        if not formula_text:
            return FormulaResult(dict(_EMPTY))
        try:
            reading = read_formula(formula_text, definisi=definisi, registry=self._registry, indikator=indikator)
        except FormulaError as exc:  # one unreadable cell must not stop the import: the row is flagged
            return FormulaResult(dict(_EMPTY), confidence=0.0,
                                 doubts=[{"id": f"rumus tidak terbaca: {exc.message_id}",
                                          "en": f"the formula cannot be read: {exc.message_en}"}])
        return FormulaResult(reading.to_catalog(), confidence=reading.confidence,
                             doubts=[dict(w) for w in reading.warnings], satuan=reading.satuan)

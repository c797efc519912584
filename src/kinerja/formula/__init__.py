"""The formula engine: read Indonesian formula prose into a structured formula and compute it.

Pure Python (no Django). See docs/formula.md.
"""
from kinerja.formula.batch import BatchData, BatchResult, CompiledBatch, compile_batch
from kinerja.formula.errors import FormulaError
from kinerja.formula.evaluate import Outcome, PeriodData, PeriodSource, evaluate
from kinerja.formula.expr import Expr
from kinerja.formula.expression import parse_expression
from kinerja.formula.periods import Period
from kinerja.formula.reader import read_formula
from kinerja.formula.reading import REVIEW_THRESHOLD, FormulaReading
from kinerja.formula.registry import VariableRegistry
from kinerja.formula.render import render_expression

__all__ = [
    "BatchData", "BatchResult", "CompiledBatch", "Expr", "FormulaError", "FormulaReading", "Outcome", "Period",
    "PeriodData", "PeriodSource", "REVIEW_THRESHOLD", "VariableRegistry", "compile_batch", "evaluate",
    "parse_expression", "read_formula", "render_expression",
]

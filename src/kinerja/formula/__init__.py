"""The formula engine: read Indonesian formula prose into a structured formula and compute it.

Pure Python (no Django). See docs/formula.md.
"""
from kinerja.formula.batch import Evaluated, Program, compile_program
from kinerja.formula.errors import FormulaError
from kinerja.formula.evaluate import Outcome, PeriodData, PeriodSource, evaluate
from kinerja.formula.expr import Expr
from kinerja.formula.expression import parse_expression
from kinerja.formula.reader import read_formula
from kinerja.formula.reading import REVIEW_THRESHOLD, FormulaReading
from kinerja.formula.registry import VariableRegistry
from kinerja.formula.render import render_expression
from kinerja.formula.structured import StructuredFormula, check_formula, stored_formula
from kinerja.periods import Period

__all__ = [
    "Evaluated", "Expr", "FormulaError", "FormulaReading", "Outcome", "Period", "PeriodData", "PeriodSource",
    "Program", "REVIEW_THRESHOLD", "StructuredFormula", "VariableRegistry", "check_formula", "compile_program",
    "evaluate", "parse_expression", "read_formula", "render_expression", "stored_formula",
]

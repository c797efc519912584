"""Compiled programs agree with the scalar evaluator cell by cell: values, statuses and reasons (the
same bilingual text), and they survive being stored as JSON."""
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.formula import FormulaError, Program, compile_program, evaluate
from kinerja.formula.batch import STATUS_OK, STATUS_UNDEFINED, STATUS_UNKNOWN
from kinerja.formula.expr import to_text

CODES = {"ok": STATUS_OK, "unknown": STATUS_UNKNOWN, "undefined": STATUS_UNDEFINED}
FORMULAS = ["a / b * 100", "(a - a[n-1]) / a[n-1] * 100", "a / (b - cumsum(a, n-1)) * 100",
            "a * 0.4 + b * 0.3 + c * 0.3", "a - b", "mean(m) - c", "-a / 2", "a / b / c", "(a + b) / (a - b)"]


def _cells(program: Program, rng: np.random.Generator, shape=(5, 7)) -> list[np.ndarray]:
    out = []
    for _term in program.terms:
        values = rng.integers(0, 3, size=shape).astype(float)
        values[rng.random(shape) < 0.2] = np.nan
        out.append(values)
    return out


@pytest.mark.parametrize("expression", FORMULAS)
def test_every_cell_matches_the_scalar_evaluator(expression):
    program = compile_program(expression)
    rng = np.random.default_rng(len(expression))
    terms = _cells(program, rng)
    result = program.run(terms, (5, 7))
    for i in range(5):
        for j in range(7):
            mapping = {to_text(t): (None if np.isnan(terms[k][i, j]) else float(terms[k][i, j]))
                       for k, t in enumerate(program.terms)}
            scalar = evaluate(expression, mapping)
            assert result.status[i, j] == CODES[scalar.status], (expression, i, j, scalar)
            if scalar.ok:
                assert result.values[i, j] == pytest.approx(scalar.value)
            else:
                assert np.isnan(result.values[i, j])
                code = int(result.reason[i, j])
                if code < len(program.terms):  # a missing term: the scalar names it by its catalog text
                    assert f"'{to_text(program.terms[code])}'" in scalar.reason_id
                else:
                    assert program.reason(code) == (scalar.reason_id, scalar.reason_en)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FORMULAS), st.integers(0, 2 ** 32 - 1))
def test_random_cells_match(expression, seed):
    program = compile_program(expression)
    terms = _cells(program, np.random.default_rng(seed), (3, 4))
    result = program.run(terms, (3, 4))
    for i in range(3):
        for j in range(4):
            mapping = {to_text(t): (None if np.isnan(terms[k][i, j]) else float(terms[k][i, j]))
                       for k, t in enumerate(program.terms)}
            assert result.status[i, j] == CODES[evaluate(expression, mapping).status]


def test_division_by_zero_is_undefined_never_infinite_and_named():
    program = compile_program("a / b")
    result = program.run([np.array([[1.0, 0.0, np.nan]]), np.array([[0.0, 0.0, 0.0]])], (1, 3))
    assert result.status.tolist() == [[STATUS_UNDEFINED] * 3]
    assert np.isnan(result.values).all()
    assert program.reason(int(result.reason[0, 0]))[1] == "division by zero (b = 0): the result is undefined"


def test_a_missing_term_is_named_with_the_period_it_was_read_for():
    program = compile_program("(x - x[n-1]) / x[n-1] * 100")
    result = program.run([np.array([[5.0]]), np.array([[np.nan]])], (1, 1))
    code = int(result.reason[0, 0])
    assert program.term_offset(code) == 1
    assert program.reason(code, "TW IV 2024", "Q4 2024") == ("nilai 'x' untuk periode TW IV 2024 belum ada",
                                                          "no value for 'x' in period Q4 2024")


def test_programs_of_the_same_shape_share_it_and_survive_json():
    one, other = compile_program("a / b * 100"), compile_program("penduduk / angkatan * 100")
    assert one.shape == other.shape and other.variables == ("penduduk", "angkatan")
    stored = Program.from_json(json.loads(json.dumps(other.to_json())))
    assert stored == other


@pytest.mark.parametrize("bad", [{}, {"format": 99}, {"format": 1, "ops": [["bin", "^", 0]], "terms": [],
                                                       "variables": [], "divisions": [], "shape": ""}])
def test_a_stored_program_that_is_not_one_is_a_formula_error(bad):
    with pytest.raises(FormulaError):
        Program.from_json(bad)


def test_bad_text_and_wrong_term_count_are_formula_errors():
    with pytest.raises(FormulaError):
        compile_program("a /")
    with pytest.raises(FormulaError):
        compile_program("a / b").run([np.zeros((1, 1))], (1, 1))


def test_out_of_range_is_undefined():
    program = compile_program("a * a")
    result = program.run([np.array([[1e200]])], (1, 1))
    assert result.status[0, 0] == STATUS_UNDEFINED
    assert program.reason(int(result.reason[0, 0]))[1] == "the result is out of numeric range"

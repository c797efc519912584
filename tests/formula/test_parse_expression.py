"""The catalog expression language: parse, print canonically, reject everything else."""
import pytest

from kinerja.formula import FormulaError, parse_expression
from kinerja.formula.expr import Agg, BinOp, Num, Var, to_text


@pytest.mark.parametrize("text", [
    "a / b * 100",
    "(x - x[n-1]) / x[n-1] * 100",
    "ikm / (ikm_terdata - cumsum(ikm, n-1)) * 100",
    "mean(ihk_bulanan)",
    "unsur_a * 0.4 + unsur_b * 0.3 + unsur_c * 0.3",
    "pdrb / tenaga_kerja / 1920",
    "a - (b - c)",
    "a / (b / c)",
    "lls_terdaftar - lls_tidak_memperpanjang",
])
def test_canonical_text_round_trips(text):
    tree = parse_expression(text)
    assert to_text(tree) == text
    assert parse_expression(to_text(tree)) == tree


def test_structure_of_a_growth_formula():
    tree = parse_expression("(x - x[n-1]) / x[n-1] * 100")
    assert tree == BinOp("*", BinOp("/", BinOp("-", Var("x"), Var("x", 1)), Var("x", 1)), Num(100.0))


def test_x_of_n_is_x_and_cumsum_keeps_its_offset():
    assert parse_expression("x[n]") == Var("x")
    assert parse_expression("cumsum(x, n-1)") == Agg("cumsum", "x", 1)
    assert parse_expression("2 * -a") == BinOp("*", Num(2.0), parse_expression("-a"))


@pytest.mark.parametrize("bad", [
    "", "   ", "a +", "n + 1", "mean + 1", "eval(x)", "__import__('os')", "a ** 2", "1e999",
    "x[n-1000]", "a / (b", "((((" * 30 + "a" + "))))" * 30, "-" * 3000 + "a", "a" * 5000, "A / B",
])
def test_anything_else_is_a_formula_error(bad):
    with pytest.raises(FormulaError) as caught:
        parse_expression(bad)
    assert caught.value.message_id and caught.value.message_en


def test_non_text_is_a_formula_error():
    with pytest.raises(FormulaError):
        parse_expression(None)  # type: ignore[arg-type]

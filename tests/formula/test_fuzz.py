"""Property test: over 10,000 random and mutated formula texts, only FormulaError escapes, and every
reading that comes out is well formed (its expression parses, evaluates and renders)."""
import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.formula import FormulaError, compile_program, evaluate, parse_expression, read_formula, render_expression
from kinerja.formula.reading import KINDS

from .gold_rows import GOLD_FILES

SEEDS = [row["formula_text"] for path in GOLD_FILES for row in json.loads(path.read_text(encoding="utf-8"))["indicators"]
         if row.get("formula_text")]
PIECES = ["dibagi", "dikali", "dikurangi", "ditambah", "/", ":", "x", "X", "×", "*", "-", "–", "+", "per", "(", ")",
          "x 100%", "X100 %", "100%", "tahun n", "tahun (n-1)", "tahun lalu", "s.d. tahun terakhir", "rerata", "Σ",
          "\\frac{", "}{", "}", "\\text{", "$", "=", "sama dengan", "keterangan :", "a =", "b", "Jumlah", "12.317",
          "0,5", "1.027.733.750,37", ";", "A >90 – 100 Baik", "<60", "[", "]", "{", "\\", "%", "n-1", "\x00", "\u202e"]
SETTINGS = dict(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


def _check(text: str, definisi: str | None = None) -> None:
    try:
        reading = read_formula(text, definisi=definisi)
    except FormulaError as error:
        assert error.message_id and error.message_en
        return
    assert reading.kind in KINDS
    assert 0.0 <= reading.confidence <= 1.0
    assert all({"id", "en"} <= set(w) <= {"id", "en", "words"} for w in reading.warnings)
    json.dumps(reading.to_json())
    if reading.expression is not None:
        tree = parse_expression(reading.expression)
        names = set(reading.variables)
        outcome = evaluate(tree, {name: 1.0 for name in names})
        assert outcome.status in ("ok", "unknown", "undefined")
        assert outcome.value is None or math.isfinite(outcome.value)
        render_expression(tree, reading.variables)


@st.composite
def mutated(draw):
    text = list(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.integers(0, 2))
        if action == 0:
            text[position:position] = list(draw(st.sampled_from(PIECES)))
        elif action == 1 and text:
            del text[min(position, len(text) - 1):position + draw(st.integers(1, 6))]
        else:
            text[position:position] = list(draw(st.text(max_size=4)))
    return "".join(text)


@settings(max_examples=6000, **SETTINGS)
@given(mutated(), st.one_of(st.none(), st.sampled_from(SEEDS)))
def test_mutated_seed_formulas(text, definisi):
    _check(text, definisi)


@settings(max_examples=3000, **SETTINGS)
@given(st.lists(st.sampled_from(PIECES + ["Jumlah A", "jumlah B yang", "tahun", "n", "1", "0"]), max_size=25)
       .map(" ".join))
def test_random_formula_pieces(text):
    _check(text)


@settings(max_examples=1000, **SETTINGS)
@given(st.text(max_size=200))
def test_arbitrary_unicode(text):
    _check(text, text[:50])


@settings(max_examples=1000, **SETTINGS)
@given(st.text(alphabet="abxn_[]()+-*/0123456789.,= cumsumea", max_size=60))
def test_expression_language_only_raises_formula_error(text):
    try:
        tree = parse_expression(text)
    except FormulaError:
        return
    compile_program(tree)
    evaluate(tree, {})

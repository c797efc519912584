"""Print an expression for people: "(Jumlah omzet − Jumlah omzet tahun n−1) ÷ Jumlah omzet tahun n−1 × 100%"."""
from __future__ import annotations

from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Num, Var
from kinerja.formula.expression import parse_expression
from kinerja.formula.lexer import tokenize
from kinerja.numbers import format_number

_SYMBOL = {"+": "+", "-": "−", "*": "×", "/": "÷"}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_WORDS = {
    "id": {"prev": "{base} tahun n−{k}", "cumsum": "total {base} s.d. tahun n−{k}",
           "cumsum0": "total {base} s.d. tahun n",
           "mean": "rata-rata {base}", "sum": "total {base} per sub-periode"},
    "en": {"prev": "{base} (year n−{k})", "cumsum": "cumulative {base} up to year n−{k}",
           "cumsum0": "cumulative {base} up to year n", "mean": "mean of {base}",
           "sum": "total of {base} over sub-periods"},
}


def render_expression(expression: str | Expr, variables: dict[str, str], language: str = "id") -> str:
    """The expression with each variable written as its phrase, operators as − × ÷, and a trailing
    ``* 100`` of a division as "× 100%"."""
    tree = parse_expression(expression) if isinstance(expression, str) else expression
    lang = "en" if language.startswith("en") else "id"
    if (isinstance(tree, BinOp) and tree.op == "*" and isinstance(tree.right, Num) and tree.right.value == 100
            and isinstance(tree.left, BinOp) and tree.left.op == "/"):
        return f"{_render(tree.left, variables, lang, 2, False)} × 100%"
    return _render(tree, variables, lang, 0, False)


def _render(node: Expr, variables: dict[str, str], lang: str, parent: int, right: bool) -> str:
    if isinstance(node, Num):
        return format_number(node.value, None if node.value != int(node.value) else 0, language=lang) \
            if abs(node.value) < 1e15 else repr(node.value)
    if isinstance(node, Var):
        if node.offset == 0:
            return variables.get(node.name, node.name)
        return _WORDS[lang]["prev"].format(base=_base(node.name, variables), k=node.offset)
    if isinstance(node, Agg):
        if node.func == "cumsum":
            template = _WORDS[lang]["cumsum" if node.offset else "cumsum0"]
        else:
            template = _WORDS[lang][node.func]
        return template.format(base=_base(node.name, variables), k=node.offset)
    if isinstance(node, Neg):
        return f"−{_render(node.operand, variables, lang, 3, False)}"
    prec = _PRECEDENCE[node.op]
    text = (f"{_render(node.left, variables, lang, prec, False)} {_SYMBOL[node.op]} "
            f"{_render(node.right, variables, lang, prec, True)}")
    if prec < parent or (right and prec == parent):
        return f"({text})"
    return text


def _base(name: str, variables: dict[str, str]) -> str:
    """The phrase without its own time words ("Jumlah omzet tahun ini" → "Jumlah omzet")."""
    phrase = variables.get(name, name)
    kept, position = [], 0
    for token in tokenize(phrase):
        if token.kind.startswith("TIME_"):
            kept.append(phrase[position:token.start])
            position = token.end
    kept.append(phrase[position:])
    return " ".join("".join(kept).split()) or phrase

"""Parse the catalog expression language into an :class:`~kinerja.formula.expr.Expr` tree.

The grammar lives in ``expression.lark`` (LALR, so parsing is linear and never backtracks). Input size
and nesting are bounded before and after parsing so that hostile text cannot exhaust the stack.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Transformer, Tree
from lark.exceptions import LarkError

from kinerja.formula.errors import FormulaError
from kinerja.formula.expr import RESERVED_NAMES, Agg, BinOp, Expr, Neg, Num, Var

MAX_EXPRESSION_LENGTH = 4000
MAX_DEPTH = 40
MAX_OFFSET = 100


@lru_cache(maxsize=1)
def _parser() -> Lark:
    grammar = (Path(__file__).with_name("expression.lark")).read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr")


def _bad(expression: str, why_id: str, why_en: str) -> FormulaError:
    shown = expression if len(expression) <= 80 else expression[:77] + "..."
    return FormulaError(f"ekspresi '{shown}' tidak sah: {why_id}", f"expression '{shown}' is invalid: {why_en}")


class _Build(Transformer):
    def number(self, items: list[Token]) -> Expr:
        value = float(items[0])
        if not math.isfinite(value):
            raise ValueError("number out of range")
        return Num(value)

    def var(self, items: list[Token]) -> Expr:
        return Var(_name(items[0]))

    def lagged(self, items: list) -> Expr:
        return Var(_name(items[0]), items[1])

    def aggregate(self, items: list) -> Expr:
        offset = items[2] if len(items) > 2 else 0
        return Agg(str(items[0]), _name(items[1]), offset)

    def period(self, items: list[Token]) -> int:
        offset = int(items[0]) if items else 0
        if offset > MAX_OFFSET:
            raise ValueError("offset too large")
        return offset

    def add(self, items: list) -> Expr:
        return BinOp("+", items[0], items[1])

    def sub(self, items: list) -> Expr:
        return BinOp("-", items[0], items[1])

    def mul(self, items: list) -> Expr:
        return BinOp("*", items[0], items[1])

    def div(self, items: list) -> Expr:
        return BinOp("/", items[0], items[1])

    def neg(self, items: list) -> Expr:
        return Neg(items[0])


def _name(token: Token) -> str:
    name = str(token)
    if name in RESERVED_NAMES:
        raise ValueError(f"reserved name {name}")
    return name


def _bracket_depth(text: str) -> int:
    level = best = 0
    for char in text:
        if char in "([":
            level += 1
            best = max(best, level)
        elif char in ")]":
            level -= 1
    return best


def _tree_depth(tree: Tree) -> int:
    best = 0
    stack: list[tuple[object, int]] = [(tree, 1)]
    while stack:
        node, level = stack.pop()
        best = max(best, level)
        if level > MAX_DEPTH:
            return level
        if isinstance(node, Tree):
            stack.extend((child, level + 1) for child in node.children)
    return best


def parse_expression(expression: str) -> Expr:
    """Read a catalog expression (``a / b * 100``, ``(x - x[n-1]) / x[n-1] * 100``,
    ``cumsum(x, n-1)``, ``mean(x)``). Raises :class:`FormulaError` for anything else."""
    if not isinstance(expression, str):
        raise FormulaError("ekspresi harus berupa teks", "the expression must be text")
    text = expression.strip()
    if not text:
        raise _bad(expression, "kosong", "it is empty")
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise _bad(expression, f"lebih dari {MAX_EXPRESSION_LENGTH} karakter",
                   f"longer than {MAX_EXPRESSION_LENGTH} characters")
    if _bracket_depth(text) > MAX_DEPTH:
        raise _bad(expression, "kurung terlalu bersarang", "parentheses nested too deeply")
    try:
        tree = _parser().parse(text)
    except LarkError as exc:
        raise _bad(expression, "susunan tidak dikenali", f"unrecognised syntax ({type(exc).__name__})") from None
    except RecursionError:
        raise _bad(expression, "terlalu bersarang", "nested too deeply") from None
    if _tree_depth(tree) > MAX_DEPTH:
        raise _bad(expression, "terlalu bersarang", "nested too deeply")
    try:
        result = _Build().transform(tree)
    except LarkError as exc:  # Transformer wraps our ValueError in VisitError
        reason = str(getattr(exc, "orig_exc", exc))
        raise _bad(expression, f"bagian tidak sah ({reason})", f"invalid part ({reason})") from None
    except (ValueError, RecursionError) as exc:
        raise _bad(expression, f"bagian tidak sah ({exc})", f"invalid part ({exc})") from None
    if isinstance(result, Tree):  # the unary "+" rule passes its child through inside a tree
        result = _unwrap(result)
    return result


def _unwrap(tree: Tree) -> Expr:
    node: object = tree
    while isinstance(node, Tree) and len(node.children) == 1:
        node = node.children[0]
    if isinstance(node, Tree):
        raise _bad(str(tree), "susunan tidak dikenali", "unrecognised syntax")
    return node  # type: ignore[return-value]

"""The expression tree shared by the prose reader, the catalog-language parser and both evaluators.

Nodes are immutable and hashable so that readings can be compared and cached. ``to_text`` prints the
catalog expression language (docs/catalog-schema.md) with the fewest parentheses that keep the meaning.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Union

AGGREGATES = ("cumsum", "mean", "sum")
RESERVED_NAMES = frozenset(AGGREGATES) | {"n", "min", "max"}


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    """A variable's value ``offset`` periods before the one being computed (``x[n-offset]``)."""

    name: str
    offset: int = 0


@dataclass(frozen=True)
class Agg:
    """``cumsum(x, n-offset)``: total up to and including period n-offset;
    ``mean(x)`` / ``sum(x)``: over the sub-periods of period n-offset."""

    func: str
    name: str
    offset: int = 0


@dataclass(frozen=True)
class Neg:
    operand: "Expr"


@dataclass(frozen=True)
class BinOp:
    op: str  # one of + - * /
    left: "Expr"
    right: "Expr"


Expr = Union[Num, Var, Agg, Neg, BinOp]

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def format_number(value: float) -> str:
    """International notation, no exponent, no trailing ``.0``: 100, 0.4, 1920, 0.0125."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    return text


def to_text(node: Expr) -> str:
    """The canonical catalog expression: ``a / b * 100``, ``(x - x[n-1]) / x[n-1] * 100``."""
    return _text(node, 0)


def _text(node: Expr, parent_prec: int, right_side: bool = False, parent_op: str = "") -> str:
    if isinstance(node, Num):
        text = format_number(node.value)
        return f"({text})" if node.value < 0 and parent_prec else text
    if isinstance(node, Var):
        return node.name if node.offset == 0 else f"{node.name}[n-{node.offset}]"
    if isinstance(node, Agg):
        if node.func == "cumsum" or node.offset:
            return f"{node.func}({node.name}, n-{node.offset})" if node.offset else f"{node.func}({node.name}, n)"
        return f"{node.func}({node.name})"
    if isinstance(node, Neg):
        inner = _text(node.operand, 3)
        return f"(-{inner})" if parent_prec else f"-{inner}"
    prec = _PRECEDENCE[node.op]
    left = _text(node.left, prec, False, node.op)
    right = _text(node.right, prec, True, node.op)
    text = f"{left} {node.op} {right}"
    needs = prec < parent_prec or (
        right_side and prec == parent_prec and (parent_op in "-/" or node.op in "-/"))
    return f"({text})" if needs else text


def walk(node: Expr) -> Iterator[Expr]:
    """Every node, parents before children, without recursion (trees can be deep)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, BinOp):
            stack.append(current.right)
            stack.append(current.left)
        elif isinstance(current, Neg):
            stack.append(current.operand)


def variable_names(node: Expr) -> list[str]:
    """Variable names in order of first appearance."""
    seen: dict[str, None] = {}
    for item in walk(node):
        if isinstance(item, (Var, Agg)):
            seen.setdefault(item.name, None)
    return list(seen)


def depth(node: Expr) -> int:
    best = 0
    stack = [(node, 1)]
    while stack:
        current, level = stack.pop()
        best = max(best, level)
        if isinstance(current, BinOp):
            stack.append((current.left, level + 1))
            stack.append((current.right, level + 1))
        elif isinstance(current, Neg):
            stack.append((current.operand, level + 1))
    return best

"""A precedence parser for formulas as decrees write them.

Indonesian decrees put the fraction bar above everything: "A dikurangi B dibagi B" and even
"A – B / C x 100%" mean (A − B) / C. So here division binds *loosest* (numerator / denominator), then
+ and −, then ×; "x 100%" (the percent scale) applies to the whole group it ends. Parenthesised groups
keep their meaning. The result is a small tree of :class:`PNode` that still holds the written operands;
:mod:`kinerja.formula.reader` turns it into an :class:`~kinerja.formula.expr.Expr` with variable keys.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from kinerja.errors import NumberFormatError
from kinerja.formula.errors import FormulaError
from kinerja.formula.operands import Item, Operand
from kinerja.numbers import parse_decimal

MAX_NESTING = 30
MAX_NUMBER = 1e18


@dataclass
class PNode:
    kind: str                      # "operand" | "num" | "bin" | "neg"
    op: str = ""
    left: "PNode | None" = None
    right: "PNode | None" = None
    operand: Operand | None = None
    value: float = 0.0
    paren: bool = False            # written inside its own parentheses
    scale: bool = False            # the "× 100%" of a percentage
    loose: bool = False            # a division whose side holds an unparenthesised + or −
    lost: bool = False             # a scale written without its "x" ("A 100% B")
    lifted: bool = False           # a multiplier moved from the denominator to the ratio ("A / B x 1.000")

    def operands(self) -> list[Operand]:
        found: list[Operand] = []
        stack: list[PNode] = [self]
        while stack:
            node = stack.pop()
            if node.kind == "operand" and node.operand is not None:
                found.append(node.operand)
            for child in (node.right, node.left):
                if child is not None:
                    stack.append(child)
        return found

    def has(self, predicate) -> bool:
        stack: list[PNode] = [self]
        while stack:
            node = stack.pop()
            if predicate(node):
                return True
            stack.extend(child for child in (node.left, node.right) if child is not None)
        return False


def number(text: str) -> float:
    """A written number; "40%" is 0.4."""
    try:
        value = parse_decimal(text)
    except NumberFormatError as exc:
        raise FormulaError(exc.message_id, exc.message_en) from None
    if text.rstrip().endswith("%"):
        value = value / 100
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise FormulaError(f"angka '{text}' terlalu besar", f"the number '{text}' is too large")
    return number


class Incomplete(Exception):
    """The items end where an operand was expected (an internal signal, never escapes the package)."""


class ProseParser:
    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.position = 0
        self.depth = 0
        self.unclosed = 0

    def peek(self, *kinds: str) -> bool:
        return self.position < len(self.items) and self.items[self.position].kind in kinds

    def take(self) -> Item:
        item = self.items[self.position]
        self.position += 1
        return item

    def parse(self) -> tuple[PNode, list[Item]]:
        node = self.expression()
        return node, self.items[self.position:]

    def expression(self) -> PNode:
        self._enter()
        left = self.additive()
        while self.peek("DIV"):
            self.take()
            right = self.additive()
            loose = _unparenthesised_sum(left) or _unparenthesised_sum(right)
            left = _lift_multiplier(PNode("bin", "/", left, right, loose=loose))
        while self.peek("SCALE"):
            lost = self.take().value == "lost"
            left = PNode("bin", "*", left, PNode("num", value=100.0), scale=True, lost=lost)
        self.depth -= 1
        return left

    def additive(self) -> PNode:
        left = self.multiplicative()
        while self.peek("ADD", "SUB"):
            op = "+" if self.take().kind == "ADD" else "-"
            right = self.multiplicative()
            left = PNode("bin", op, left, right)
        return left

    def multiplicative(self) -> PNode:
        left = self.unary()
        while self.peek("MUL"):
            self.take()
            right = self.unary()
            left = PNode("bin", "*", left, right)
        return left

    def unary(self) -> PNode:
        self._enter()
        try:
            if self.peek("SUB"):
                self.take()
                return PNode("neg", left=self.unary())
            if self.peek("ADD", "SIGMA"):
                self.take()
                return self.unary()
            return self.primary()
        finally:
            self.depth -= 1

    def primary(self) -> PNode:
        if self.position >= len(self.items):
            raise Incomplete()
        item = self.items[self.position]
        if item.kind == "OPERAND":
            self.take()
            return PNode("operand", operand=item.operand)
        if item.kind == "NUM":
            self.take()
            return PNode("num", value=number(item.text))
        if item.kind == "LP":
            self.take()
            node = self.expression()
            if self.peek("RP"):
                self.take()
            else:
                self.unclosed += 1
            node.paren = True
            return node
        raise Incomplete()

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise FormulaError(f"formula terlalu bersarang (lebih dari {MAX_NESTING} tingkat)",
                               f"the formula is nested too deeply (more than {MAX_NESTING} levels)")


def _lift_multiplier(division: PNode) -> PNode:
    """"A / B x 1.000": a constant multiplier written after the denominator scales the ratio (per mille,
    per 100.000 penduduk), as "x 100%" does; it is not part of the denominator."""
    right = division.right
    if (right is None or right.kind != "bin" or right.op != "*" or right.paren or right.right is None
            or right.right.kind != "num"):
        return division
    lifted = PNode("bin", "/", division.left, right.left, loose=division.loose)
    return PNode("bin", "*", lifted, right.right, lifted=True)


def _unparenthesised_sum(node: PNode) -> bool:
    return node.kind == "bin" and node.op in "+-" and not node.paren


def unscale(node: PNode) -> tuple[PNode, bool]:
    """The node without its trailing "× 100%", and whether it had one."""
    if node.kind == "bin" and node.scale and node.left is not None:
        return node.left, True
    return node, False


def scaled(node: PNode) -> PNode:
    return PNode("bin", "*", node, PNode("num", value=100.0), scale=True)

"""What a row's formula is, structurally: read once by the formula engine, then asked simple questions.

The review never re-parses prose into a formula itself: a structured formula given with the row is
used as it is, and otherwise the formula text goes through :func:`kinerja.formula.read_formula`. The
expression is parsed back into a tree by :func:`kinerja.formula.parse_expression` so that checks can
look at numerators and denominators.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kinerja.formula import REVIEW_THRESHOLD, FormulaError, VariableRegistry, parse_expression, read_formula
from kinerja.formula.expr import Agg, BinOp, Expr, Num, Var


@dataclass
class FormulaShape:
    kind: str | None                      # catalog formula kind; None when the row has no formula
    expression: str | None = None
    variables: dict[str, str] = field(default_factory=dict)
    confidence: float = 1.0
    warnings: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    tree: Expr | None = None
    source: str | None = None             # "text" (read from formula_text) | "catalog" (given) | None
    error: FormulaError | None = None     # the engine could not read the text at all
    satuan: str | None = None             # "%" or the unit of a fixed target
    bands: list[dict] = field(default_factory=list)   # grade bands of a weighted index

    @property
    def ratio(self) -> tuple[Expr, Expr] | None:
        return split_ratio(self.tree) if self.tree is not None else None

    @property
    def is_percent(self) -> bool:
        return self.kind in ("ratio_percent", "growth_percent")

    @property
    def has_formula(self) -> bool:
        """A computable formula: not missing, not a fixed target, not 'no formula here'."""
        return self.kind not in (None, "constant_target") and not (self.kind == "other" and self.tree is None)

    @property
    def doubtful(self) -> bool:
        """The engine read the text itself and is unsure: structural findings on it would be guesses."""
        return self.source == "text" and self.confidence < REVIEW_THRESHOLD

    def phrases(self, node: Expr | None) -> list[str]:
        """The variable phrases of ``node``, in the order the expression names them."""
        if node is None:
            return []
        return [self.variables.get(name, name.replace("_", " ")) for name in ordered_names(node)]

    @property
    def numerator_phrases(self) -> list[str]:
        ratio = self.ratio
        return self.phrases(ratio[0]) if ratio else []

    @property
    def denominator_phrases(self) -> list[str]:
        ratio = self.ratio
        return self.phrases(ratio[1]) if ratio else []

    @property
    def counted_phrases(self) -> list[str]:
        """What the formula counts: the numerator of a ratio, else every term."""
        ratio = self.ratio
        return self.phrases(ratio[0]) if ratio else self.phrases(self.tree)

    @property
    def is_plain_count(self) -> bool:
        """A count of one thing (or a sum of counts): no division, no scale."""
        return self.kind in ("count", "difference")


def read_shape(row: dict, registry: VariableRegistry) -> FormulaShape:
    """The row's structured formula as given (the importer's or a person's reading), else the engine's
    reading of the formula text. The text is read either way: its worked examples, doubts and
    confidence are facts about the decree, not about whoever structured it."""
    text = row.get("formula_text")
    reading = None
    error: FormulaError | None = None
    given = row.get("formula")
    structured = isinstance(given, dict) and bool(given.get("kind"))
    # With a structured formula given, the text is only read for its worked examples ("… = 0,52%").
    if isinstance(text, str) and text.strip() and (not structured or "=" in text):
        try:
            reading = read_formula(text, definisi=_text(row.get("definisi")), registry=registry)
        except FormulaError as exc:
            error = exc
    if structured:
        expression = given.get("expression") if isinstance(given.get("expression"), str) else None
        variables = given.get("variables") if isinstance(given.get("variables"), dict) else {}
        return FormulaShape(kind=str(given["kind"]), expression=expression,
                            variables={str(k): str(v) for k, v in variables.items()},
                            confidence=reading.confidence if reading else 1.0,
                            warnings=list(reading.warnings) if reading else [],
                            checks=list(reading.checks) if reading else [],
                            tree=_tree(expression), source="catalog",
                            satuan=given.get("satuan") if isinstance(given.get("satuan"), str) else None,
                            bands=[b for b in given.get("bands") or [] if isinstance(b, dict)])
    if error is not None:
        return FormulaShape(kind=None, source="text", error=error, confidence=0.0)
    if reading is not None:
        return FormulaShape(kind=reading.kind, expression=reading.expression, variables=dict(reading.variables),
                            confidence=reading.confidence, warnings=list(reading.warnings),
                            checks=list(reading.checks), tree=_tree(reading.expression), source="text",
                            satuan=reading.satuan, bands=list(reading.bands or []))
    return FormulaShape(kind=None)


def _text(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _tree(expression: str | None) -> Expr | None:
    if not expression:
        return None
    try:
        return parse_expression(expression)
    except FormulaError:
        return None


def _is_hundred(node: Expr) -> bool:
    return isinstance(node, Num) and node.value == 100


def split_ratio(tree: Expr) -> tuple[Expr, Expr] | None:
    """(numerator, denominator) of ``a / b`` or ``a / b * 100``; None for anything else."""
    node = tree
    if isinstance(node, BinOp) and node.op == "*":
        if _is_hundred(node.right):
            node = node.left
        elif _is_hundred(node.left):
            node = node.right
    if isinstance(node, BinOp) and node.op == "/":
        return node.left, node.right
    return None


def variable_names(node: Expr) -> set[str]:
    if isinstance(node, (Var, Agg)):
        return {node.name}
    if isinstance(node, BinOp):
        return variable_names(node.left) | variable_names(node.right)
    operand = getattr(node, "operand", None)
    return variable_names(operand) if operand is not None else set()


def ordered_names(node: Expr) -> list[str]:
    if isinstance(node, (Var, Agg)):
        return [node.name]
    if isinstance(node, BinOp):
        left = ordered_names(node.left)
        return left + [n for n in ordered_names(node.right) if n not in left]
    operand = getattr(node, "operand", None)
    return ordered_names(operand) if operand is not None else []


def summands(node: Expr) -> list[Expr]:
    """The terms of a chain of additions (one term when ``node`` is not a sum)."""
    if isinstance(node, BinOp) and node.op == "+":
        return summands(node.left) + summands(node.right)
    return [node]


def growth_terms(node: Expr) -> tuple[Var, Var] | None:
    """(current, previous) when ``node`` is ``x - x[n-k]``: the numerator of a growth rate."""
    if (isinstance(node, BinOp) and node.op == "-" and isinstance(node.left, Var) and isinstance(node.right, Var)
            and node.left.name == node.right.name and node.right.offset > node.left.offset):
        return node.left, node.right
    return None

"""Every regular expression the formula reader runs is safe from catastrophic backtracking.

Python's ``re`` backtracks: a repeat inside a repeat ("(?:\\s*x\\s*22\\s*)+") can try exponentially many
ways to split its input before it fails — the 18 s "x 22 x 22 …" cell of issue 10 was one. The rule
checked here on the parsed pattern of every compiled expression: inside a repeat that can backtrack
(``*``, ``+``, ``{m,n}`` with n > 1), no other repeat of more than one may backtrack — it must be
possessive (``*+``, ``++``) or inside an atomic group. Patterns must be compiled at module level so this
test sees them all; an inline ``re.search(r"…")`` fails the test.
"""
from __future__ import annotations

import ast
import importlib
import re
import re._constants as sre
import re._parser as sre_parse
from pathlib import Path

import pytest

READING_MODULES = ["kinerja.formula.absence", "kinerja.formula.bands", "kinerja.formula.clean",
                   "kinerja.formula.cli", "kinerja.formula.context", "kinerja.formula.kinds",
                   "kinerja.formula.lexer", "kinerja.formula.operands", "kinerja.formula.prose",
                   "kinerja.formula.reader", "kinerja.formula.reading", "kinerja.formula.registry",
                   "kinerja.formula.render", "kinerja.numbers"]
_BACKTRACKING = (sre.MAX_REPEAT, sre.MIN_REPEAT)


def nested_backtracking(tree, inside: bool = False) -> list[str]:
    """Descriptions of the repeats that can backtrack inside another backtracking repeat."""
    found: list[str] = []
    for op, av in tree:
        if op in _BACKTRACKING:
            low, high, body = av
            if inside and high > 1:
                found.append(f"{op} {{{low},{high}}}")
            found += nested_backtracking(body, inside or high > 1)
        elif op == sre.POSSESSIVE_REPEAT:
            found += nested_backtracking(av[2], False)
        elif op == sre.ATOMIC_GROUP:
            found += nested_backtracking(av, False)
        elif op == sre.SUBPATTERN:
            found += nested_backtracking(av[3], inside)
        elif op == sre.BRANCH:
            for branch in av[1]:
                found += nested_backtracking(branch, inside)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found += nested_backtracking(av[1], inside)
        elif op == sre.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    found += nested_backtracking(branch, inside)
    return found


def compiled_patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for name in READING_MODULES:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{name}.{attribute}", value))
    return found


@pytest.mark.parametrize(("name", "pattern"), compiled_patterns(), ids=[n for n, _ in compiled_patterns()])
def test_no_backtracking_repeat_inside_a_repeat(name, pattern):
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    assert nested_backtracking(tree) == [], f"{name} can backtrack exponentially: {pattern.pattern!r}"


@pytest.mark.parametrize("name", READING_MODULES)
def test_patterns_are_compiled_at_module_level(name):
    path = Path(importlib.import_module(name).__file__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = {id(node.value) for node in tree.body if isinstance(node, ast.Assign)}
    inline = [f"line {node.lineno}: re.{node.func.attr}" for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
              and not (node.func.attr == "compile" and id(node) in allowed)]
    assert inline == []


@pytest.mark.parametrize("pattern", [r"(?:\s*x\s*22\s*)+=", r"(a+)+b", r"(?:\d+,?)*$", r"(?:a|b{0,3})*c"])
def test_the_rule_catches_the_blow_ups_it_is_for(pattern):
    assert nested_backtracking(sre_parse.parse(pattern))


@pytest.mark.parametrize("pattern", [r"(?:\s*+x\s*+22\s*+)+=", r"(?>a+)+b", r"a+b+c*", r"(?:-[\w.]++)*+"])
def test_the_rule_accepts_linear_forms(pattern):
    assert nested_backtracking(sre_parse.parse(pattern)) == []

"""The formula zoo (``zoo.py``): formulas nobody here has seen, in every shape and writing style. The reader
must read them right, and where it is not right it must say so: a wrong reading at or above the review
threshold ("confidently wrong") is the failure that matters most, because nobody looks at it again."""
from __future__ import annotations

import random
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.formula import REVIEW_THRESHOLD, FormulaError, read_formula

from .zoo import SURE, ZooFormula, formula_cell, judge, zoo

SAMPLE = 3000


def read(cell: ZooFormula):
    try:
        reading = read_formula(cell.text, definisi=cell.definisi, indikator=cell.indikator)
    except FormulaError:
        return judge(cell.expected, None, 0.0)
    return judge(cell.expected, reading.to_catalog(), reading.confidence)


def test_sure_means_the_review_threshold():
    assert SURE == REVIEW_THRESHOLD


def test_zoo_is_read_right_and_never_confidently_wrong(capsys):
    cells = zoo(SAMPLE, seed=7)
    verdicts = [(cell, read(cell)) for cell in cells]
    kind = sum(v.kind_right for _, v in verdicts) / len(verdicts)
    right = sum(v.right for _, v in verdicts) / len(verdicts)
    with_expression = [v for c, v in verdicts if c.expected["expression"]]
    expression = sum(v.expression_right for v in with_expression) / len(with_expression)
    confidently_wrong = [(c.shape, c.style, c.text) for c, v in verdicts if v.confidently_wrong]
    flagged = sum(v.confidence < SURE for _, v in verdicts) / len(verdicts)
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cell, verdict in verdicts:
        by_shape[cell.shape][0] += 1
        by_shape[cell.shape][1] += verdict.right
    with capsys.disabled():
        print(f"\n[formula zoo] {len(verdicts)} cells: kind {kind:.1%}, expression {expression:.1%} "
              f"(of {len(with_expression)}), right {right:.1%}, flagged {flagged:.1%}, "
              f"confidently wrong {len(confidently_wrong)}")
        print("   " + ", ".join(f"{shape} {hits}/{n}" for shape, (n, hits) in sorted(by_shape.items())))
    assert kind >= 0.97 and expression >= 0.97
    assert confidently_wrong == []


def test_every_trap_is_read_right_or_flagged():
    cells = [cell for cell in zoo(SAMPLE, seed=11) if cell.traps]
    assert len({trap for cell in cells for trap in cell.traps}) >= 6
    wrong = [(cell.traps, cell.text) for cell in cells if read(cell).confidently_wrong]
    assert wrong == []


@settings(max_examples=500, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_no_zoo_cell_is_confidently_wrong(seed):
    cell = formula_cell(random.Random(seed))
    verdict = read(cell)
    assert not verdict.confidently_wrong, (cell.text, cell.expected)

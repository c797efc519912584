"""The done-criterion over the 205 hand-read gold formulas: kind ≥ 95%, expression ≥ 90%, and every miss
flagged for review (confidence below REVIEW_THRESHOLD) rather than confidently wrong."""
from kinerja.formula import REVIEW_THRESHOLD

from .gold_rows import read_gold_rows


def test_gold_agreement_and_honest_confidence(capsys):
    rows = read_gold_rows()
    with_expression = [r for r in rows if r.expr_ok is not None]
    kind_rate = sum(r.kind_ok for r in rows) / len(rows)
    expr_rate = sum(bool(r.expr_ok) for r in with_expression) / len(with_expression)
    confident_misses = [f"{r.seed}#{r.index}: {r.text}" for r in rows if r.miss and r.reading.confidence >= REVIEW_THRESHOLD]
    flagged = sum(r.reading.confidence < REVIEW_THRESHOLD for r in rows)
    with capsys.disabled():
        print(f"\n[formula gold] rows={len(rows)} kind={kind_rate:.1%} expression={expr_rate:.1%} "
              f"(of {len(with_expression)}) flagged_for_review={flagged} confident_misses={len(confident_misses)}")
    assert len(rows) == 205
    assert kind_rate >= 0.95
    assert expr_rate >= 0.90
    assert confident_misses == []


def test_seed_001_worked_example_is_checked():
    row = next(r for r in read_gold_rows() if r.text and "12.317" in r.text)
    assert [c["shown"] for c in row.reading.checks] == ["0,52%"]
    assert row.reading.checks[0]["agrees"]

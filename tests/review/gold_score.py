"""Recall per kind and precision of the review on ../shared/gold, by the judgement rule of gold_labels.py.

Precision counts every finding the review raises (errors, warnings and notes, row and decree level):
- a finding that recalls a gold issue of its row is right;
- any other finding is looked up in ``gold_extras.EXTRAS``, where each one was judged by hand against the
  decree's text, with the reason written beside it; a finding nobody judged counts as wrong.
``strict`` precision counts only the findings that recall a gold issue.

``python tests/review/gold_score.py`` prints the figures, the misses and the findings nobody judged;
``--text`` reviews each row with its structured formula taken away, so the formula engine reads the text
as it does on a decree nobody has structured.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from gold_extras import EXTRAS
from gold_labels import LABELS, OUT

from kinerja.review import Finding, review_catalog

GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold"
SEEDS = ("seed1", "seed2", "seed3")


@dataclass
class Score:
    issues: int = 0
    out_of_scope: int = 0
    recalled: int = 0
    per_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    findings: int = 0
    matched: int = 0             # findings that recall a gold issue
    judged_right: int = 0        # other findings judged right in gold_extras
    judged_wrong: int = 0
    unjudged: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def in_scope(self) -> int:
        return self.issues - self.out_of_scope

    @property
    def recall(self) -> float:
        return self.recalled / self.in_scope if self.in_scope else 0.0

    @property
    def precision(self) -> float:
        return (self.matched + self.judged_right) / self.findings if self.findings else 1.0

    @property
    def strict_precision(self) -> float:
        return self.matched / self.findings if self.findings else 1.0


def load(seed: str) -> dict:
    return json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))


def _covers(f: Finding, row: int) -> bool:
    return f.row == row or (f.row is None and row in f.rows)


def score(seeds: tuple[str, ...] = SEEDS, from_text: bool = False) -> Score:
    result = Score()
    for seed in seeds:
        catalog = load(seed)
        gold = [list(r.get("issues") or []) for r in catalog["indicators"]]
        for row in catalog["indicators"]:
            row["issues"] = []          # the review must not see the answers
            if from_text:
                row["formula"] = None
        findings = review_catalog(catalog)
        labels = LABELS[seed]
        useful: set[int] = set()        # ids of findings that recall an issue
        for index, issues in enumerate(gold):
            judged = labels.get(index, [])
            assert len(judged) == len(issues), f"{seed}[{index}]: {len(issues)} issues, {len(judged)} labels"
            for issue, (kind, codes) in zip(issues, judged):
                result.issues += 1
                if kind == OUT:
                    result.out_of_scope += 1
                    continue
                answers = [f for f in findings if _covers(f, index) and f.code in codes.split()]
                tally = result.per_kind[kind]
                tally[1] += 1
                if answers:
                    result.recalled += 1
                    tally[0] += 1
                    useful.update(id(f) for f in answers)
                else:
                    result.misses.append(f"{seed}[{index}] {kind}: {issue}")
        for f in findings:
            result.findings += 1
            if id(f) in useful:
                result.matched += 1
                continue
            verdict = EXTRAS.get((seed, f.row, f.code))
            if verdict is None:
                result.unjudged.append(f"({seed!r}, {f.row}, {f.code!r}): {f.message_en}")
            elif verdict[0]:
                result.judged_right += 1
            else:
                result.judged_wrong += 1
    return result


def report(result: Score) -> str:
    lines = [f"gold issues {result.issues}: {result.out_of_scope} about the extraction, {result.in_scope} in scope; "
             f"recalled {result.recalled} = {result.recall:.1%}",
             f"findings {result.findings}: {result.matched} recall an issue, {result.judged_right} judged right, "
             f"{result.judged_wrong} judged wrong, {len(result.unjudged)} unjudged; precision "
             f"{result.precision:.1%} (strict {result.strict_precision:.1%})"]
    for kind, (hit, total) in sorted(result.per_kind.items()):
        lines.append(f"  {kind:10} {hit}/{total} = {hit / total:.0%}")
    return "\n".join(lines)


if __name__ == "__main__":
    outcome = score(from_text="--text" in sys.argv)
    print(report(outcome))
    print("misses:")
    print("\n".join("  " + m for m in outcome.misses))
    print("unjudged:")
    print("\n".join("  " + u for u in outcome.unjudged))

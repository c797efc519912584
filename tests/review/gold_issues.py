"""Gold issues (English strings in ../shared/gold/seed*.json) matched to review codes by category.

Each gold issue is put into the categories whose keywords it contains; it counts as recalled when the
review raised, on the same row, a finding whose code belongs to one of those categories. Issues in no
category (typos, concept errors an evaluator reads between the lines) are reported apart, as out of
reach of wording rules. ``python tests/review/gold_issues.py`` prints the figures and the misses.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kinerja.review import review_catalog

GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold"
SEEDS = ("seed1", "seed2", "seed3")

# category: (keywords in the gold text (regex, lower case), codes that answer it)
CATEGORIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "kind": (r"name says '(jumlah|persentase)|\(a count\) but the formula is a percentage|'persentase' indicator"
             r"|count with no denominator|a count cannot|no denominator|worded as a change",
             ("name-count-formula-percent", "name-percent-formula-count", "satuan-mismatch")),
    "same-quantity": (r"numerator equals denominator", ("numerator-equals-denominator",)),
    "constant": (r"holds a target|target value|holds a baseline value|not a calculation",
                 ("constant-formula", "formula-no-calculation", "definisi-restates", "formula-unreadable")),
    "no-formula": (r"formula cell is empty|only restates a percentage name|no numerator or denominator"
                   r"|formula only restates", ("formula-missing", "formula-no-calculation")),
    "arithmetic": (r"arithmetic wrong", ("example-arithmetic",)),
    "undefined": (r"undefined|is not defined|not defined anywhere|no criterion|is not listed|does not say which"
                  r"|which grade|what counts as", ("undefined-variable", "vague-criterion", "definisi-restates")),
    "duplicate": (r"duplicate|same indicator|same measure|same formula|identical formula|claim the same",
                  ("duplicate-in-jabatan", "duplicate-across-jabatan", "same-formula-different-name")),
    "copy": (r"copied|copy-paste|leftovers of", ("definisi-copied", "same-formula-different-name",
                                                  "duplicate-in-jabatan", "duplicate-across-jabatan")),
    "missing-field": (r"cell empty", ("sumber-data-missing", "penanggung-jawab-missing", "formula-missing")),
    "wording": (r"not a measurable indicator|result statement|is a state|noun phrase|is an objective"
                r"|does not say what is measured|output document",
                ("not-a-measure", "output-at-iku")),
    "direction": (r"polarity|higher value means|inverse of the indicator", ("polarity-hint", "difference-numerator")),
    "scale": (r"no 'x 100%'", ("percent-without-scale",)),
    "definisi-empty": (r"definisi only restates|definisi is identical to the formula|definisi cell holds",
                       ("definisi-restates",)),
    "truncated": (r"truncated|breaks off|dangling|unclosed", ("truncated-text",)),
    "period": (r"monthly|daily|six-month|yearly value", ("period-unstated",)),
    "growth": (r"divided by the current year", ("growth-denominator",)),
    "circular": (r"itself a percentage|circular", ("circular-variable",)),
    "mixed": (r"mixed units|heterogeneous|adds job seekers|joins two different", ("mixed-sum",)),
    "hard-coded": (r"hard-codes|stale baseline", ("definisi-hardcoded-data",)),
    "attribution": (r"not attributable|does not control|beyond a seksi", ("external-outcome",)),
    "disagree": (r"disagree|formula drops|omits the|concept mismatch|mismatch",
                 ("name-formula-object", "formula-drops-qualifier", "name-count-formula-percent",
                  "name-percent-formula-count", "circular-variable", "difference-numerator")),
}


def categories_of(issue: str) -> list[str]:
    text = issue.lower()
    return [name for name, (pattern, _) in CATEGORIES.items() if re.search(pattern, text)]


@dataclass
class Score:
    issues: int = 0                 # all gold issues
    in_reach: int = 0               # gold issues in at least one category
    recalled: int = 0
    clean_rows: int = 0             # rows the gold marks clean
    clean_rows_flagged: int = 0     # … on which the review raised an error or a warning
    clean_findings: int = 0         # errors and warnings on clean rows
    findings: int = 0
    misses: list[str] = field(default_factory=list)
    per_category: dict[str, list[int]] = field(default_factory=dict)  # category -> [recalled, total]

    @property
    def recall(self) -> float:
        return self.recalled / self.in_reach if self.in_reach else 0.0

    @property
    def recall_all(self) -> float:
        return self.recalled / self.issues if self.issues else 0.0


def load(seed: str) -> dict:
    return json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))


def score(seeds=SEEDS) -> Score:
    result = Score()
    for seed in seeds:
        catalog = load(seed)
        # The review must not see the answers.
        for row in catalog["indicators"]:
            row["issues"] = []
        gold = load(seed)["indicators"]
        findings = review_catalog(catalog)
        result.findings += len(findings)
        codes_by_row: dict[int, set[str]] = {}
        for f in findings:
            if f.row is not None and f.severity in ("error", "warning", "info"):
                codes_by_row.setdefault(f.row, set()).add(f.code)
        for index, row in enumerate(gold):
            issues = row.get("issues") or []
            raised = codes_by_row.get(index, set())
            if not issues:
                result.clean_rows += 1
                serious = [f for f in findings if f.row == index and f.severity != "info"]
                result.clean_findings += len(serious)
                result.clean_rows_flagged += bool(serious)
                continue
            for issue in issues:
                result.issues += 1
                cats = categories_of(issue)
                if not cats:
                    continue
                result.in_reach += 1
                hit = any(raised & set(CATEGORIES[c][1]) for c in cats)
                result.recalled += hit
                for c in cats:
                    tally = result.per_category.setdefault(c, [0, 0])
                    tally[1] += 1
                    tally[0] += bool(raised & set(CATEGORIES[c][1]))
                if not hit:
                    result.misses.append(f"{seed}[{index}] {cats}: {issue}")
    return result


if __name__ == "__main__":
    s = score()
    print(f"gold issues {s.issues}, in reach {s.in_reach}, recalled {s.recalled} "
          f"({s.recall:.0%} of in reach, {s.recall_all:.0%} of all)")
    print(f"clean rows {s.clean_rows}: flagged {s.clean_rows_flagged} with {s.clean_findings} errors/warnings; "
          f"findings in all {s.findings}")
    for name, (hit, total) in sorted(s.per_category.items()):
        print(f"  {name:15} {hit}/{total}")
    print("misses:")
    for miss in s.misses:
        print("  " + miss)

"""Read every gold formula row with the engine and compare it with the hand-made reading."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

from kinerja.formula import FormulaReading, VariableRegistry, read_formula

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GOLD_FILES = [SHARED / "gold" / f"seed{n}.json" for n in (1, 2, 3)]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_import", SHARED / "tools" / "score_import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class RowResult:
    seed: str
    index: int
    text: str | None
    gold: dict
    reading: FormulaReading
    kind_ok: bool
    expr_ok: bool | None   # None where gold has no expression

    @property
    def miss(self) -> bool:
        return not self.kind_ok or self.expr_ok is False


def read_gold_rows() -> list[RowResult]:
    scorer = load_scorer()
    results = []
    for path in GOLD_FILES:
        registry = VariableRegistry()  # one registry per decree: same phrase, same key
        for index, row in enumerate(json.loads(path.read_text(encoding="utf-8"))["indicators"]):
            gold = row["formula"]
            reading = read_formula(row.get("formula_text") or "", definisi=row.get("definisi"), registry=registry)
            predicted = reading.to_catalog()
            expr_ok = scorer.same_expression(gold, predicted) if gold.get("expression") else None
            results.append(RowResult(path.stem, index, row.get("formula_text"), gold, reading,
                                     gold["kind"] == reading.kind, expr_ok))
    return results


if __name__ == "__main__":
    rows = read_gold_rows()
    kinds = sum(r.kind_ok for r in rows) / len(rows)
    with_expr = [r for r in rows if r.expr_ok is not None]
    exprs = sum(bool(r.expr_ok) for r in with_expr) / len(with_expr)
    confident_misses = [r for r in rows if r.miss and not r.reading.needs_review]
    flagged = sum(r.reading.needs_review for r in rows)
    for r in rows:
        if r.miss:
            tag = "CONFIDENT-MISS" if not r.reading.needs_review else "flagged-miss"
            print(f"{tag} {r.seed}#{r.index} conf={r.reading.confidence} kind {r.reading.kind} (gold {r.gold['kind']})")
            print("   text:", r.text)
            print("   pred:", r.reading.expression, r.reading.variables)
            print("   gold:", r.gold.get("expression"), r.gold.get("variables"))
            print("   warn:", [w["en"] for w in r.reading.warnings])
    print(f"rows={len(rows)} kind={kinds:.3f} expr={exprs:.3f} ({len(with_expr)} with expression) "
          f"flagged={flagged} confident_misses={len(confident_misses)}")

"""What a Perubahan changes: indicators added, removed and changed against the decree it amends.

Rows are paired by name similarity first, then formula, sasaran and jabatan, one-to-one and greedily
from the best pair down, so a renamed indicator under the same sasaran is a change, not a removal plus
an addition.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from kinerja.catalog.models import Decree
from kinerja.intake.export import decree_indicators, indicator_row

COMPARED_FIELDS = ("jabatan", "sasaran", "indikator", "definisi", "formula_text", "satuan",
                   "penanggung_jawab", "sumber_data")
MIN_PAIR_SCORE = 0.65
MIN_NAME_SIMILARITY = 0.45


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass
class RowPair:
    old_id: int | None   # the old Indicator's pk (None when diffing two plain catalogs)
    old_index: int
    new_index: int
    old: dict
    new: dict
    changes: list[FieldChange] = field(default_factory=list)


@dataclass
class CatalogDiff:
    added: list[tuple[int, dict]] = field(default_factory=list)          # (new row index, row)
    removed: list[tuple[int | None, dict]] = field(default_factory=list)  # (old indicator pk, row)
    changed: list[RowPair] = field(default_factory=list)
    unchanged: list[RowPair] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def successors(self) -> dict[int, int]:
        """Old indicator pk -> index of the new row that carries it on."""
        return {p.old_id: p.new_index for p in self.changed + self.unchanged if p.old_id is not None}


def _norm(value) -> str:
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", str(value or "").lower()).split())


def _sim(a, b, floor: float = 0.0) -> float:
    """Text similarity in [0, 1]; 0 as soon as it is certain to fall below ``floor``."""
    x, y = _norm(a), _norm(b)
    if x == y:
        return 1.0
    if not x or not y:
        return 0.0
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    # the cheap upper bounds spare the full comparison for the many pairs that cannot match
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def _pair_score(old: dict, new: dict) -> float | None:
    name = _sim(old.get("indikator"), new.get("indikator"), MIN_NAME_SIMILARITY)
    if name < MIN_NAME_SIMILARITY:
        return None
    score = (0.55 * name + 0.2 * _sim(old.get("formula_text"), new.get("formula_text"))
             + 0.15 * _sim(old.get("sasaran"), new.get("sasaran")) + 0.1 * _sim(old.get("jabatan"), new.get("jabatan")))
    return score if score >= MIN_PAIR_SCORE else None


def _same(a, b) -> bool:
    # case and punctuation alone are not a change: the catalog stores one spelling per sasaran
    return _norm(a) == _norm(b)


def _formula_summary(row: dict) -> str | None:
    """The expression with each variable named by its phrase, so a renamed key is not a change."""
    formula = row.get("formula") or {}
    expression = formula.get("expression")
    if not expression:
        return formula.get("kind")
    phrases = formula.get("variables") or {}
    return re.sub(r"\b[a-z_][a-z0-9_]*\b", lambda m: f"[{_norm(phrases[m.group(0)])}]"
                  if m.group(0) in phrases else m.group(0), expression)


def field_changes(old: dict, new: dict) -> list[FieldChange]:
    changes = [FieldChange(f, old.get(f), new.get(f)) for f in COMPARED_FIELDS if not _same(old.get(f), new.get(f))]
    old_formula, new_formula = _formula_summary(old), _formula_summary(new)
    if " ".join(str(old_formula).split()) != " ".join(str(new_formula).split()):
        changes.append(FieldChange("formula", old_formula, new_formula))
    return changes


def diff_rows(old_rows: list[dict], new_rows: list[dict], old_ids: list[int | None] | None = None) -> CatalogDiff:
    """Pair ``old_rows`` with ``new_rows`` (catalog indicator rows) and classify every row."""
    ids = old_ids if old_ids is not None else [None] * len(old_rows)
    candidates = []
    for i, old in enumerate(old_rows):
        for j, new in enumerate(new_rows):
            score = _pair_score(old, new)
            if score is not None:
                # ties go to the pair closest in document order, so repeated names pair up in sequence
                candidates.append((-score, abs(i - j), i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    result = CatalogDiff()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append(RowPair(ids[i], i, j, old_rows[i], new_rows[j], field_changes(old_rows[i], new_rows[j])))
    for pair in sorted(pairs, key=lambda p: p.new_index):
        (result.changed if pair.changes else result.unchanged).append(pair)
    result.added = [(j, row) for j, row in enumerate(new_rows) if j not in used_new]
    result.removed = [(ids[i], row) for i, row in enumerate(old_rows) if i not in used_old]
    return result


def diff_catalogs(old_decree: Decree, new_catalog: dict) -> CatalogDiff:
    """What ``new_catalog`` (an amending decree's reading) changes against ``old_decree``."""
    old = list(decree_indicators(old_decree))
    return diff_rows([indicator_row(ind) for ind in old], list(new_catalog.get("indicators") or []),
                     [ind.pk for ind in old])

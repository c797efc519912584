"""One cell that packs several indicators as a numbered list run together ("1. Persentase A 2. Jumlah B",
even "1. A2. B" where the extractor lost the line break) becomes one row per indicator.

The formula cell is split alike when it holds the same number of items; the other cells repeat. Every
row made this way is flagged: the cut is the reader's guess.
"""
from __future__ import annotations

import copy
import re

from kinerja.importer.rows import DraftRow

# "1." / "2)" that opens an item: not inside a number ("1.234", "2,5") and followed by a capital
_ITEM = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[A-Za-z)]))(\d{1,2})[.)]\s*(?=[A-Z(%])")


def items(text: str) -> list[str] | None:
    """The items of a numbered list run together, or ``None`` when ``text`` is not one (numbers 1, 2, …)."""
    marks = list(_ITEM.finditer(text))
    if len(marks) < 2 or text[:marks[0].start()].strip():
        return None
    if [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    bounds = [m.start() for m in marks] + [len(text)]
    parts = [text[marks[k].end():bounds[k + 1]].strip(" ;,") for k in range(len(marks))]
    return parts if all(len(p.split()) >= 2 for p in parts) else None


def split_packed(rows: list[DraftRow], warnings: list[dict]) -> list[DraftRow]:
    out: list[DraftRow] = []
    for row in rows:
        names = items(row.value("indikator") or "")
        if names is None:
            out.append(row)
            continue
        formulas = items(row.value("formula_text") or "")
        for k, name in enumerate(names):
            part = copy.deepcopy(row)
            part.parts["indikator"] = [name]
            if formulas is not None and len(formulas) == len(names):
                part.parts["formula_text"] = [formulas[k]]
            part.uncertain.update({"indikator", "formula_text"})
            out.append(part)
        warnings.append(row.where.warning(
            f"satu sel memuat {len(names)} indikator bernomor; dipisah menjadi {len(names)} baris (periksa)"))
    return out

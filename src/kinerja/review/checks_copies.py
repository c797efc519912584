"""Checks across rows: the same indicator twice, one formula under two names, a definisi pasted around."""
from __future__ import annotations

from collections.abc import Iterator

from kinerja.review.codes import finding
from kinerja.review.context import COPY_MIN_CHARS, ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.text import fold, overlap, same_wording

# A formula text shorter than this ("Jumlah laporan") is too generic to call a copy.
FORMULA_COPY_MIN_CHARS = 25


def _where(other: Row) -> tuple[str, str]:
    number = (other.index or 0) + 1
    if other.jabatan:
        return f"baris {number} ({other.jabatan})", f"row {number} ({other.jabatan})"
    return f"baris {number}", f"row {number}"


def duplicates(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """Same name earlier in the document: in the same jabatan (or table) an error, elsewhere a cascade gap."""
    earlier = ctx.earlier(ctx.by_name, fold(row.name), row)
    if not earlier:
        return
    same_section = [o for o in earlier if fold(o.jabatan) == fold(row.jabatan)]
    if same_section:
        at_id, at_en = _where(same_section[-1])
        yield finding("duplicate-in-jabatan", row.index, "indikator",
                      f"Indikator yang sama sudah ada di {at_id}.", f"The same indicator is already at {at_en}.")
        return
    same_formula = [o for o in earlier if _same_formula(o, row)]
    if same_formula:
        at_id, at_en = _where(same_formula[0])
        yield finding("duplicate-across-jabatan", row.index, "indikator",
                      f"Indikator dan rumus yang sama sudah dipakai di {at_id}.",
                      f"The same indicator and formula are already used at {at_en}.")
    else:
        at_id, at_en = _where(earlier[0])
        yield finding("duplicate-across-jabatan", row.index, "indikator",
                      f"Indikator yang sama sudah dipakai di {at_id}, dengan rumus lain: dua jabatan mengukur "
                      "hal yang sama secara berbeda.",
                      f"The same indicator is already used at {at_en} with another formula: two positions "
                      "measure one thing differently.")


def _same_formula(a: Row, b: Row) -> bool:
    if a.shape.expression and a.shape.expression == b.shape.expression:
        return True
    text_a, text_b = a.text("formula_text"), b.text("formula_text")
    return same_wording(text_a, text_b) or (overlap(text_a, text_b) >= 0.85 and overlap(text_b, text_a) >= 0.85)


def same_formula_different_name(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    shape = row.shape
    if shape.kind == "constant_target":
        return
    # A lone variable ("Jumlah X") is matched on the written text only: two keys may meet by chance.
    structured = shape.tree is not None and shape.kind not in ("count", "other")
    candidates = ctx.earlier(ctx.by_expression, shape.expression or "", row) if structured else []
    written = fold(row.text("formula_text"))
    if len(written) >= FORMULA_COPY_MIN_CHARS:
        candidates += [o for o in ctx.rows if o.index is not None and row.index is not None
                       and o.index < row.index and fold(o.text("formula_text")) == written]
    others = [o for o in sorted(candidates, key=lambda o: o.index) if fold(o.name) != fold(row.name)]
    if others:
        at_id, at_en = _where(others[0])
        yield finding("same-formula-different-name", row.index, "formula_text",
                      f"Rumus yang sama dipakai indikator lain di {at_id} ('{others[0].name}').",
                      f"The same formula is used by another indicator at {at_en} ('{others[0].name}').")


def definisi_copied(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    key = fold(row.text("definisi"))
    others = [o for o in ctx.earlier(ctx.by_definisi, key if key in ctx.by_definisi else "", row)
              if fold(o.name) != fold(row.name)]
    previous = ctx.rows[row.index - 1] if row.index and row.index - 1 < len(ctx.rows) else None
    if not others and previous is not None and len(key) >= COPY_MIN_CHARS and fold(previous.name) != fold(row.name):
        # A definisi pasted from the row above and lightly edited is still the row above's definisi.
        theirs = previous.text("definisi")
        if overlap(row.text("definisi"), theirs) >= 0.85 and overlap(theirs, row.text("definisi")) >= 0.85:
            others = [previous]
    if others:
        at_id, at_en = _where(others[0])
        yield finding("definisi-copied", row.index, "definisi",
                      f"Definisi sama persis dengan indikator di {at_id} ('{others[0].name}').",
                      f"The definisi is identical to the indicator at {at_en} ('{others[0].name}').")


CHECKS = (duplicates, same_formula_different_name, definisi_copied)

"""Run every check over a row or a whole catalog: the one entry point other areas call."""
from __future__ import annotations

from kinerja.review import (checks_copies, checks_driven, checks_fit, checks_formula, checks_level, checks_mismatch,
                            checks_source, checks_typos, checks_wording)
from kinerja.review.context import ReviewContext, Row
from kinerja.review.errors import ReviewError
from kinerja.review.finding import SEVERITY_RANK, Finding

ROW_CHECKS = (checks_formula.CHECKS + checks_mismatch.CHECKS + checks_level.CHECKS + checks_driven.CHECKS
              + checks_fit.CHECKS + checks_copies.CHECKS + checks_wording.CHECKS + checks_source.CHECKS
              + checks_typos.CHECKS)
DOCUMENT_CHECKS = checks_source.DOCUMENT_CHECKS + checks_typos.DOCUMENT_CHECKS


def review_catalog(catalog: dict) -> list[Finding]:
    """Every finding of a catalog (interchange format): findings about the whole decree (``row`` None)
    first, then each row's in row order, the most severe first within a row."""
    context = ReviewContext.from_catalog(catalog)
    found: list[Finding] = [f for check in DOCUMENT_CHECKS for f in check(context)]
    for row in context.rows:
        found.extend(_run(row, context))
    return found


def review_indicator(row: dict, context: ReviewContext | dict | None = None, index: int | None = None) -> list[Finding]:
    """The findings for one row. ``context`` is a :class:`ReviewContext` (or a catalog dict) holding the
    other rows, for the checks that compare rows; without it only the row's own checks can fire.
    ``index`` is the row's place in that catalog (found by identity when omitted)."""
    if not isinstance(row, dict):
        raise ReviewError("Baris indikator harus berupa objek.", "An indicator row must be an object.")
    if context is None:
        context = ReviewContext()
    elif isinstance(context, dict):
        context = ReviewContext.from_catalog(context)
    target = _find(context, row, index)
    return _run(target, context)


def _find(context: ReviewContext, data: dict, index: int | None) -> Row:
    if index is not None and 0 <= index < len(context.rows):
        return context.rows[index]
    for candidate in context.rows:
        if candidate.data is data:
            return candidate
    return context.make_row(data, index)


def _run(row: Row, context: ReviewContext) -> list[Finding]:
    found = [f for check in ROW_CHECKS for f in check(row, context)]
    return sorted(found, key=lambda f: SEVERITY_RANK[f.severity])

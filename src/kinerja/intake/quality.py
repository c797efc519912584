"""The indicator review (:mod:`kinerja.review`) on a reading that is not committed yet.

The one place intake calls the review: its findings sit on the preview's rows, so what an evaluator
would mark is seen before anything enters the catalog.
"""
from __future__ import annotations

from kinerja.review import Finding, ReviewError, review_catalog


def review_reading(catalog: dict) -> tuple[list[Finding], dict[int, list[Finding]]]:
    """Findings about the whole decree, and each row's (by its index in ``catalog["indicators"]``)."""
    try:
        findings = review_catalog(catalog)
    except ReviewError:
        return [], {}
    whole, by_row = [], {}
    for finding in findings:
        if finding.row is None:
            whole.append(finding)
        else:
            by_row.setdefault(finding.row, []).append(finding)
    return whole, by_row

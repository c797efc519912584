"""Access cases for the quality review page and its report (see tests/web/access_registry.py and docs/web.md).

Agency-wide readers (planner, head of agency, pemda admin, evaluator) see every active indicator;
a unit operator sees only their unit's (unit B's indicator must not show); users of agency Y get 404.
"""
from __future__ import annotations

from web.access_registry import AccessCase


def x(w):
    return {"slug": w.agency.slug}


def y(w):
    return {"slug": w.other.slug}


CASES = [
    AccessCase("quality:agency_review", x, (("planner_y", 404), ("nobody", 404)), ("GET",), "evaluator"),
    AccessCase("quality:agency_review", x, (("planner_y", 404),), ("GET",), "operator_a",
               hidden=lambda w: [w.indicator_b.name], note="unit operator sees own unit only"),
    AccessCase("quality:agency_review", y, (("planner", 404), ("operator_a", 404), ("head", 404)), ("GET",),
               "admin", note="agency Y"),
    AccessCase("quality:review_report", lambda w: {**x(w), "fmt": "docx"}, (("planner_y", 404), ("nobody", 404)),
               ("GET",), "evaluator"),
    AccessCase("quality:review_report", lambda w: {**y(w), "fmt": "pdf"},
               (("planner", 404), ("operator_a", 404), ("head", 404)), ("GET",), "admin", note="agency Y"),
]

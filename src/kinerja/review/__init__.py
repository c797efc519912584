"""The indicator quality review: what an evaluator would say is wrong with each indicator, and why.

Pure Python (no Django). See docs/review.md.
"""
from kinerja.review.codes import CODES, Code
from kinerja.review.context import ReviewContext
from kinerja.review.errors import ReviewError
from kinerja.review.finding import SEVERITIES, Evidence, Finding
from kinerja.review.kinds import KINDS, Kind
from kinerja.review.review import review_catalog, review_indicator
from kinerja.review.summary import summarise

__all__ = ["CODES", "Code", "Evidence", "Finding", "KINDS", "Kind", "ReviewContext", "ReviewError", "SEVERITIES",
           "review_catalog", "review_indicator", "summarise"]

"""The one error type the reports app raises: a document or dashboard that cannot be made from the data."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class ReportError(KinerjaError, ValueError):
    """Stored data that does not make the document asked for (no indicators, unknown kind …)."""

"""The one error type the document builders raise."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class DocumentError(KinerjaError, ValueError):
    """Input that cannot be turned into a document (missing field, unknown format, bad catalog)."""

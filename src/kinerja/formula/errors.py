"""The one exception the formula engine lets escape."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class FormulaError(KinerjaError, ValueError):
    """A formula text or expression that cannot be read, with an Indonesian and an English message."""

"""Errors of the SKP drafts that reach people (Indonesian and English)."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class SkpError(KinerjaError):
    """A request about an SKP draft that cannot be answered as asked."""

"""The errors of the capaian package; every one carries an Indonesian and an English message."""
from __future__ import annotations

from kinerja.errors import KinerjaError
from kinerja.periods import PeriodError

__all__ = ["CapaianError", "PeriodError", "ScaleError", "TargetFormatError"]


class CapaianError(KinerjaError, ValueError):
    """Input the achievement arithmetic cannot use (unknown polarity, convention, rule …)."""


class TargetFormatError(CapaianError):
    """Target text that is neither a number, a range nor a known predicate."""


class ScaleError(CapaianError):
    """A predicate scale or band definition that cannot be used (overlapping or empty bands …)."""

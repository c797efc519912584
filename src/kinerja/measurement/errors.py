"""Errors of the measurement cycle that reach people (Indonesian and English messages)."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class MeasurementError(KinerjaError):
    """A request the measurement cycle refuses (wrong state, locked period, bad value …)."""


class LockedPeriodError(MeasurementError):
    """The period is closed; a change needs a correction reason from the planner."""


class ConflictError(MeasurementError):
    """Someone else saved the same realisasi since this form was opened."""

    def __init__(self, message_id: str, message_en: str, *, current_version: int, **kwargs) -> None:
        super().__init__(message_id, message_en, **kwargs)
        self.current_version = current_version


class ValueProblem(MeasurementError):
    """One entered value that cannot be accepted; ``field`` names the input."""

    def __init__(self, message_id: str, message_en: str, *, field: str, needs_confirmation: bool = False) -> None:
        super().__init__(message_id, message_en, where=None)
        self.field = field
        self.needs_confirmation = needs_confirmation


class InvalidEntry(MeasurementError):
    """A save refused because of one or more :class:`ValueProblem`."""

    def __init__(self, problems: list[ValueProblem]) -> None:
        super().__init__("; ".join(p.message_id for p in problems), "; ".join(p.message_en for p in problems))
        self.problems = problems

    @property
    def only_confirmations(self) -> bool:
        return all(p.needs_confirmation for p in self.problems)

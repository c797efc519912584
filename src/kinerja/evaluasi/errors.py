"""Refusals of the Evaluasi AKIP cycle that reach people, in Indonesian and English."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class EvaluasiError(KinerjaError):
    """A request the cycle refuses: wrong state, not this user's to do, an unusable file or answer."""


class NotAllowed(EvaluasiError):
    """Readable, but not this user's to change (answered with 403)."""


class ConflictError(EvaluasiError):
    """Someone else saved the same row since this form was opened; nothing was overwritten (409)."""

    def __init__(self, current_version: int) -> None:
        super().__init__("Data ini sudah diubah orang lain sejak halaman dibuka. Muat ulang halaman lalu ulangi; "
                         "tidak ada yang tertimpa.",
                         "Someone else changed this since the page was opened. Reload the page and try again; "
                         "nothing was overwritten.")
        self.current_version = current_version

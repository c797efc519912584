"""Errors that reach people: every message exists in Indonesian (first) and English.

Pure domain packages raise subclasses of :class:`KinerjaError`; the Django layer shows
``message_id`` or ``message_en`` according to the active language, never a traceback.
"""
from __future__ import annotations


class KinerjaError(Exception):
    """An error with a message in Indonesian and in English."""

    def __init__(self, message_id: str, message_en: str, *, where: str | None = None) -> None:
        self.message_id = message_id
        self.message_en = message_en
        self.where = where
        super().__init__(self.bilingual())

    def bilingual(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.message_id} / {self.message_en}"

    def message(self, language: str = "id") -> str:
        text = self.message_en if language.startswith("en") else self.message_id
        return f"{self.where}: {text}" if self.where else text


class NumberFormatError(KinerjaError, ValueError):
    """Text that was expected to be a number and is not."""

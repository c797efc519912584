"""Errors the importer raises: always a :class:`KinerjaError`, never a parser's own exception."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class DecreeFormatError(KinerjaError, ValueError):
    """The file is not a decree the importer can read (wrong type, damaged, empty)."""


class DecreeTooLargeError(DecreeFormatError):
    """The file (or what it would unpack to) is larger than the importer accepts."""


def unreadable(kind: str, detail: str) -> DecreeFormatError:
    return DecreeFormatError(
        f"Berkas {kind} tidak dapat dibaca: {detail}",
        f"The {kind} file cannot be read: {detail}",
    )

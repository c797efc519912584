"""The one exception the LKE package lets escape."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class LkeError(KinerjaError, ValueError):
    """An LKE tree, answer set or score request that cannot be used, in Indonesian and English."""

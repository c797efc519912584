"""The one exception the review lets escape."""
from __future__ import annotations

from kinerja.errors import KinerjaError


class ReviewError(KinerjaError, ValueError):
    """A catalog that cannot be reviewed (not the interchange format), in Indonesian and English."""

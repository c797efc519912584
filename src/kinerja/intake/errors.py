"""Why an import is refused, in Indonesian and English."""
from __future__ import annotations

from kinerja.errors import KinerjaError

_SHOWN = 5


class ImportRejected(KinerjaError):
    """A reading that cannot be committed; ``problems`` holds every reason, each bilingual."""

    def __init__(self, problems: list[KinerjaError]) -> None:
        self.problems = problems
        shown = problems[:_SHOWN]
        more = len(problems) - len(shown)
        text_id = "; ".join(p.message("id") for p in shown) + (f" (dan {more} masalah lain)" if more else "")
        text_en = "; ".join(p.message("en") for p in shown) + (f" (and {more} more problems)" if more else "")
        super().__init__(f"Keputusan tidak disimpan: {text_id}", f"The decree was not saved: {text_en}")

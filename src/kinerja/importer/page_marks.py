"""Lines that only say where a page ends: a form feed, "Halaman 2 dari 9", "- 3 -".

They are skipped inside a table, so a table that runs over a page break stays one table.
"""
from __future__ import annotations

import re

_PAGE_MARK = re.compile(r"^\s*(?:\f\s*|-\s*\d{1,3}\s*-|(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?|"
                        r"\d{1,3}\s*(?:dari|/)\s*\d{1,3})\s*$", re.IGNORECASE)


def is_page_mark(line: str) -> bool:
    return "\f" in line and not line.replace("\f", "").strip() or bool(_PAGE_MARK.match(line))

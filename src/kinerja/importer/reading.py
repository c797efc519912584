"""The result of reading a decree."""
from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass
class DecreeReading:
    catalog: dict                      # the catalog-schema.md object
    source_lines: list[str]            # the text as the importer saw it (side-by-side preview)
    row_sources: list[dict]            # per indicator: {"line", "page", "table"}
    uncertain: list[tuple[int, str]]   # (indicator index, field name) cells to check

    def to_json(self) -> str:
        return json.dumps(self.catalog, ensure_ascii=False, indent=2)

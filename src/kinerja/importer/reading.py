"""The result of reading a decree."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from kinerja.importer.errors import NoIndicatorRows


@dataclass
class DecreeReading:
    catalog: dict                      # the catalog-schema.md object
    source_lines: list[str]            # the text as the importer saw it (side-by-side preview)
    row_sources: list[dict]            # per indicator: {"line", "page", "table"}
    uncertain: list[tuple[int, str]]   # (indicator index, field name) cells to check
    # per indicator: {"confidence": 0..1, "flags": [why the row is doubtful]}
    row_notes: list[dict] = field(default_factory=list)
    # every table found, as cells: {"index", "line", "rows": [[cell, …], …], "columns": {field: i} | None}
    tables: list[dict] = field(default_factory=list)

    @property
    def problem(self) -> NoIndicatorRows | None:
        """Why nothing was read, when no indicator row was found (with what to do next)."""
        return None if self.catalog.get("indicators") else NoIndicatorRows.for_tables(len(self.tables))

    def to_json(self) -> str:
        return json.dumps(self.catalog, ensure_ascii=False, indent=2)

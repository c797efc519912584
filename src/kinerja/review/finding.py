"""One thing an evaluator would write in the margin of a decree row: :class:`Finding`."""
from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Finding:
    code: str                 # stable, e.g. "name-count-formula-percent"
    severity: str             # "error" | "warning" | "info"
    field: str                # the catalog field it is about: "indikator", "formula_text", …
    message_id: str           # what is wrong, about this row
    message_en: str
    why_id: str               # why an evaluator cares
    why_en: str
    row: int | None = None    # index in catalog["indicators"]

    def message(self, language: str = "id") -> str:
        return self.message_en if language.startswith("en") else self.message_id

    def why(self, language: str = "id") -> str:
        return self.why_en if language.startswith("en") else self.why_id

    def to_dict(self) -> dict:
        return asdict(self)

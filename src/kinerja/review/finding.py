"""One thing an evaluator would write in the margin of a decree row: :class:`Finding`."""
from __future__ import annotations

from dataclasses import dataclass, field

# "info" is shown to people as a note (Catatan); the value stays "info" for the callers that read it.
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Evidence:
    """The words a finding rests on, and the field they were read from."""

    field: str                # "indikator", "formula_text", "definisi", "sasaran", "sumber_data", "jabatan" …
    text: str
    row: int | None = None    # another row's words (a copy, a parent); None = the finding's own row

    def to_dict(self) -> dict:
        return {"field": self.field, "text": self.text, "row": self.row}


@dataclass(frozen=True)
class Finding:
    code: str                 # stable, e.g. "name-count-formula-percent"
    severity: str             # "error" (the number will be wrong or meaningless) | "warning" | "info" (note)
    field: str                # the catalog field it is about: "indikator", "formula_text", …
    message_id: str           # what is wrong, about this row
    message_en: str
    why_id: str               # why an evaluator cares
    why_en: str
    row: int | None = None    # index in catalog["indicators"]; None = about the whole decree
    confidence: float = 1.0   # how sure the rule is that this is a real problem (0..1)
    evidence: tuple[Evidence, ...] = ()
    fix_id: str | None = None  # what to write instead, where one follows
    fix_en: str | None = None
    kind: str = ""            # the kind of problem (kinerja.review.kinds), for counts per kind
    rows: tuple[int, ...] = field(default=())  # a decree-level finding: the rows it covers

    def message(self, language: str = "id") -> str:
        return self.message_en if language.startswith("en") else self.message_id

    def why(self, language: str = "id") -> str:
        return self.why_en if language.startswith("en") else self.why_id

    def fix(self, language: str = "id") -> str | None:
        return self.fix_en if language.startswith("en") else self.fix_id

    def to_dict(self) -> dict:
        return {"code": self.code, "kind": self.kind, "severity": self.severity, "confidence": round(self.confidence, 2),
                "row": self.row, "rows": list(self.rows), "field": self.field,
                "message_id": self.message_id, "message_en": self.message_en,
                "why_id": self.why_id, "why_en": self.why_en, "fix_id": self.fix_id, "fix_en": self.fix_en,
                "evidence": [e.to_dict() for e in self.evidence]}

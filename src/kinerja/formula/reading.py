"""The result of reading a formula text: :class:`FormulaReading`."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("ratio_percent", "count", "growth_percent", "difference", "ratio", "average", "weighted_index",
         "constant_target", "other")
# Below this a person should look at the reading before it is used.
REVIEW_THRESHOLD = 0.7


@dataclass
class FormulaReading:
    kind: str
    expression: str | None
    variables: dict[str, str]
    confidence: float                      # 0..1
    warnings: list[dict] = field(default_factory=list)   # each {"id": …, "en": …}
    bands: list[dict] | None = None
    value: float | None = None
    satuan: str | None = None              # "%" for percentages, the unit of a fixed target
    checks: list[dict] = field(default_factory=list)     # worked examples recomputed (not printed in JSON)

    @property
    def needs_review(self) -> bool:
        return self.confidence < REVIEW_THRESHOLD

    def to_catalog(self) -> dict:
        """The catalog ``formula`` object (docs/catalog-schema.md)."""
        out: dict = {"kind": self.kind, "expression": self.expression, "variables": dict(self.variables)}
        if self.bands:
            out["bands"] = [dict(band) for band in self.bands]
        if self.kind == "constant_target":
            if self.value is not None:
                out["value"] = _plain(self.value)
            if self.satuan is not None:
                out["satuan"] = self.satuan
        return out

    def to_json(self) -> dict:
        """What ``kinerja formula --json`` prints: the catalog object, confidence and warnings."""
        out = self.to_catalog()
        out["confidence"] = round(self.confidence, 2)
        out["warnings"] = [dict(w) for w in self.warnings]
        return out


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value

"""Counts over a list of findings, for a page header or the end of a CLI listing."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kinerja.review.finding import SEVERITIES, Finding
from kinerja.review.kinds import KINDS


@dataclass
class Summary:
    by_severity: dict[str, int]
    by_code: dict[str, int]
    rows_with_findings: int
    rows: int
    by_kind: dict[str, int] = field(default_factory=dict)     # kinerja.review.kinds order, zero kinds left out
    clean_rows: int = field(init=False)

    def __post_init__(self) -> None:
        self.clean_rows = self.rows - self.rows_with_findings


def summarise(findings: list[Finding], rows: int) -> Summary:
    severities = Counter(f.severity for f in findings)
    kinds = Counter(f.kind for f in findings)
    return Summary(by_severity={s: severities.get(s, 0) for s in SEVERITIES},
                   by_code=dict(Counter(f.code for f in findings).most_common()),
                   rows_with_findings=len({f.row for f in findings if f.row is not None}), rows=rows,
                   by_kind={k: kinds[k] for k in KINDS if kinds[k]})

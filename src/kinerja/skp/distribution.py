"""Employees' ratings against the distribution guide of PermenPANRB 6/2022.

The organisation's own rating (predikat kinerja organisasi) caps how its employees' ratings may be
spread. The guide, as the Kementerian PANRB circular states it:

- Istimewa: most employees (at most 70%) Sangat Baik;
- Baik: most (at most 70%) Baik, and there must be employees rated Butuh Perbaikan and/or Kurang;
- Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik;
- Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik;
- Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang and/or Butuh Perbaikan, no Sangat Baik.

Each limit is a :class:`Rule` (data, not code). Explicit limits are errors; "most" (the largest group)
is a warning, as the guide gives it no number. Shares are exact fractions: with 3 employees, 60% is
two people, never 1.8 rounded. The check only reads counts people entered; it rates nobody.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from kinerja.skp.errors import SkpError
from kinerja.skp.model import Text
from kinerja.skp.predikat import ORGANISATION_KEYS

EMPLOYEE_KEYS = ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")
EMPLOYEE_LABELS = {
    "sangat_baik": ("Sangat Baik", "Very good"), "baik": ("Baik", "Good"),
    "butuh_perbaikan": ("Butuh Perbaikan", "Needs improvement"), "kurang": ("Kurang/Misconduct", "Poor/Misconduct"),
    "sangat_kurang": ("Sangat Kurang", "Very poor"),
}
MAX_EMPLOYEES = 1_000_000


@dataclass(frozen=True)
class Rule:
    kind: str                      # "max" share, "min" share, "present" (at least one), "none", "most"
    categories: tuple[str, ...]
    share: Fraction = Fraction(0)

    @property
    def severity(self) -> str:
        return "warning" if self.kind == "most" else "error"

    def describe(self) -> Text:
        names_id = " dan/atau ".join(EMPLOYEE_LABELS[c][0] for c in self.categories)
        names_en = " and/or ".join(EMPLOYEE_LABELS[c][1] for c in self.categories)
        percent = f"{float(self.share * 100):g}%"
        return {
            "max": Text(f"{names_id} paling banyak {percent}", f"{names_en} at most {percent}"),
            "min": Text(f"{names_id} paling sedikit {percent}", f"{names_en} at least {percent}"),
            "present": Text(f"harus ada pegawai {names_id}", f"there must be employees rated {names_en}"),
            "none": Text(f"tidak boleh ada pegawai {names_id}", f"no employee may be rated {names_en}"),
            "most": Text(f"sebagian besar pegawai {names_id}", f"most employees rated {names_en}"),
        }[self.kind]


GUIDE: dict[str, tuple[Rule, ...]] = {
    "istimewa": (Rule("max", ("sangat_baik",), Fraction(7, 10)), Rule("most", ("sangat_baik",))),
    "baik": (Rule("max", ("baik",), Fraction(7, 10)), Rule("most", ("baik",)),
             Rule("present", ("butuh_perbaikan", "kurang"))),
    "butuh_perbaikan": (Rule("min", ("butuh_perbaikan",), Fraction(6, 10)),
                        Rule("max", ("sangat_baik",), Fraction(1, 10))),
    "kurang": (Rule("min", ("kurang",), Fraction(6, 10)), Rule("min", ("butuh_perbaikan",), Fraction(1, 10)),
               Rule("max", ("sangat_baik",), Fraction(1, 10))),
    "sangat_kurang": (Rule("min", ("sangat_kurang",), Fraction(6, 10)),
                      Rule("min", ("kurang", "butuh_perbaikan"), Fraction(1, 10)), Rule("none", ("sangat_baik",))),
}


@dataclass(frozen=True)
class Finding:
    rule: Rule
    share: Fraction

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.rule.severity, "rule": self.rule.describe().to_json(),
                "categories": list(self.rule.categories), "share_percent": round(float(self.share * 100), 2)}


@dataclass(frozen=True)
class DistributionCheck:
    organisation: str
    counts: dict[str, int]
    findings: tuple[Finding, ...]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def fits(self) -> bool:
        """True when no explicit limit is broken (warnings allowed)."""
        return self.total > 0 and not any(f.rule.severity == "error" for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {"organisation": self.organisation, "counts": dict(self.counts), "total": self.total,
                "fits": self.fits, "findings": [f.to_json() for f in self.findings],
                "guide": [r.describe().to_json() for r in GUIDE[self.organisation]]}


def check_distribution(organisation: str, counts: Mapping[str, int]) -> DistributionCheck:
    """Which rules of the guide for ``organisation`` the employee ``counts`` break."""
    if organisation not in GUIDE:
        raise SkpError(f"predikat organisasi '{organisation}' tidak dikenal; pilih salah satu: "
                       f"{', '.join(ORGANISATION_KEYS)}",
                       f"unknown organisation predikat '{organisation}'; choose one of: {', '.join(ORGANISATION_KEYS)}")
    clean = {key: int(counts.get(key, 0) or 0) for key in EMPLOYEE_KEYS}
    if any(n < 0 or n > MAX_EMPLOYEES for n in clean.values()):
        raise SkpError("Jumlah pegawai per predikat harus 0–1.000.000.",
                       "The number of employees per rating must be 0–1,000,000.")
    total = sum(clean.values())
    findings: list[Finding] = []
    for rule in GUIDE[organisation]:
        count = sum(clean[c] for c in rule.categories)
        share = Fraction(count, total) if total else Fraction(0)
        if not _holds(rule, count, share, clean):
            findings.append(Finding(rule, share))
    return DistributionCheck(organisation, clean, tuple(findings))


def _holds(rule: Rule, count: int, share: Fraction, counts: Mapping[str, int]) -> bool:
    if rule.kind == "max":
        return share <= rule.share
    if rule.kind == "min":
        return share >= rule.share
    if rule.kind == "present":
        return count > 0
    if rule.kind == "none":
        return count == 0
    others = max((n for key, n in counts.items() if key not in rule.categories), default=0)
    return count >= others and count > 0

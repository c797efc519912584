"""The records of an SKP draft: what the catalog and the measurements say, and the rows made from them."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kinerja.capaian.decimals import plain

ASPEK = ("kuantitas", "kualitas", "waktu", "biaya")
ASPEK_LABELS = {"kuantitas": ("Kuantitas", "Quantity"), "kualitas": ("Kualitas", "Quality"),
                "waktu": ("Waktu", "Time"), "biaya": ("Biaya", "Cost")}


@dataclass(frozen=True)
class Text:
    """A sentence in Indonesian and English."""

    id: str
    en: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "en": self.en}


@dataclass(frozen=True)
class EvidenceLink:
    name: str
    url: str


@dataclass(frozen=True)
class PeriodFact:
    """One quarter of an indicator: the Rencana Aksi target, the realisasi and its evidence."""

    period: str                       # "2024-Q1"
    target_raw: str = ""
    cumulative: bool = False
    realisasi: Decimal | None = None
    realisasi_label: str = ""         # a predicate realisasi ("WTP")
    status: str = ""                  # the realisasi's workflow status, "" if none was entered
    capaian: Decimal | None = None
    evidence: tuple[EvidenceLink, ...] = ()


@dataclass(frozen=True)
class IndicatorFacts:
    """What the measurements say of one indicator in one year."""

    pk_target_raw: str = ""
    target_kind: str = "pk"           # whose target it is: "pk", "pk_perubahan", or "renstra" when no PK yet
    periods: tuple[PeriodFact, ...] = ()
    year_realisasi: Decimal | None = None
    year_capaian: Decimal | None = None
    year_status: str = "unknown"      # "ok", "unknown", "undefined"
    year_predikat: str = ""


@dataclass(frozen=True)
class Supported:
    """The superior's indicator a row supports, with the superior's sasaran."""

    indicator: str
    sasaran: str
    position: str = ""


@dataclass(frozen=True)
class IkiRow:
    """One IKI (or, for the head of the agency, IKU) row of a position, as the catalog has it."""

    indicator_id: int
    name: str
    satuan: str
    sasaran: str
    formula_kind: str | None
    formula_text: str = ""
    supports: Supported | None = None
    supports_hidden: bool = False     # it supports an indicator the reader may not see
    aspek_saved: str | None = None
    aspek_version: int = 0


@dataclass(frozen=True)
class SkpTarget:
    text: str                          # as the form prints it: "80 %", "1 Dokumen", "80–90 %"
    low: Decimal | None = None
    high: Decimal | None = None
    satuan: str = ""
    raw: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "min": _num(self.low), "max": _num(self.high), "satuan": self.satuan,
                "raw": self.raw}


@dataclass(frozen=True)
class SkpRow:
    number: int
    indicator_id: int
    rhk_atasan: str
    rhk: str
    aspek: str
    aspek_proposed: str
    aspek_reason: Text
    aspek_saved: bool
    aspek_version: int
    indikator: str
    target: SkpTarget
    periods: tuple[PeriodFact, ...]
    notes: tuple[Text, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "indicator": self.indicator_id, "rhk_atasan": self.rhk_atasan, "rhk": self.rhk,
            "aspek": self.aspek, "aspek_proposed": self.aspek_proposed, "aspek_reason": self.aspek_reason.to_json(),
            "aspek_saved": self.aspek_saved, "aspek_version": self.aspek_version, "indikator": self.indikator,
            "target": self.target.to_json(),
            "periods": [_period_json(p) for p in self.periods],
            "notes": [n.to_json() for n in self.notes],
        }


@dataclass(frozen=True)
class Person:
    name: str = ""
    nip: str = ""
    rank: str = ""
    position: str = ""
    unit: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "nip": self.nip, "rank": self.rank, "position": self.position, "unit": self.unit}


@dataclass(frozen=True)
class SkpDraft:
    year: int
    agency: str
    pemda: str
    position_id: int
    employee: Person
    appraiser: Person | None
    rows: tuple[SkpRow, ...]
    notes: tuple[Text, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year, "agency": self.agency, "pemda": self.pemda, "position": self.position_id,
            "period": {"from": f"{self.year}-01-01", "to": f"{self.year}-12-31"},
            "employee": self.employee.to_json(),
            "appraiser": self.appraiser.to_json() if self.appraiser else None,
            "rows": [r.to_json() for r in self.rows],
            "notes": [n.to_json() for n in self.notes],
            "status": "draft",
        }


def _num(value: Decimal | None) -> float | int | None:
    return None if value is None else plain(value)


def _period_json(p: PeriodFact) -> dict[str, Any]:
    return {"period": p.period, "target": p.target_raw, "cumulative": p.cumulative, "realisasi": _num(p.realisasi),
            "realisasi_label": p.realisasi_label, "status": p.status, "capaian": _num(p.capaian),
            "evidence": [{"name": e.name, "url": e.url} for e in p.evidence]}

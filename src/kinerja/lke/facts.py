"""What the proposal rules know about an agency and a year: plain values, no database.

The Django layer (``kinerja.evaluasi.facts``) gathers these from the catalog, measurement, review and
reports; the rules (:mod:`kinerja.lke.proposals`) only read them. A rule whose facts are missing
says so instead of guessing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kinerja.cascade import Level, Reach


@dataclass(frozen=True)
class Link:
    """Where the evidence for a reason can be seen; the web layer turns it into a URL."""

    kind: str                 # "targets", "document", "decree", "pohon", "quality", "capaian", "entry", …
    label_id: str
    label_en: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str, default: str = "") -> str:
        return dict(self.params).get(name, default)

    def label(self, language: str = "id") -> str:
        return self.label_en if language.startswith("en") else self.label_id

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label_id": self.label_id, "label_en": self.label_en, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: dict) -> Link:
        return cls(str(data.get("kind", "")), str(data.get("label_id", "")), str(data.get("label_en", "")),
                   tuple(sorted((str(k), str(v)) for k, v in (data.get("params") or {}).items())))


@dataclass(frozen=True)
class IndicatorFacts:
    id: int
    name: str
    is_iku: bool
    active: bool
    replaced: bool                          # retired by a Perubahan in favour of another indicator
    errors: tuple[str, ...] = ()            # review finding codes of severity "error"
    warnings: tuple[str, ...] = ()
    has_definisi: bool = False
    has_sumber_data: bool = False
    has_penanggung_jawab: bool = False
    level: Level | None = None              # of the jabatan whose kinerja it measures
    reported: bool = False                  # realisasi with a value for some period of the year
    verified: bool = False                  # … verified by the planner (or locked)
    has_target: bool = False                # a PK (or Renstra) target for the year


@dataclass(frozen=True)
class DecreeFacts:
    id: int
    nomor: str
    tahun: int
    iku: bool                               # fixes IKU (alone or with IKI)
    ditetapkan: bool


@dataclass(frozen=True)
class QuarterFacts:
    period: str                             # "2025-Q1"
    label: str                              # "TW I 2025"
    deadline: datetime | None
    expected: int                           # indicators to report this quarter
    verified: int                           # verified (or locked)
    on_time: int                            # … submitted no later than the deadline


@dataclass(frozen=True)
class CapaianFacts:
    indicator: int
    name: str
    period: str
    capaian: Decimal | None                 # percent; None = unknown or undefined


@dataclass(frozen=True)
class LkjipFacts:
    produced_at: datetime                   # when Kinerja first produced the year's LKjIP as bukti dukung
    deadline: date                          # when it was due
    rows: int
    with_target: int                        # rows with target and realisasi of the year
    with_renstra: int                       # rows with the Renstra end target and realisasi to date
    with_past: int                          # rows with realisasi of an earlier year
    sasaran: int
    sasaran_explained: int                  # sasaran with a narrative (factors, efforts)


@dataclass(frozen=True)
class PreviousEvaluation:
    year: int
    final: bool
    recommendations: int
    verified: int                           # recommendations whose follow-up the evaluator accepted
    reported: int                           # … reported but not yet verified
    total: Decimal | None                   # nilai penetapan (two decimals)
    total_before: Decimal | None = None     # the year before that, for "improved"


@dataclass(frozen=True)
class Facts:
    year: int
    as_of: date
    renstra: tuple[int, int] | None = None          # first and last year of the Renstra covering the year
    pk_indicators: int = 0                          # indicators with a PK target for the year
    rencana_aksi_indicators: int = 0
    programmes: int = 0                             # PK programmes with a budget
    budget: Decimal | None = None
    decrees: tuple[DecreeFacts, ...] = ()
    indicators: tuple[IndicatorFacts, ...] = ()
    reach: tuple[Reach, ...] = ()
    iku_names: dict[int, str] = field(default_factory=dict)
    positions: int = 0
    positions_with_indicators: int = 0
    units: int = 0
    units_with_indicators: int = 0
    quarters: tuple[QuarterFacts, ...] = ()          # quarters of the year that have ended by ``as_of``
    rencana_aksi_due: int = 0                       # (indicator, ended quarter) pairs with a Rencana Aksi target
    rencana_aksi_reported: int = 0                  # … with realisasi reported
    capaian: tuple[CapaianFacts, ...] = ()           # the latest period of the year with computed capaian
    capaian_period: str | None = None                # its key: "2025" or "2025-Q3"
    lkjip: LkjipFacts | None = None
    previous: PreviousEvaluation | None = None

    def active(self) -> list[IndicatorFacts]:
        return [i for i in self.indicators if i.active]

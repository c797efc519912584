"""What the engine is given: the catalog facts of indicators that share a period kind, their inputs as
arrays over consecutive periods, their targets, and the agency's capaian settings."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from kinerja.capaian.bands import PERMENDAGRI_86_2017, Scale
from kinerja.formula.batch import Program
from kinerja.periods import PER_YEAR, Period, PeriodKind

RULES = ("sum", "last", "average", "recompute")


@dataclass(frozen=True)
class Facts:
    """One indicator as the engine needs it. ``program`` is ``None`` for an indicator entered directly
    (no readable formula); ``direct_note`` says why, in Indonesian and English."""

    id: int
    kind: PeriodKind
    rule: str
    polarity: str
    convention: str            # the lower-is-better convention in force (the indicator's, else the pemda's)
    percent: bool = False      # satuan "%": a direct entry with the recompute rule takes the last value
    program: Program | None = None
    direct_note: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class Settings:
    """An agency's capaian settings: the predicate scale in force and the pemda's floor and ceiling."""

    scale: Scale = PERMENDAGRI_86_2017
    floor: Decimal | None = None
    ceiling: Decimal | None = None


@dataclass(frozen=True)
class TargetInput:
    """One stored target: ``row`` is the indicator's row in the block; ``shape`` is ``number``,
    ``range`` or ``predicate`` (``label`` and ``scale`` then name it); ``high`` is NaN for a number."""

    row: int
    period: Period
    kind: str                  # renstra | renstra_end | pk | pk_perubahan | rencana_aksi
    raw: str
    shape: str
    low: float = float("nan")
    high: float = float("nan")
    label: str | None = None
    scale: str | None = None
    cumulative: bool = False


# Which target a figure is judged against: below a year the Rencana Aksi of that period; for a year the
# PK Perubahan, else the PK, else the Renstra target, else the Renstra end target (lower rank wins).
YEAR_ORDER = ("pk_perubahan", "pk", "renstra", "renstra_end")
SHAPES = {"number": 1, "range": 2, "predicate": 3}


@dataclass
class TargetTable:
    """The targets of a block as columns: one entry per stored target that can judge a figure."""

    row: np.ndarray            # int64: the indicator's row in the block
    period: np.ndarray         # object: period key ("2025", "2025-Q1")
    year: np.ndarray           # int32
    rank: np.ndarray           # int8: precedence among the targets of one period (0 first)
    kind: np.ndarray           # object: the target kind
    raw: np.ndarray            # object: as written
    shape: np.ndarray          # int8: SHAPES
    low: np.ndarray            # float64
    high: np.ndarray           # float64 (NaN for a number)
    cumulative: np.ndarray     # bool
    label: np.ndarray          # object: a predicate's label, else None
    scale: np.ndarray          # object: a predicate's scale name, else None

    def __len__(self) -> int:
        return len(self.row)

    @classmethod
    def of(cls, targets: list[TargetInput]) -> TargetTable:
        """The table of ``targets``, leaving out those that judge no figure (a Renstra target of a quarter)."""
        kept = [t for t in targets if rank_of(t.kind, t.period.kind == "year") >= 0 and t.shape in SHAPES]
        return cls(np.array([t.row for t in kept], dtype=np.int64),
                   np.array([t.period.key for t in kept], dtype=object),
                   np.array([t.period.year for t in kept], dtype=np.int32),
                   np.array([rank_of(t.kind, t.period.kind == "year") for t in kept], dtype=np.int8),
                   np.array([t.kind for t in kept], dtype=object), np.array([t.raw for t in kept], dtype=object),
                   np.array([SHAPES[t.shape] for t in kept], dtype=np.int8),
                   np.array([t.low for t in kept], dtype=np.float64),
                   np.array([t.high for t in kept], dtype=np.float64),
                   np.array([t.cumulative for t in kept], dtype=bool), np.array([t.label for t in kept], dtype=object),
                   np.array([t.scale for t in kept], dtype=object))


def rank_of(kind: str, yearly: bool) -> int:
    """The precedence of a target kind for a year (``yearly``) or a shorter period; -1: judges nothing."""
    if yearly:
        return YEAR_ORDER.index(kind) if kind in YEAR_ORDER else -1
    return 0 if kind == "rencana_aksi" else -1


@dataclass
class Block:
    """Indicators of one period ``kind`` over the years ``first_year`` … ``first_year + years - 1``.

    Columns are the consecutive periods of ``kind`` (``years × PER_YEAR[kind]``). ``values[i, v, t]``
    is variable ``v`` of indicator ``i``'s program (its order of ``Program.variables``) in column
    ``t``; ``direct[i, t]`` a directly entered value; ``labels[(i, t)]`` a predicate realisasi
    ("WTP"); ``entered[i, t]`` whether a realisasi exists for that period at all. NaN is unknown.
    """

    kind: PeriodKind
    first_year: int
    years: int
    facts: list[Facts]
    values: np.ndarray
    direct: np.ndarray
    entered: np.ndarray
    labels: dict[tuple[int, int], str] = field(default_factory=dict)
    targets: TargetTable = field(default_factory=lambda: TargetTable.of([]))

    @property
    def per_year(self) -> int:
        return PER_YEAR[self.kind]

    @property
    def columns(self) -> int:
        return self.years * self.per_year

    def period(self, column: int) -> Period:
        return Period.of_ordinal(self.kind, Period(self.first_year, self.kind, 1).ordinal + column)

    def column(self, period: Period) -> int:
        return period.ordinal - Period(self.first_year, self.kind, 1).ordinal

    @classmethod
    def empty(cls, kind: PeriodKind, first_year: int, years: int, facts: list[Facts]) -> Block:
        """A block with nothing entered yet, to be filled by the caller."""
        n, width = len(facts), years * PER_YEAR[kind]
        variables = max((len(f.program.variables) for f in facts if f.program is not None), default=0)
        return cls(kind, first_year, years, facts, np.full((n, variables, width), np.nan),
                   np.full((n, width), np.nan), np.zeros((n, width), dtype=bool))

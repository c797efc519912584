"""What the engine returns: one row per indicator × period, as columns (numpy arrays), ready to be
stored in bulk and read back without recomputing anything.

Statuses use the formula engine's codes: 0 ok, 1 unknown, 2 undefined. A value's ``reason`` is a
:class:`~kinerja.formula.batch.Program` reason code, or one of :class:`Reason`. How a judged
realisasi was obtained is a :class:`Basis`; ``missing``/``undefined`` are bit masks of the own-kind
periods of the year (bit 0 = the first quarter, or month …) that were not reported / not defined.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from enum import IntEnum

import numpy as np

OK, UNKNOWN, UNDEFINED = 0, 1, 2


class Reason(IntEnum):
    """Reasons that are not a formula's own (those are codes ≥ 0)."""

    NONE = -1
    NOT_REPORTED = -2        # no realisasi entered for the period
    NOT_ENTERED = -3         # a realisasi entered directly, without a value


class Basis(IntEnum):
    """How the realisasi a capaian is judged on was obtained."""

    OWN = 0                  # the period's own value
    SUM = 1
    LAST = 2
    AVERAGE = 3
    RECOMPUTE = 4            # the formula on each variable summed over the span
    FALLBACK_SUM = 5         # a direct entry with the recompute rule: summed (satuan not "%")
    FALLBACK_LAST = 6        # … or its last value (satuan "%")


RULE_BASIS = {"sum": Basis.SUM, "last": Basis.LAST, "average": Basis.AVERAGE, "recompute": Basis.RECOMPUTE}


@dataclass
class FigureTable:
    """Every figure of a block. One entry per row in each column."""

    indicator: np.ndarray          # int64 indicator id
    period: np.ndarray             # object: period key ("2025", "2025-Q1", "2025-M03")
    year: np.ndarray               # int32
    value: np.ndarray              # float64: the period's own value (NaN unless ok)
    value_text: np.ndarray         # object: a predicate realisasi ("WTP") or ""
    value_status: np.ndarray       # int8
    value_reason: np.ndarray       # int16
    realisasi: np.ndarray          # float64: the realisasi the capaian is judged on
    realisasi_status: np.ndarray   # int8
    realisasi_reason: np.ndarray   # int16 (a formula reason code for the recompute basis)
    basis: np.ndarray              # int8 Basis
    cumulative: np.ndarray         # bool: judged up to the end of the period from the start of its year
    missing: np.ndarray            # int32 bit mask of own-kind periods not reported
    undefined: np.ndarray          # int32 bit mask of own-kind periods undefined
    target_kind: np.ndarray        # object: the kind of the target judged against, or ""
    target_raw: np.ndarray         # object: that target as written, or ""
    capaian: np.ndarray            # float64
    capaian_status: np.ndarray     # int8
    predicate: np.ndarray          # object: the band's label, or ""

    def __len__(self) -> int:
        return len(self.indicator)

    @classmethod
    def concat(cls, tables: list[FigureTable]) -> FigureTable:
        if not tables:
            return empty_table()
        return cls(**{f.name: np.concatenate([getattr(t, f.name) for t in tables]) for f in fields(cls)})

    def rows(self) -> list[tuple]:
        """One tuple per figure, the columns in declaration order, as plain Python values."""
        columns = [getattr(self, f.name).tolist() for f in fields(self)]
        return list(zip(*columns))


COLUMNS = tuple(f.name for f in fields(FigureTable))


def empty_table() -> FigureTable:
    dtypes = {"indicator": np.int64, "year": np.int32, "value": np.float64, "value_status": np.int8,
              "value_reason": np.int16, "realisasi": np.float64, "realisasi_status": np.int8,
              "realisasi_reason": np.int16, "basis": np.int8, "cumulative": bool, "missing": np.int32,
              "undefined": np.int32, "capaian": np.float64, "capaian_status": np.int8}
    return FigureTable(**{name: np.zeros(0, dtype=dtypes.get(name, object)) for name in COLUMNS})

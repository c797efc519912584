"""Capaian (achievement): periods, targets, predicate bands, the exact and explained arithmetic of
achievement, aggregation of quarters, and realisasi checks. Pure Python: no Django here.

See ``docs/capaian.md`` for every convention and edge-case rule.
"""
from kinerja.capaian.achievement import Capaian, CapaianSettings, Undefined, compute_capaian
from kinerja.capaian.aggregate import Aggregate, SummedVariables, aggregate, sum_variables
from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.capaian.errors import CapaianError, PeriodError, ScaleError, TargetFormatError
from kinerja.capaian.rencana_aksi import period_capaian
from kinerja.capaian.targets import (
    NILAI_SAKIP,
    OPINI_BPK,
    NumberTarget,
    PredicateScale,
    PredicateTarget,
    RangeTarget,
    Target,
    parse_target,
)
from kinerja.capaian.validation import RealisasiCheck, check_realisasi
from kinerja.capaian.vectorised import CapaianArray, compute_capaian_array
from kinerja.periods import Period, RenstraSpan, parse_period

__all__ = [
    "Aggregate", "Band", "Capaian", "CapaianArray", "CapaianError", "CapaianSettings", "NILAI_SAKIP",
    "NumberTarget", "OPINI_BPK", "PERMENDAGRI_86_2017", "Period", "PeriodError", "PredicateScale",
    "PredicateTarget", "RangeTarget", "RealisasiCheck", "RenstraSpan", "Scale", "ScaleError",
    "SummedVariables", "Target", "TargetFormatError", "Undefined", "aggregate", "check_realisasi", "compute_capaian",
    "compute_capaian_array", "parse_period", "parse_target", "period_capaian", "sum_variables",
]

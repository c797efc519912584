"""The derivation engine: every figure of many indicators × periods, from one block of inputs.

Pure Python and numpy, no Django. :func:`derive` takes a :class:`Block` (the catalog facts of
indicators that share a period kind, their base variables or direct values per period, their targets)
and agency :class:`Settings` (predicate scale, capaian floor and ceiling) and returns a
:class:`FigureTable`: per indicator and period the value, the yearly value by the indicator's rule,
the realisasi judged, the target, the capaian, the predicate and the codes an explanation is written
from (:mod:`kinerja.derivation.explain`). See docs/measurement.md, "The derivation engine".
"""
from kinerja.derivation.block import Block, Facts, Settings, TargetInput, TargetTable
from kinerja.derivation.derive import derive
from kinerja.derivation.figures import Basis, FigureTable, Reason

__all__ = ["Basis", "Block", "Facts", "FigureTable", "Reason", "Settings", "TargetInput", "TargetTable", "derive"]

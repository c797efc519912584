"""How far the agency's key indicators reach down the organisation: cascading (*cascading kinerja*).

An IKU is held by the head of the agency (Eselon II); it is supported by the Kepala Bidang's
indicators (Eselon III), those by the Kepala Seksi's (Eselon IV), and so on down to staff (the
individual). The evaluator's grades read that reach: AA when measurement reaches the individual, A at
Eselon IV, BB at Eselon III, B when it stays at Eselon II.

Pure: positions and indicators come in as plain ids, so the pohon page, the Evaluasi AKIP proposals
and anything else can ask the same question of the same rule.

- A position's level is how many ``reports_to`` steps separate it from the top of its chain, added
  to the level of that top (the agency head by default; a caller may say a chain starts lower, e.g.
  a seksi whose head reports to nobody in the catalog). Anything below Eselon IV is the individual.
- An IKU reaches the deepest level held by any indicator that supports it, directly or through
  others. Cycles in ``supports`` are cut where they close.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum


class Level(IntEnum):
    ES_II = 0        # Kepala Dinas / Badan: the agency head
    ES_III = 1       # Sekretaris, Kepala Bidang
    ES_IV = 2        # Kepala Seksi, Kepala Sub Bagian, Kepala UPT
    INDIVIDUAL = 3   # pelaksana and fungsional staff

    def label(self, language: str = "id") -> str:
        return (_LABELS_EN if language.startswith("en") else _LABELS_ID)[self]


_LABELS_ID = {Level.ES_II: "Eselon II (kepala perangkat daerah)", Level.ES_III: "Eselon III (kepala bidang)",
              Level.ES_IV: "Eselon IV (kepala seksi/subbagian)", Level.INDIVIDUAL: "individu (staf)"}
_LABELS_EN = {Level.ES_II: "Echelon II (agency head)", Level.ES_III: "Echelon III (head of division)",
              Level.ES_IV: "Echelon IV (head of section)", Level.INDIVIDUAL: "the individual (staff)"}


@dataclass(frozen=True)
class IndicatorNode:
    id: int
    supports: int | None          # the indicator it supports (its parent in the pohon)
    position: int | None          # the jabatan whose kinerja it measures
    is_iku: bool


@dataclass(frozen=True)
class Reach:
    indicator: int                # the IKU
    deepest: Level | None         # None: no indicator of its subtree has a placed jabatan
    by_level: dict[Level, int] = field(default_factory=dict)   # indicators of its subtree per level


def position_levels(reports_to: Mapping[int, int | None],
                    start: Mapping[int, Level] | None = None) -> dict[int, Level]:
    """Each position's level from its ``reports_to`` chain. ``start`` gives the level of a chain's top
    position when it is not the agency head."""
    start = start or {}
    levels: dict[int, Level] = {}
    for position in reports_to:
        chain: list[int] = []
        seen: set[int] = set()
        current: int | None = position
        while current is not None and current not in levels and current not in seen:
            seen.add(current)
            chain.append(current)
            parent = reports_to.get(current)
            current = parent if parent in reports_to else None
        if current is not None and current in levels:
            level = levels[current]
        else:  # the chain's top (or a cycle, cut at the position met twice)
            top = chain.pop()
            level = start.get(top, Level.ES_II)
            levels[top] = level
        for member in reversed(chain):
            level = Level(min(level + 1, Level.INDIVIDUAL))
            levels[member] = level
    return levels


def reach(indicators: Iterable[IndicatorNode], levels: Mapping[int, Level]) -> list[Reach]:
    """For every IKU at the top of the pohon (supporting nothing the set holds): how deep it reaches."""
    nodes = {n.id: n for n in indicators}
    children: dict[int, list[int]] = {}
    for n in nodes.values():
        if n.supports in nodes and n.supports != n.id:
            children.setdefault(n.supports, []).append(n.id)
    out = []
    for root in sorted(n.id for n in nodes.values() if n.is_iku and n.supports not in nodes):
        counts: dict[Level, int] = {}
        stack, seen = [root], {root}
        while stack:
            current = nodes[stack.pop()]
            level = levels.get(current.position) if current.position is not None else None
            if level is not None:
                counts[level] = counts.get(level, 0) + 1
            for child in children.get(current.id, []):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        out.append(Reach(root, max(counts) if counts else None, dict(sorted(counts.items()))))
    return out

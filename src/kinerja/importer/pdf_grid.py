"""A ruled PDF table read from its lines rather than from complete cell boxes.

A table finder that looks for closed cell boxes loses what a page break or a merged cell leaves open:
a cell merged over several rows, or a row cut before its bottom rule, goes missing. Here the table's columns come from its vertical rules, its bands from
its horizontal rules (and the bottom of its vertical rules, where a page break left the last band
open), and each column is read on its own: where a column has no rule between two bands, its cell is
merged over them and every band it covers repeats its text (the catalog convention for merged cells).
A column still open at the foot of the page goes on at the top of the next one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

_TOLERANCE = 2.0


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOLERANCE:
            out.append(v)
    return out


@dataclass
class Grid:
    bbox: tuple[float, float, float, float]
    rows: list[list[str]] = field(default_factory=list)
    # blank cells merged over several rows at the top of the table: a merged cell that began on the
    # page before (its text printed there); column → row indexes
    merged_from_before: dict[int, list[int]] = field(default_factory=dict)
    cut_row: bool = False   # no rule under the last row: a page break cut it, its rest opens the next table


def _extent(edges: list[dict], bbox: tuple) -> tuple[float, float, float, float]:
    """The table's box grown down along its vertical rules (a row cut by the page end has no bottom rule)."""
    x0, top, x1, bottom = bbox
    verticals = [e for e in edges if e["orientation"] == "v" and x0 - _TOLERANCE <= e["x0"] <= x1 + _TOLERANCE]
    grown = True
    while grown:
        grown = False
        for e in verticals:
            if top - _TOLERANCE <= e["top"] <= bottom + _TOLERANCE and e["bottom"] > bottom + _TOLERANCE:
                bottom, grown = e["bottom"], True
    return x0, top, x1, bottom


def tables(edges: list[dict]) -> list[tuple[list[dict], tuple[float, float, float, float]]]:
    """Rules that touch one another vertically form one table (decrees stack tables, never side by side);
    a group needs two vertical and two horizontal rules to be a table."""
    groups: list[list[dict]] = []
    bottom = float("-inf")
    for e in sorted(edges, key=lambda e: e["top"]):
        if groups and e["top"] <= bottom + _TOLERANCE:
            groups[-1].append(e)
        else:
            groups.append([e])
            bottom = float("-inf")
        bottom = max(bottom, e["bottom"])
    out = []
    for group in groups:
        if sum(e["orientation"] == "v" for e in group) >= 2 and sum(e["orientation"] == "h" for e in group) >= 2:
            out.append((group, (min(e["x0"] for e in group), min(e["top"] for e in group),
                                max(e["x1"] for e in group), max(e["bottom"] for e in group))))
    return out


def read_grid(edges: list[dict], bbox: tuple, words: list[dict]) -> Grid:
    x0, top, x1, bottom = _extent(edges, bbox)
    inside = [e for e in edges if x0 - _TOLERANCE <= (e["x0"] + e["x1"]) / 2 <= x1 + _TOLERANCE
              and top - _TOLERANCE <= (e["top"] + e["bottom"]) / 2 <= bottom + _TOLERANCE]
    xs = _cluster([e["x0"] for e in inside if e["orientation"] == "v"])
    horizontals = [e for e in inside if e["orientation"] == "h"]
    ys = _cluster([e["top"] for e in horizontals])
    closed_bottom = bool(ys) and abs(ys[-1] - bottom) <= _TOLERANCE
    if not closed_bottom:
        ys.append(bottom)
    grid = Grid((x0, top, x1, bottom))
    if len(xs) < 2 or len(ys) < 2:
        return grid
    columns = list(zip(xs, xs[1:]))
    bands = list(zip(ys, ys[1:]))

    def ruled(y: float, c: int) -> bool:
        middle = (columns[c][0] + columns[c][1]) / 2
        return any(abs(h["top"] - y) <= _TOLERANCE and h["x0"] - _TOLERANCE <= middle <= h["x1"] + _TOLERANCE
                   for h in horizontals)

    cells: dict[tuple[int, int], list[dict]] = {}
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        c = next((k for k, (a, b) in enumerate(columns) if a <= cx <= b), None)
        r = next((k for k, (a, b) in enumerate(bands) if a <= cy <= b), None)
        if c is not None and r is not None:
            cells.setdefault((r, c), []).append(w)

    def text(group: list[int], c: int) -> str:
        found = [w for r in group for w in cells.get((r, c), [])]
        lines: dict[int, list[dict]] = {}
        for w in sorted(found, key=lambda w: (round(w["top"]), w["x0"])):
            key = next((k for k in lines if abs(k - w["top"]) <= 2), round(w["top"]))
            lines.setdefault(key, []).append(w)
        return "\n".join(" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"])) for _, ws in sorted(lines.items()))

    grid.rows = [[""] * len(columns) for _ in bands]
    bottom_ruled = [closed_bottom and ruled(bands[-1][1], c) for c in range(len(columns))]
    grid.cut_row = not any(bottom_ruled)
    for c in range(len(columns)):
        group: list[int] = []
        for r in range(len(bands) + 1):
            if r < len(bands) and (not group or not ruled(bands[r][0], c)):
                group.append(r)
                continue
            value = text(group, c)
            for g in group:
                grid.rows[g][c] = value
            if not value and len(group) > 1 and group[0] <= 1:
                grid.merged_from_before[c] = list(group)
            group = [r]
    return grid


def continue_from(previous: Grid, grid: Grid) -> None:
    """``grid`` goes on from the table on the page before: merged cells that began there fill their
    blank rows here, and a row the page break cut is joined back together."""
    from kinerja.importer.columns import header_map

    first = next((k for k, row in enumerate(grid.rows) if not header_map(row)), None)
    if first is None or len(previous.rows[-1]) != len(grid.rows[first]):
        return
    for c, rows in grid.merged_from_before.items():
        for r in rows:
            if not (previous.cut_row and r == first):
                grid.rows[r][c] = previous.rows[-1][c]
    if previous.cut_row:
        last = previous.rows[-1]
        previous.rows[-1] = ["\n".join(p for p in (a, b) if p.strip()) for a, b in zip(last, grid.rows[first])]
        del grid.rows[first]

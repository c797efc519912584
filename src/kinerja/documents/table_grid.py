"""Table geometry both document renderers share: column widths, spanning header cells, merged runs."""
from __future__ import annotations

from itertools import groupby

from kinerja.documents.content import Column, HeaderCell, Table


def column_widths(columns: list[Column], total_cm: float) -> list[float]:
    share = sum(c.width for c in columns)
    return [total_cm * c.width / share for c in columns]


def header_grid(header: list[list[HeaderCell]], ncols: int) -> list[list[tuple[str, int, int, bool]]]:
    """Lay spanning header cells on a grid: grid[r][c] = (text, colspan, rowspan, is_origin)."""
    grid: list[list[tuple | None]] = [[None] * ncols for _ in header]
    for r, line in enumerate(header):
        c = 0
        for cell in line:
            while c < ncols and grid[r][c] is not None:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if r + dr < len(grid) and c + dc < ncols:
                        grid[r + dr][c + dc] = (cell.text, cell.colspan, cell.rowspan, dr == 0 and dc == 0)
            c += cell.colspan
    return [[x or ("", 1, 1, True) for x in line] for line in grid]


def vertical_runs(t: Table) -> dict[tuple[int, int], str]:
    """For each mergeable column, mark the first cell of a run of equal values and its continuations."""
    marks: dict[tuple[int, int], str] = {}
    for c in t.merge_repeats:
        r = 0
        for _, group in groupby(range(len(t.rows)), key=lambda i: t.rows[i][c]):
            size = len(list(group))
            if size > 1:
                marks[(r, c)] = "restart"
                for k in range(1, size):
                    marks[(r + k, c)] = "continue"
            r += size
    return marks

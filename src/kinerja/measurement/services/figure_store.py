"""Figures written in bulk, and only those that changed.

The new figures of some indicators are compared with the stored ones: a figure that differs (or is
new) is written, one that is no longer produced is deleted, the rest are left alone — so the count
returned is exactly how many figures changed, and recomputing a current database writes nothing.
New figures go in by ``COPY`` on PostgreSQL and ``executemany`` on SQLite; changed ones by one ``INSERT …
ON CONFLICT DO UPDATE`` (on PostgreSQL fed by ``COPY`` into a temporary table). A concurrent writer of
the same figure is excluded by the indicator's row lock the caller holds (``derive._locked``).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from django.db import connection, transaction

from kinerja.catalog.models import PerangkatDaerah
from kinerja.derivation.figures import COLUMNS, FigureTable
from kinerja.measurement.models import Figure

KEY = ("indicator", "period")
VALUES = tuple(c for c in COLUMNS if c not in KEY)
FLOATS = frozenset({"value", "realisasi", "capaian"})
_DB_COLUMNS = ("agency_id", "indicator_id", "period") + VALUES


def _column(values: np.ndarray, name: str) -> list:
    """A column as Python values, as the database gives them back: NaN is NULL."""
    if name in FLOATS:
        return np.where(np.isnan(values), None, values).tolist()
    return values.tolist()


def stored_rows(agency: PerangkatDaerah, indicator_ids: Sequence[int], year: int | None = None) -> dict:
    """(indicator id, period) → (pk, values…) of the stored figures of ``indicator_ids``."""
    rows = Figure.objects.filter(agency=agency)
    if len(indicator_ids) <= 500:
        rows = rows.filter(indicator_id__in=list(indicator_ids))
    if year is not None:
        rows = rows.filter(year=year)
    wanted = set(indicator_ids)
    if not wanted:
        return {}
    sql, params = rows.values_list("pk", "indicator_id", "period", *VALUES).query.sql_with_params()
    with connection.cursor() as cursor:  # straight from the cursor: no per-value converters
        cursor.execute(sql, params)
        found = cursor.fetchall()
    return {(r[1], r[2]): (r[0], _stored(r[3:])) for r in found if r[1] in wanted}


_BOOLEAN = VALUES.index("cumulative")


def _stored(values: tuple) -> tuple:
    """A stored row as :func:`_clean` writes one (SQLite gives booleans back as 0/1)."""
    if isinstance(values[_BOOLEAN], bool):
        return tuple(values)
    return (*values[:_BOOLEAN], bool(values[_BOOLEAN]), *values[_BOOLEAN + 1:])


def store(agency: PerangkatDaerah, table: FigureTable, indicator_ids: Sequence[int], *,
          year: int | None = None) -> int:
    """Make the stored figures of ``indicator_ids`` (of ``year``, if given) equal ``table``; returns
    how many figures were written or deleted."""
    columns = {name: _column(getattr(table, name), name) for name in COLUMNS}
    keys = list(zip(columns["indicator"], columns["period"]))
    values = list(zip(*(columns[name] for name in VALUES))) if keys else []
    with transaction.atomic():
        stored = stored_rows(agency, indicator_ids, year)
        changed = [(key, row) for key, row in zip(keys, values) if key not in stored or stored[key][1] != row]
        produced = set(keys)
        gone = [pk for key, (pk, _row) in stored.items() if key not in produced]
        if gone:
            for start in range(0, len(gone), 900):
                Figure.objects.filter(pk__in=gone[start:start + 900]).delete()
        new = [(agency.pk, key[0], key[1], *row) for key, row in changed if key not in stored]
        updated = [(agency.pk, key[0], key[1], *row) for key, row in changed if key in stored]
        if new:
            _insert(new)
        if updated:
            _upsert(updated)
    return len(changed) + len(gone)


def _insert(rows: list[tuple]) -> None:
    """Figures that do not exist yet (none stored for their indicator and period)."""
    table = Figure._meta.db_table
    names = ", ".join(_DB_COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:  # psycopg's own cursor
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(_DB_COLUMNS))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _upsert(rows: list[tuple]) -> None:
    """Figures that exist and changed: written over in one statement (through COPY on PostgreSQL)."""
    table = Figure._meta.db_table
    names = ", ".join(_DB_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in _DB_COLUMNS if c not in ("indicator_id", "period"))
    conflict = f"ON CONFLICT (indicator_id, period) DO UPDATE SET {updates}"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS figure_incoming ON COMMIT DELETE ROWS AS "
                           f"SELECT {names} FROM {table} WITH NO DATA")
            raw = cursor.cursor  # psycopg's own cursor: COPY needs it
            with raw.copy(f"COPY figure_incoming ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM figure_incoming {conflict}")
            cursor.execute("DELETE FROM figure_incoming")
        else:
            marks = ", ".join(["%s"] * len(_DB_COLUMNS))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks}) {conflict}", rows)

"""The numbered list form: each indicator as a small record instead of a table row.

    Sasaran : Meningkatnya mutu layanan
    1. Nama indikator : Persentase layanan selesai tepat waktu
       a. Definisi : …
       b. Formula : Jumlah layanan tepat waktu / Jumlah layanan x 100%
       c. Target : 90%

A key is recognised by the same words as a table header; a line without a key continues the value
above. An ``indikator`` key opens a record; a sasaran given before it heads every record after it.
"""
from __future__ import annotations

import re

from kinerja.importer.columns import classify
from kinerja.importer.model import Table, TableRow, Where
from kinerja.importer.page_marks import is_page_mark
from kinerja.importer.structure_lines import ends_table

NOTE = "indikator dalam bentuk daftar bernomor: tiap butir dibaca sebagai satu baris"
_KEY = re.compile(r"^\s*(?:(?:\d{1,3}|[a-zA-Z])[.)]\s*)?(?P<key>[A-Za-z][A-Za-z /]{1,40}?)\s*[:：]\s*(?P<value>.*)$")
ORDER = ("sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab", "sumber_data")


def key_of(line: str) -> tuple[str, str] | None:
    """``(field, value)`` of a ``label : value`` line whose label names a decree column."""
    m = _KEY.match(line)
    if not m:
        return None
    key = m.group("key").strip()
    field = classify(key)
    if field is None or len(key.split()) > 4:
        return None
    if field == "indikator" or re.fullmatch(r"(?i)nama\s+indikator(\s+kinerja)?|indikator(\s+kinerja)?", key):
        return "indikator", m.group("value").strip()
    return field, m.group("value").strip()


def starts_records(lines: list[str], start: int) -> bool:
    """An indikator key line followed within three lines by another key line."""
    found = key_of(lines[start])
    if found is None or found[0] not in ("indikator", "sasaran"):
        return False
    return any(key_of(lines[j]) for j in range(start + 1, min(len(lines), start + 4)))


def read_records(lines: list[str], start: int) -> tuple[Table, int]:
    table = Table(columns={f: k for k, f in enumerate(ORDER)}, note=NOTE)
    sasaran = ""
    record: dict[str, str] | None = None
    where = None
    last: str | None = None
    i = start
    while i < len(lines):
        line = lines[i]
        if is_page_mark(line):
            i += 1
            continue
        found = key_of(line)
        if found is None:
            if not line.strip():
                i += 1
                last = None
                continue
            if ends_table(line) or last is None:
                break
            target = record if record is not None and last != "sasaran_heading" else None
            if target is not None:
                target[last] = f"{target.get(last, '')} {line.strip()}".strip()
            else:
                sasaran = f"{sasaran} {line.strip()}".strip()
            i += 1
            continue
        field, value = found
        value = "" if value in ("-", "–") else value
        if field == "indikator":
            if record is not None:
                table.rows.append(TableRow([record.get(f, "") for f in ORDER], where))
            record, where, last = {"sasaran": sasaran, "indikator": value}, Where(line=i + 1), "indikator"
        elif field == "sasaran" and (record is None or "definisi" in record or "formula_text" in record
                                     or len(record) > 2):
            if record is not None:
                table.rows.append(TableRow([record.get(f, "") for f in ORDER], where))
                record = None
            sasaran, last = value, "sasaran_heading"
        elif record is not None and field in ORDER:
            record[field], last = value, field
        else:
            last = None
        i += 1
    if record is not None:
        table.rows.append(TableRow([record.get(f, "") for f in ORDER], where))
    return table, i

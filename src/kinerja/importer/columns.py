"""Which column holds what, recognised from the header's words rather than its position.

Agencies title the same column differently: SASARAN / KINERJA / SASARAN KINERJA / KINERJA UTAMA;
DEFINISI OPERASIONAL / DIFINISI; FORMULASI PERHITUNGAN / PENJELASAN/FORMULASI PENGHITUNGAN / RUMUS;
PENANGGUNGJAWAB / PENANGGUNG JAWAB. A row is a header when it names an indicator column and at
least one other known column.
"""
from __future__ import annotations

import re

FIELDS = ("sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab", "sumber_data")

# Checked in this order: the first rule whose pattern matches names the column. "INDIKATOR KINERJA
# TUJUAN, SASARAN, PROGRAM …" is an indicator column although it mentions SASARAN, and
# "PENJELASAN/FORMULASI" is a formula column although it mentions PENJELASAN.
_RULES: list[tuple[str, re.Pattern]] = [
    ("number", re.compile(r"^(NO|NOMOR|NO URUT)$")),
    ("jabatan", re.compile(r"^(NAMA )?JABATAN$")),
    ("indikator", re.compile(r"\bINDIKATOR\b|\bIKU\b|\bIKI\b")),
    ("formula_text", re.compile(r"FORMULA|RUMUS|PERHITUNGAN|PENGHITUNGAN|CARA (PENG)?UKUR|PENGUKURAN")),
    ("definisi", re.compile(r"DEF[IE]NISI|DIFINISI|PENJELASAN|DESKRIPSI|PENGERTIAN|URAIAN")),
    ("sumber_data", re.compile(r"SUMBER")),
    ("penanggung_jawab", re.compile(r"PENANGGUNG|JAWAB|\bPJ\b|\bPIC\b|PELAKSANA")),
    ("satuan", re.compile(r"^SATUAN$|\bSATUAN\b")),
    ("target", re.compile(r"TARGET|REALISASI|CAPAIAN|BOBOT|KETERANGAN|TAHUN|\bTW\b|TRIWULAN")),
    ("sasaran", re.compile(r"SASARAN|KINERJA|TUJUAN|PROGRAM|KEGIATAN|OUTCOME|OUTPUT")),
]


def _label(cell: str) -> str:
    text = re.sub(r"[*_`]", "", cell).upper()
    return " ".join(re.sub(r"[^A-Z0-9/ ]+", " ", text).split())


def classify(cell: str) -> str | None:
    label = _label(cell)
    if not label or len(label) > 120:
        return None
    for name, pattern in _RULES:
        if pattern.search(label):
            return name
    return None


def header_map(cells: list[str]) -> dict[str, int] | None:
    """``{"indikator": 1, ...}`` when these cells are a table header, else ``None``."""
    found: dict[str, int] = {}
    unknown = 0
    for i, cell in enumerate(cells):
        if not cell.strip():
            continue
        name = classify(cell)
        if name is None:
            unknown += 1
        elif name not in found:
            found[name] = i
    known = [f for f in found if f in FIELDS]
    if "indikator" not in found or len(known) < 2 or unknown > 1:
        return None
    return {f: i for f, i in found.items() if f in FIELDS or f == "jabatan"}

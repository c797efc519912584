"""Which column holds what, recognised from the header's words rather than its position.

Agencies title the same column differently: SASARAN / KINERJA / SASARAN KINERJA / KINERJA UTAMA;
DEFINISI OPERASIONAL / DIFINISI / PENJELASAN; FORMULASI PERHITUNGAN / RUMUS / CARA PERHITUNGAN;
PENANGGUNGJAWAB / PENANGGUNG JAWAB / PIC. A row is a header when its cells are short labels, one of
them names the indicator column and at least one other names a known column.

A header may also come as plain words on one line (``NO SASARAN INDIKATOR KINERJA FORMULA``) when an
extractor lost the cell borders: :func:`header_labels` cuts such a line into its labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

FIELDS = ("sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab", "sumber_data")

# Checked in this order: the first rule whose pattern matches names the column. "INDIKATOR KINERJA
# TUJUAN, SASARAN, PROGRAM …" is an indicator column although it mentions SASARAN, and
# "PENJELASAN/FORMULASI" is a formula column although it mentions PENJELASAN. "IKU SKPD" names the
# unit that owns the indicator, not the indicator.
_RULES: list[tuple[str, re.Pattern]] = [
    ("number", re.compile(r"^(NO|NOMOR|NO URUT|NO\.)$")),
    ("jabatan", re.compile(r"^(NAMA )?JABATAN$")),
    ("penanggung_jawab", re.compile(r"\b(SKPD|OPD|PERANGKAT DAERAH|UNIT KERJA)$")),
    ("indikator", re.compile(r"\bINDIKATOR\b|^IKU$|^IKI$|^NAMA$|^NAMA INDIKATOR")),
    ("formula_text", re.compile(r"FORMULA|RUMUS|PERHITUNGAN|PENGHITUNGAN|CARA (PENG)?UKUR|PENGUKURAN|CARA MENGHITUNG")),
    ("definisi", re.compile(r"DEF[IE]NISI|DIFINISI|PENJELASAN|DESKRIPSI|PENGERTIAN|URAIAN")),
    ("sumber_data", re.compile(r"SUMBER")),
    ("penanggung_jawab", re.compile(r"PENANGGUNG|JAWAB|\bPJ\b|\bPIC\b|PELAKSANA")),
    ("satuan", re.compile(r"^SATUAN$|\bSATUAN\b")),
    ("target", re.compile(r"TARGET|REALISASI|CAPAIAN|BOBOT|KETERANGAN|^KET$|TAHUN|\bTW\b|TRIWULAN|ALASAN|"
                          r"KONDISI|BASELINE")),
    ("sasaran", re.compile(r"SASARAN|KINERJA|TUJUAN|PROGRAM|KEGIATAN|OUTCOME|OUTPUT")),
]

# The words a header is made of, as phrases; the longest match wins when a line is cut into labels.
_PHRASES = sorted({
    "NO", "NO.", "NOMOR", "NO URUT", "SASARAN STRATEGIS", "SASARAN KINERJA", "SASARAN PROGRAM", "SASARAN", "TUJUAN",
    "KINERJA UTAMA", "KINERJA", "PROGRAM", "KEGIATAN", "INDIKATOR KINERJA UTAMA", "INDIKATOR KINERJA INDIVIDU",
    "INDIKATOR KINERJA", "INDIKATOR", "NAMA INDIKATOR", "IKU", "IKI", "DEFINISI OPERASIONAL", "DEFINISI", "DIFINISI",
    "DIFINISI OPERASIONAL", "PENJELASAN", "DESKRIPSI", "FORMULASI PERHITUNGAN", "FORMULASI PENGHITUNGAN",
    "FORMULA PERHITUNGAN", "FORMULASI", "FORMULA", "RUMUS", "RUMUS PERHITUNGAN", "CARA PERHITUNGAN",
    "CARA PENGHITUNGAN", "CARA PENGUKURAN", "CARA MENGHITUNG", "METODE PERHITUNGAN", "SATUAN", "PENANGGUNG JAWAB",
    "PENANGGUNGJAWAB", "PIC", "PJ", "SUMBER DATA", "TARGET", "KETERANGAN", "KET", "JABATAN", "NAMA JABATAN",
    "URAIAN", "BOBOT", "ALASAN", "TAHUN",
}, key=lambda p: -len(p.split()))
_MAX_LABEL_WORDS = 14
_MAX_LABEL_CHARS = 120
_HEADER_WORDS = {w for p in _PHRASES for w in p.split()} | {
    "OUTCOME", "OUTPUT", "SUB", "DAN", "ATAU", "DI", "YANG", "OPERASIONAL", "PERANGKAT", "DAERAH", "SKPD", "OPD",
    "UNIT", "KERJA", "PENGUMPULAN", "DOKUMEN", "PENDUKUNG", "MENGHITUNG", "METODE", "KONDISI", "AWAL", "BASELINE",
    "REALISASI", "CAPAIAN", "TRIWULAN", "TW", "PELAKSANA", "PENGERTIAN", "ALASAN", "PEMILIHAN", "URUT", "NAMA"}


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


def _label_like(cell: str) -> bool:
    """A header cell is a short title: data cells are sentences, names and formulas."""
    text = cell.strip()
    if len(text) > _MAX_LABEL_CHARS or re.search(r"[=%]|\d{3}", text):
        return False
    words = re.findall(r"[A-Za-z]+", text.upper())
    if len(words) > _MAX_LABEL_WORDS:
        return False
    # "Jumlah indikator kinerja yang tercapai" names two columns but is a sentence, not a title
    return not words or sum(w in _HEADER_WORDS for w in words) * 2 >= len(words)


def header_map(cells: list[str]) -> dict[str, int] | None:
    """``{"indikator": 1, ...}`` when these cells are a table header, else ``None``."""
    found: dict[str, int] = {}
    unknown = 0
    for i, cell in enumerate(cells):
        if not cell.strip():
            continue
        if not _label_like(cell):
            return None
        name = classify(cell)
        if name is None:
            unknown += 1
        elif name not in found:
            found[name] = i
    known = [f for f in found if f in FIELDS]
    if "indikator" not in found or len(known) < 2 or unknown > 1:
        return None
    return {f: i for f, i in found.items() if f in FIELDS or f in ("jabatan", "number")}


def is_header_part(cells: list[str]) -> bool:
    """A row of a header printed over two rows (``URAIAN INDIKATOR`` above ``NAMA | FORMULASI``)."""
    present = [c for c in cells if c.strip()]
    return bool(present) and all(_label_like(c) and classify(c) is not None for c in present)


def only_header_words(text: str) -> bool:
    """Every word of ``text`` is a word headers are made of (the rest of a label wrapped under it)."""
    words = re.findall(r"[A-Za-z]+", text.upper())
    return bool(words) and all(w in _HEADER_WORDS for w in words)


def is_label(text: str) -> bool:
    """``text`` is one whole header label ("INDIKATOR KINERJA", "TUJUAN/SASARAN")."""
    label = _label(text)
    return label in _PHRASES or all(_label(part) in _PHRASES for part in label.split("/"))


def combine_header(upper: list[str], lower: list[str]) -> list[str]:
    """A header printed over two rows, as one: each column is named by its lower cell where that names
    a column (``NAMA`` under ``URAIAN INDIKATOR``), else by the cell above (merged over both rows)."""
    width = max(len(upper), len(lower))
    out = []
    for i in range(width):
        up = upper[i].strip() if i < len(upper) else ""
        lo = lower[i].strip() if i < len(lower) else ""
        out.append(lo if lo and classify(lo) not in (None, "target") else (up or lo))
    return out


_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase.split()[0], []).append(tuple(_phrase.split()))


@dataclass(frozen=True)
class Label:
    text: str
    field: str | None   # what classify() says; None for an unknown label
    start: int          # character offsets in the line
    end: int


def header_labels(line: str) -> list[Label] | None:
    """The labels of a header written as plain words (``NO  SASARAN  INDIKATOR KINERJA  RUMUS``), in order;
    ``None`` when the line holds any word that is not a header word, or does not read as a header."""
    words = [(m.group(0).rstrip("/"), m.start(), m.end()) for m in re.finditer(r"[^\s/]+(?:/[^\s/]+)*/?", line)]
    if not words or len(words) > 40:
        return None
    keys = [_label(w) for w, _, _ in words]
    if any(not all(part in _HEADER_WORDS for part in key.split("/") if part) for key in keys):
        return None  # most lines fail here, on their first word that no header uses
    labels: list[Label] = []
    i = 0
    while i < len(words):
        for phrase in _PHRASES_BY_FIRST.get(keys[i], ()):
            size = len(phrase)
            if tuple(keys[i:i + size]) == phrase:
                text = line[words[i][1]:words[i + size - 1][2]]
                labels.append(Label(text, classify(text), words[i][1], words[i + size - 1][2]))
                i += size
                break
        else:
            # TUJUAN/SASARAN, or a label cut by its column's width ("PENANGGUNG" over "JAWAB")
            labels.append(Label(words[i][0], classify(words[i][0]), words[i][1], words[i][2]))
            i += 1
    fields = [label.field for label in labels]
    if "indikator" not in fields or len({f for f in fields if f in FIELDS}) < 2:
        return None
    return labels

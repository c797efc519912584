"""Tables whose cell borders were lost: every row on one line with single spaces between its cells (a
table pasted from a PDF viewer), or every cell on a line of its own (``pdftotext`` of a table without
ruling lines).

One cell per line is exact when empty cells keep their (empty) line: the header says how many lines
make a row. One line per row is not: where each cell ends must be judged. :func:`segment` does it as a
best path over the row's words (dynamic programming): each column scores a span of words by what its
content looks like (:mod:`kinerja.importer.cues`), a cell starts with a capital, does not end on
"yang"/"dan", a formula ends at its "x 100%", a unit is a word or two; a value the same column already
holds in other rows is preferred. Rows read this way are flagged for review.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kinerja.importer import cues
from kinerja.importer.columns import Label, classify, header_labels, is_label
from kinerja.importer.model import Table, TableRow, Where
from kinerja.importer.page_marks import is_page_mark
from kinerja.importer.structure_lines import ends_table

NOTE_FLAT = "tabel tanpa batas sel (satu baris per baris tabel): batas kolom ditebak dari isinya"
NOTE_CELLS = "tabel satu sel per baris: baris tabel disusun dari urutan sel"
_ROW_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]?\s+")
# words that need the word after them: a cell does not end on one ("Kepala | Bidang X" is one cell)
_OPEN_END = {"yang", "dan", "di", "ke", "dari", "untuk", "atau", "dengan", "pada", "serta", "oleh", "bagi",
             "terhadap", "dalam", "/", "-", "x", "(", ":", "=", "dibagi", "dikurangi", "dikali", "per", "s.d.",
             "kepala", "kasi", "kabid", "kasubbag", "sub", "seksi", "bidang", "jumlah", "persentase", "prosentase",
             "indeks", "tingkat", "rasio", "nilai", "total", "seluruh", "data", "dokumen", "laporan", "sistem",
             "aplikasi", "hasil", "buku", "badan", "dinas", "tahun", "bulan"}
_EMPTY = {"sasaran": -0.3, "indikator": -50.0, "formula_text": -2.0, "definisi": -0.6, "satuan": -0.8,
          "penanggung_jawab": -0.5, "sumber_data": -0.5}
_MAX_WORDS = {"sasaran": 40, "indikator": 40, "definisi": 90, "formula_text": 70, "satuan": 3,
              "penanggung_jawab": 14, "sumber_data": 20}
_LONG = {"satuan": 2, "penanggung_jawab": 9, "sumber_data": 12, "sasaran": 22, "indikator": 26}
_MAX_ROW_WORDS = 400


def _span_score(field: str, words: list[str], known: Counter | None) -> float:
    if not words:
        return _EMPTY.get(field, -0.8)
    text = " ".join(words)
    return _base_score(field, tuple(words), text) + (1.5 if known and known.get(text, 0) >= 2 else 0.0)


@lru_cache(maxsize=200_000)
def _base_score(field: str, words: tuple[str, ...], text: str) -> float:
    total = 2.0 * cues.score(field, text)
    first, last = words[0], words[-1]
    total += 0.5 if first[:1].isupper() or first[:1].isdigit() or first[:1] in "(%Σ\"'" else -1.2
    if last.lower() in _OPEN_END or last.endswith((",", "(", "/")):
        total -= 1.5
    if text.count("(") != text.count(")"):
        total -= 1.0
    if len(words) > _LONG.get(field, 10_000):
        total -= 0.15 * (len(words) - _LONG[field])
    if field == "formula_text":
        m = re.search(r"100\s*%", text)
        if m and text[m.end():].strip():
            total -= 1.0
        if re.search(r"100\s*%$", text):
            total += 0.8
    if field not in ("formula_text", "satuan") and re.search(r"100\s*%|\bdibagi\b|\bdikali\b", text):
        total -= 1.5
    if len(words) == 1 and field != "satuan" and not (first.isupper() and len(first) > 1) and not first[:1].isdigit():
        total -= 1.0  # a lone ordinary word is rarely a whole cell of these columns
    return total


def segment(words: list[str], fields: list[str], known: dict[str, Counter] | None = None) -> list[str]:
    """Cut ``words`` into ``len(fields)`` cells (some may be empty), the best-scoring way."""
    n, m = len(words), len(fields)
    if n > _MAX_ROW_WORDS:
        words, n = words[:_MAX_ROW_WORDS], _MAX_ROW_WORDS
    minus = float("-inf")
    best = [[minus] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for c, field in enumerate(fields):
        limit = _MAX_WORDS.get(field, 60)
        last_column = c == m - 1
        for j in range(n + 1):
            if last_column and j != n:
                continue
            for i in range(max(0, j - limit), j + 1):
                if best[c][i] == minus:
                    continue
                value = best[c][i] + _span_score(field, words[i:j], (known or {}).get(field))
                if value > best[c + 1][j]:
                    best[c + 1][j], back[c + 1][j] = value, i
    if best[m][n] == minus:  # more words than the columns can hold: the last takes the rest
        return [" ".join(words)] + [""] * (m - 1)
    cells, j = [], n
    for c in range(m, 0, -1):
        i = back[c][j]
        cells.append(" ".join(words[i:j]))
        j = i
    return cells[::-1]


def _fields(labels: list[Label]) -> list[str]:
    return [label.field or "ignored" for label in labels]


def read_flat(lines: list[str], start: int, labels: list[Label]) -> tuple[Table, int]:
    """One line per row after the header ``lines[start]``; the rows end at a blank line or a structure line."""
    fields = _fields(labels)
    numbered = fields[0] == "number"
    data_fields = fields[1:] if numbered else fields
    texts: list[tuple[int, str, str]] = []  # (line index, number, rest)
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if is_page_mark(line) or header_labels(line) is not None:
            i += 1
            continue
        if not line.strip() or ends_table(line):
            if texts:
                break
            i += 1
            continue
        m = _ROW_NUMBER.match(line)
        if numbered and not m:
            if not texts:
                break
            index, number, rest = texts[-1]
            texts[-1] = (index, number, f"{rest} {line.strip()}")  # a row wrapped onto a second line
        else:
            texts.append((i, m.group(1) if m else "", line[m.end():] if m else line.strip()))
        i += 1
    known: dict[str, Counter] = {}
    for _ in range(2):  # the second pass knows the values each column repeats
        cut = [segment(rest.split(), data_fields, known) for _, _, rest in texts]
        known = {f: Counter(row[k] for row in cut if row[k]) for k, f in enumerate(data_fields)}
    columns = {f: k for k, f in enumerate(fields) if f in cues.FIELDS or f == "jabatan"}
    table = Table(columns=columns, note=NOTE_FLAT)
    for (index, number, _), cells in zip(texts, cut):
        table.rows.append(TableRow(([number] if numbered else []) + cells, Where(line=index + 1)))
    return table, (texts[-1][0] + 1) if texts else start + 1


def single_label(line: str) -> str | None:
    """The field of a line that is one header label on its own (``INDIKATOR KINERJA``)."""
    text = line.strip()
    if not text or len(text) > 60 or not re.fullmatch(r"[A-Za-z/ .]+", text):
        return None
    return (classify(text) or "ignored") if is_label(text) else None


def cell_header_at(lines: list[str], start: int) -> list[str] | None:
    fields = []
    i = start
    while i < len(lines) and (field := single_label(lines[i])) is not None:
        fields.append(field)
        i += 1
    if len(fields) >= 3 and fields[0] == "number" and "indikator" in fields and len(set(fields) & set(cues.FIELDS)) >= 3:
        return fields
    return None


def read_cells(lines: list[str], start: int, fields: list[str]) -> tuple[Table, int]:
    """Every cell on its own line after a header of one label per line: each row is ``len(fields)`` lines."""
    k = len(fields)
    columns = {f: n for n, f in enumerate(fields) if f in cues.FIELDS or f == "jabatan"}
    table = Table(columns=columns, note=NOTE_CELLS)
    i = start + k
    while i + k <= len(lines):
        chunk = [lines[j].strip() for j in range(i, i + k)]
        if any(ends_table(t) or is_page_mark(lines[i + n]) for n, t in enumerate(chunk)):
            break
        if "number" in columns and not re.fullmatch(r"\d{1,3}[.)]?", chunk[columns["number"]]):
            break
        if not chunk[columns["indikator"]]:
            break
        table.rows.append(TableRow(chunk, Where(line=i + 1)))
        i += k
    return table, i

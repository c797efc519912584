"""Plain-text layouts of a decree table, as agencies' files and PDF extractors produce them."""
from __future__ import annotations

import textwrap
from collections.abc import Callable

from .documents import (SUBJECT, Column, cell, merged_sasaran, sections, title_block)

FULL = [Column("NO", "no"), Column("SASARAN", "sasaran"), Column("INDIKATOR KINERJA", "indikator"),
        Column("DEFINISI OPERASIONAL", "definisi"), Column("FORMULASI PERHITUNGAN", "formula_text"),
        Column("SATUAN", "satuan"), Column("PENANGGUNG JAWAB", "penanggung_jawab"),
        Column("SUMBER DATA", "sumber_data")]
FORMULA_FIRST = [Column("NO", "no"), Column("SASARAN", "sasaran"), Column("INDIKATOR KINERJA", "indikator"),
                 Column("FORMULASI PERHITUNGAN", "formula_text"), Column("DEFINISI OPERASIONAL", "definisi"),
                 Column("SATUAN", "satuan"), Column("PENANGGUNG JAWAB", "penanggung_jawab"),
                 Column("SUMBER DATA", "sumber_data")]
OTHER_WORDS = [Column("No", "no"), Column("Sasaran Strategis", "sasaran"), Column("Indikator Kinerja Utama", "indikator"),
               Column("Penjelasan", "definisi"), Column("Rumus", "formula_text"), Column("PIC", "penanggung_jawab"),
               Column("Sumber Data", "sumber_data")]
SHORT = [Column("NO", "no"), Column("TUJUAN/SASARAN", "sasaran"), Column("INDIKATOR", "indikator"),
         Column("CARA PERHITUNGAN", "formula_text"), Column("SUMBER DATA", "sumber_data"),
         Column("PENANGGUNG JAWAB", "penanggung_jawab")]
WIDTHS = {"no": 4, "sasaran": 26, "indikator": 30, "definisi": 34, "formula_text": 36, "satuan": 9,
          "penanggung_jawab": 20, "sumber_data": 22, "jabatan": 24}

Table = Callable[[list[dict], list[Column]], list[str]]


def fields_of(columns: list[Column]) -> set[str]:
    return {c.field for c in columns} | {"jabatan"}


def _cells(rows: list[dict], columns: list[Column]) -> list[list[str]]:
    merged = merged_sasaran(rows)
    out = []
    for i, row in enumerate(rows):
        out.append(["" if c.field == "sasaran" and merged[i] else cell(row, c, i + 1) for c in columns])
    return out


def _position_block(position: dict) -> list[str]:
    lines = ["INDIKATOR KINERJA INDIVIDU", f"1. JABATAN : {position['jabatan'].upper()}",
             "2. TUGAS :" if position.get("tugas") else "2. TUGAS : -"]
    lines += [f"- {t}" for t in position.get("tugas") or []]
    lines.append("3. FUNGSI :" if position.get("fungsi") else "3. FUNGSI : -")
    lines += [f"- {t}" for t in position.get("fungsi") or []]
    return lines + [""]


def document(catalog: dict, table: Table, columns: list[Column], *, block=_position_block,
             after: Callable[[dict | None], list[str]] | None = None) -> str:
    lines = title_block(catalog)
    for position, rows in sections(catalog):
        if position is None:
            lines += [SUBJECT["IKU"], ""]
        else:
            lines += block(position)
        lines += table(rows, columns) + [""]
        if after is not None:
            lines += after(position)
    return "\n".join(lines) + "\n"


# --- tables ------------------------------------------------------------------------------------

def tabs(rows, columns):
    return ["\t".join(c.title for c in columns)] + ["\t".join(r) for r in _cells(rows, columns)]


def pipes(rows, columns):
    head = "| " + " | ".join(c.title for c in columns) + " |"
    rule = "|" + "|".join("---" for _ in columns) + "|"
    return [head, rule] + ["| " + " | ".join(r) + " |" for r in _cells(rows, columns)]


def _wrapped(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True) or [""]


def pipes_wrapped_without_header(rows, columns):
    """No header row; each row's cells wrap onto further lines of the same row."""
    out = []
    for cells in _cells(rows, columns):
        parts = [_wrapped(text, WIDTHS[c.field]) for text, c in zip(cells, columns)]
        for k in range(max(len(p) for p in parts)):
            out.append("| " + " | ".join((p[k] if k < len(p) else "").ljust(WIDTHS[c.field])
                                         for p, c in zip(parts, columns)) + " |")
    return out


def aligned_lines(rows, columns, *, header: bool = True, gap: int = 3) -> list[str]:
    """Columns aligned with spaces, cells wrapped within their column (``pdftotext -layout``)."""
    def physical(cells: list[str]) -> list[str]:
        parts = [_wrapped(text, WIDTHS[c.field]) for text, c in zip(cells, columns)]
        return [(" " * gap).join((p[k] if k < len(p) else "").ljust(WIDTHS[c.field]) for p, c in zip(parts, columns))
                .rstrip() for k in range(max(len(p) for p in parts))]

    out = physical([c.title for c in columns]) if header else []
    for cells in _cells(rows, columns):
        out += physical(cells)
    return out


def aligned(rows, columns):
    return aligned_lines(rows, columns)


def flat(rows, columns):
    """One line per row, cells joined by single spaces (a table pasted from a PDF viewer)."""
    return [" ".join(c.title for c in columns)] + [" ".join(t for t in r if t) for r in _cells(rows, columns)]


def cell_per_line(rows, columns):
    """Every cell on a line of its own, an empty cell as an empty line; the header likewise."""
    out = [c.title for c in columns]
    for cells in _cells(rows, columns):
        out += cells
    return out


LABELS = {"sasaran": "Sasaran", "definisi": "Definisi", "formula_text": "Formula", "satuan": "Satuan",
          "penanggung_jawab": "Penanggung jawab", "sumber_data": "Sumber data"}


def numbered_list(rows, columns):
    """``1. Nama indikator : …`` then ``a. Definisi : …`` lines; a sasaran heads the indicators under it."""
    out = []
    sasaran = None
    number = 0
    for row in rows:
        if row.get("sasaran") and row["sasaran"] != sasaran:
            sasaran = row["sasaran"]
            out += ["", f"Sasaran : {sasaran}"]
        number += 1
        out.append(f"{number}. Nama indikator : {row['indikator']}")
        letter = 0
        for c in columns:
            if c.field in ("no", "sasaran", "indikator"):
                continue
            value = " ".join(str(row.get(c.field) or "").split())
            out.append(f"   {'abcdefgh'[letter]}. {LABELS[c.field]} : {value or '-'}")
            letter += 1
    return out


# --- pages -------------------------------------------------------------------------------------

def paged(table: Table, *, repeat_header: bool, every: int = 23) -> Table:
    """The table cut every ``every`` lines by a page footer and form feed; a row may break across pages."""
    def split(rows, columns):
        lines = table(rows, columns)
        head, body = lines[:1], lines[1:]
        out = list(head)
        page = 1
        for i, line in enumerate(body):
            if i and i % every == 0:
                page += 1
                out += ["", f"Halaman {page}", "\f"] + (head if repeat_header else [])
            out.append(line)
        return out
    return split


# --- how an IKI section is headed ----------------------------------------------------------------

def heading_block(position: dict) -> list[str]:
    """``A. INDIKATOR KINERJA KEPALA SEKSI X`` (no JABATAN label), its duties as a lettered list."""
    lines = [f"A. INDIKATOR KINERJA {position['jabatan'].upper()}", "Tugas :"]
    lines += [f"  {i + 1}) {t}" for i, t in enumerate(position.get("tugas") or [])] or ["  -"]
    lines.append("Fungsi :")
    lines += [f"  {i + 1}) {t}" for i, t in enumerate(position.get("fungsi") or [])] or ["  -"]
    return lines + [""]


def bare_block(position: dict) -> list[str]:
    return ["INDIKATOR KINERJA INDIVIDU", ""]


def signature_after(position: dict | None) -> list[str]:
    """The jabatan named only in the signature block under its table."""
    if position is None:
        return []
    return [f"{position['jabatan'].upper()},", "", "", "Nama Pejabat, S.E.", "NIP. 19800101 200501 1 001", ""]


def jabatan_column(catalog: dict, columns: list[Column]) -> str:
    """One table for every row, the jabatan in a column of its own."""
    columns = [columns[0], Column("JABATAN", "jabatan"), *columns[1:]]
    lines = title_block(catalog) + [SUBJECT[catalog["document"].get("jenis") or "IKU"], ""]
    lines += aligned_lines(catalog["indicators"], columns)
    return "\n".join(lines) + "\n"

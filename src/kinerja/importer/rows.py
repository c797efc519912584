"""Table rows → indicator rows.

Handles what PDF extraction does to a decree table: blank sasaran cells continuing the row above
(also across a page break that starts a new table), a row broken by a page break (the rest of its
cells arrive as a row without indikator), and a small table nested in a formula cell that the
extractor also spilled into the next cells and lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kinerja.importer.cleaning import clean_text, html_table_cells, split_html, title_case
from kinerja.importer.columns import FIELDS, combine_header, header_map, is_header_part
from kinerja.importer.model import Table, TableRow, Where

_FORMULA_LIKE = re.compile(r"=|\$|\\frac|\\times|[x×X]\s*100|dibagi|/|:", re.IGNORECASE)


@dataclass
class DraftRow:
    """An indicator row being assembled; a field is its plain text parts plus nested tables."""

    jabatan: str | None
    where: Where
    parts: dict[str, list[str]] = field(default_factory=dict)
    tables: dict[str, list[str]] = field(default_factory=dict)
    uncertain: set[str] = field(default_factory=set)

    def add(self, name: str, raw: str) -> None:
        plain, tables = split_html(raw)
        plain = clean_text(plain)
        if plain:
            self.parts.setdefault(name, []).append(plain)
        for t in tables:
            if t:
                self.tables.setdefault(name, []).append(t)

    def value(self, name: str) -> str | None:
        plain = " ".join(self.parts.get(name, []))
        text = "; ".join(p for p in [plain, *self.tables.get(name, [])] if p)
        return text or None

    def fields(self) -> dict:
        out = {"jabatan": self.jabatan}
        out.update({name: self.value(name) for name in FIELDS})
        return out


class TableReader:
    """Reads the tables of one document in order, remembering context between them."""

    def __init__(self, warnings: list[dict]) -> None:
        self.warnings = warnings
        self.columns: dict[str, int] | None = None
        self.rows: list[DraftRow] = []
        self._sasaran: str | None = None
        self._sasaran_row: DraftRow | None = None
        self._echo: set[str] = set()
        self._last_in_section: DraftRow | None = None

    def new_section(self) -> None:
        self._sasaran = None
        self._sasaran_row = None
        self._last_in_section = None

    def _cells_without_spill(self, cells: list[str]) -> list[str]:
        for i, cell in enumerate(cells):
            if "<table" in cell.lower():
                flat = [c for r in html_table_cells(cell) for c in r]
                self._echo = {clean_text(c) for c in flat if clean_text(c)}
                spill = [clean_text(c) for c in cells[i + 1:i + 1 + len(flat)]]
                if flat and spill == [clean_text(c) for c in flat]:
                    return cells[:i + 1] + cells[i + 1 + len(flat):]
        return cells

    def feed(self, table: Table, jabatan: str | None) -> None:
        first_data = True
        if table.columns is not None:
            self.columns = table.columns
            for row in table.rows:
                before = len(self.rows)
                self._feed_row(row, jabatan, first_data)
                first_data = False
                if len(self.rows) > before and table.note:
                    draft = self.rows[-1]
                    draft.uncertain.update(name for name in FIELDS if name in table.columns)
                    self.warnings.append(row.where.warning(f"{table.note}; periksa isinya"))
            return
        rows = table.rows
        skip = False
        for k, row in enumerate(rows):
            if skip:
                skip = False
                continue
            following = rows[k + 1].cells if k + 1 < len(rows) else None
            if following is not None and is_header_part(row.cells) and is_header_part(following):
                columns = header_map(combine_header(row.cells, following))
                if columns:  # a header over two rows
                    self.columns, first_data, skip = columns, True, True
                    continue
            columns = header_map(row.cells)
            if columns:
                self.columns = columns
                first_data = True
                continue
            if self.columns is None:
                continue
            self._feed_row(row, jabatan, first_data)
            first_data = False

    def _feed_row(self, row: TableRow, jabatan: str | None, first_data: bool) -> None:
        cells = self._cells_without_spill(row.cells)
        present = [(i, clean_text(split_html(c)[0]) or c.strip()) for i, c in enumerate(cells) if c.strip()]
        if not present:
            return
        if self._echo and all(text in self._echo for _, text in present):
            return  # the nested table's cells, spilled onto their own lines
        if all(re.fullmatch(r"\(?\d{1,2}\)?\.?", text) for _, text in present):
            return  # the "(1) (2) (3)" column-number row under a header
        columns = self.columns or {}

        def cell(name: str) -> str:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else ""

        previous = self._last_in_section
        if not clean_text(cell("indikator")):
            if previous is None:
                return
            self._continue(previous, cells, present, row.where)
            return
        own_jabatan = clean_text(cell("jabatan"))
        draft = DraftRow(jabatan=title_case(own_jabatan) if own_jabatan else jabatan, where=row.where)
        for name in FIELDS:
            raw = cell(name)
            if raw.strip():
                draft.add(name, raw)
        if draft.value("sasaran") is None and self._sasaran is not None:
            draft.parts["sasaran"] = [self._sasaran]
            if first_data and self._sasaran_row is not None:
                self.warnings.append(row.where.warning(
                    f"sasaran kosong di awal tabel (lanjutan baris {self._sasaran_row.where.line}); sasaran diulang"))
        if "formula_text" in columns and draft.value("formula_text") is None:
            self.warnings.append(row.where.warning("kolom formula kosong"))
        if "sumber_data" in columns and draft.value("sumber_data") is None:
            self.warnings.append(row.where.warning("kolom sumber data kosong"))
        if draft.value("sasaran") is not None:
            if draft.parts.get("sasaran") != [self._sasaran]:
                self._sasaran_row = draft
            self._sasaran = draft.value("sasaran")
        self.rows.append(draft)
        self._last_in_section = draft

    def _continue(self, previous: DraftRow, cells: list[str], present: list[tuple[int, str]], where: Where) -> None:
        """A row without indikator finishes the row above (page break, or a formula that spilled)."""
        columns = self.columns or {}
        by_index = {i: name for name, i in columns.items()}
        if len(present) == 1 and _FORMULA_LIKE.search(present[0][1]) and "formula_text" in columns \
                and by_index.get(present[0][0]) in (None, "sasaran"):
            previous.add("formula_text", cells[present[0][0]])
            previous.uncertain.add("formula_text")
            self.warnings.append(previous.where.warning(
                f"sel formula berisi teks di luar tabel (baris {where.line}); digabung ke rumus baris ini"))
            return
        for i, _ in present:
            name = by_index.get(i)
            if name:
                previous.add(name, cells[i])
        self.warnings.append(where.warning(
            f"baris lanjutan (pindah halaman) tanpa indikator; digabung ke baris {previous.where.line}"))

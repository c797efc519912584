"""Walks a :class:`SourceDocument` in reading order and builds the catalog.

State: the current jabatan section (IKI) and which list (TUGAS, FUNGSI) its lines belong to.
Tables become rows through :class:`TableReader`; a scanned table that OCR flattened into plain
lines (no tabs, no cells) is gathered until the section ends and handed to :mod:`ocr_table`.
"""
from __future__ import annotations

import re

from kinerja.importer import ocr_table
from kinerja.importer.cleaning import clean_text, title_case
from kinerja.importer.columns import header_map
from kinerja.importer.formula_field import FormulaField
from kinerja.importer.header import read_header
from kinerja.importer.model import SourceDocument, Table, TextLine
from kinerja.importer.positions import (FUNGSI_MARKER, IKI_HEADING, JABATAN_MARKER, TUGAS_MARKER, UNIT_MARKER,
                                        ItemList, is_junk, jabatan_name, reads_as_duty, unit_of)
from kinerja.importer.packed import split_packed
from kinerja.importer.rows import DraftRow, TableReader
from kinerja.importer.satuan import satuan_for

_SIGNATURE = re.compile(r"^\W*(KEPALA\s+DINAS|KEPALA\s+BADAN|KEPALA\s+KANTOR|SEKRETARIS\s+DAERAH)\b", re.IGNORECASE)
_SASARAN_START = re.compile(r"^\W*(Ter[a-z]+nya|Meningkat[a-z]*|Menurun[a-z]*|Mewujudkan|Berkurang[a-z]*|"
                            r"Tercapai[a-z]*|Terlaksan[a-z]*)\b")


# "A. INDIKATOR KINERJA KEPALA SEKSI X": a section headed by the jabatan itself, without a JABATAN label
_LETTERED_SECTION = re.compile(r"^\W*(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s*INDIKATOR\s+KINERJA\s+(?:INDIVIDU\s+)?(?:\(IKI\)\s+)?"
                               r"(?!UTAMA\b|INDIVIDU\b|DINAS\b|BADAN\b|KANTOR\b|PEMERINTAH\b|TAHUN\b)(?P<jabatan>[A-Z].+)$")
_IKU_HEADING = re.compile(r"^\W*(?:[A-Z]|\d{1,2}|[IVX]{1,4})?[.)]?\s*INDIKATOR\s+KINERJA\s+UTAMA\W*$", re.IGNORECASE)
# the jabatan of a signature block under an IKI table ("KEPALA SEKSI PENEMPATAN,")
_SIGNER_JABATAN = re.compile(r"^\s*(?:(?:PLT|PLH|A\.N\.)\.?\s+)?(?:KEPALA|SEKRETARIS|KASUBBAG|KASI|KABID|PENGELOLA|"
                             r"PENGADMINISTRASI|ANALIS|BENDAHARA|PENYUSUN|STAF|PELAKSANA|PRANATA|FUNGSIONAL|PENGEMUDI|"
                             r"KOORDINATOR)\b[A-Z ,.&/()-]*$")

# a title line after "INDIKATOR KINERJA INDIVIDU" that names the agency or year, not a jabatan
_NOT_JABATAN = re.compile(r"^\W*(DINAS|BADAN|KANTOR|PEMERINTAH)\b|\bTAHUN\s+\d{4}|:|"
                          r"^\W*(TENTANG|NOMOR|LAMPIRAN|MENIMBANG|MENGINGAT|MEMUTUSKAN|MENETAPKAN)\b", re.IGNORECASE)


class _Section:
    def __init__(self, jabatan: str, unit: str | None) -> None:
        self.position = {"jabatan": jabatan, "unit": unit, "tugas": [], "fungsi": []}
        self.tugas = ItemList()
        self.fungsi = ItemList()
        self.explicit_tugas = False
        self.fungsi_line = None

    def finish(self, warnings: list[dict]) -> dict:
        self.position["tugas"] = self.tugas.items
        self.position["fungsi"] = self.fungsi.items
        if self.fungsi_line is not None and self.fungsi_line[1] == "" and not self.fungsi.items:
            warnings.append(self.fungsi_line[0].warning(f"FUNGSI {self.position['jabatan']} kosong (bukan '-')"))
        return self.position


class DecreeParser:
    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.warnings: list[dict] = []
        self.tables = TableReader(self.warnings)
        self.positions: list[dict] = []
        self.section: _Section | None = None
        # body → (jabatan) tugas ⇄ fungsi → table → after; a scanned table: pre (sasaran lines above its
        # header) → ocr (until the signature) → after
        self.mode = "body"
        self.expect_jabatan = False
        self.ocr_lines: list[TextLine] = []
        self.text_lines: list[TextLine] = []
        self._unit: str | None = None
        # rows of an IKI table read before its jabatan, which the signature block under it names
        self._awaiting: list[DraftRow] = []

    # --- sections -------------------------------------------------------------------------------

    def _open_section(self, name: str) -> None:
        self._close_section()
        jabatan = jabatan_name(name)
        self._unit = unit_of(jabatan, self._unit)
        self.section = _Section(jabatan, self._unit)
        self.tables.new_section()
        self.mode = "tugas"
        self.expect_jabatan = False

    def _flush_ocr(self) -> None:
        if self.ocr_lines and self.section is not None:
            rows = ocr_table.read_rows(self.ocr_lines, self.section.position["jabatan"], self.warnings)
            self.tables.rows.extend(rows)
        self.ocr_lines = []

    def _close_section(self) -> None:
        self._flush_ocr()
        if self.section is not None:
            self.positions.append(self.section.finish(self.warnings))
        self.section = None

    # --- lines ----------------------------------------------------------------------------------

    def _line(self, line: TextLine) -> None:
        self.text_lines.append(line)
        self._section_line(line)

    def _section_line(self, line: TextLine) -> None:
        raw = line.text
        text = clean_text(raw)
        if self.section is not None and (not text or line.paragraph):
            # a blank line, or a Word paragraph (numbered lists carry no bullet text), may start an item
            (self.section.fungsi if self.mode == "fungsi" else self.section.tugas).blank()
        if not text:
            return
        if self._awaiting and _SIGNER_JABATAN.match(text):
            self._sign(text)
            return
        m = JABATAN_MARKER.match(text)
        if m and m.group(1).strip():
            self._open_section(m.group(1))
            return
        if IKI_HEADING.match(text):
            self._close_section()  # the next table is not the previous jabatan's
            self._drop_awaiting()
            self.expect_jabatan = True
            self.mode = "body"
            return
        m = _LETTERED_SECTION.match(text)
        if m and text.upper() == text:
            self._drop_awaiting()
            self._open_section(m.group("jabatan"))
            return
        if _IKU_HEADING.match(text):
            self._close_section()
            self._drop_awaiting()
            self.expect_jabatan = False
            self.mode = "body"
            return
        if self.expect_jabatan:
            if _NOT_JABATAN.search(text):
                self.expect_jabatan = False
            elif not is_junk(text) and not ocr_table.is_header_line(text):
                self._open_section(text)
            return
        if self.section is None:
            return
        m = UNIT_MARKER.match(text)
        if m and self.mode != "ocr":
            self._unit = self.section.position["unit"] = title_case(m.group(1).strip(" *"))
            return
        if self.mode == "ocr":
            if _SIGNATURE.match(text):
                self._flush_ocr()
                self.mode = "after"
            elif not (TUGAS_MARKER.match(text) or FUNGSI_MARKER.match(text) or ocr_table.is_header_line(text)):
                self.ocr_lines.append(line)
            return
        if self.mode == "after":
            return
        if ocr_table.is_header_line(text) and self.mode in ("tugas", "fungsi", "pre"):
            self.mode = "ocr"
            return
        if self.mode == "pre":
            self.ocr_lines.append(line)
            return
        m = TUGAS_MARKER.match(text)
        if m:
            if not self.section.explicit_tugas:
                self.section.tugas.keep(reads_as_duty)
            self.section.explicit_tugas = True
            self.mode = "tugas"
            self.section.tugas.add(m.group(1))
            return
        m = FUNGSI_MARKER.match(text)
        if m:
            self.mode = "fungsi"
            rest = re.split(r"fungsi", text, maxsplit=1, flags=re.IGNORECASE)[-1]
            self.section.fungsi_line = (line.where, rest.strip(" :*|[]"))
            self.section.fungsi.add(m.group(1))
            return
        if self.mode in ("tugas", "fungsi") and _SASARAN_START.match(text):
            self.mode = "pre"
            self.ocr_lines.append(line)
            return
        if self.mode == "tugas":
            self.section.tugas.add(text)
        elif self.mode == "fungsi":
            self.section.fungsi.add(text)

    def _table(self, table: Table) -> None:
        if table.columns is None and not any(header_map(row.cells) for row in table.rows):
            # "Nomor | : | 17 Tahun 2023", "Ditetapkan di | : | Martapura": header fields laid out in cells
            self.text_lines.extend(TextLine(" ".join(c.strip() for c in row.cells if c.strip()), row.where)
                                   for row in table.rows)
        if self._is_layout_table(table):
            # a jabatan / tugas / fungsi block laid out in a table: read its rows as lines
            for row in table.rows:
                for part in " : ".join(c.strip() for c in row.cells if c.strip() and c.strip() != ":").split("\n"):
                    self._section_line(TextLine(part, row.where))
            return
        self._flush_ocr()
        jabatan = self.section.position["jabatan"] if self.section else None
        before = len(self.tables.rows)
        self.tables.feed(table, jabatan)
        if self.section is not None:
            self.mode = "after"
        elif self.expect_jabatan:
            # "INDIKATOR KINERJA INDIVIDU" then the table: the jabatan comes in the signature below it
            self.expect_jabatan = False
            self._drop_awaiting()
            self._awaiting = [row for row in self.tables.rows[before:] if row.jabatan is None]

    def _sign(self, text: str) -> None:
        """The signature block names the jabatan of the IKI table above it."""
        jabatan = jabatan_name(text.strip(" ,.:"))
        for row in self._awaiting:
            row.jabatan = jabatan
        self._unit = unit_of(jabatan, self._unit)
        self.positions.append({"jabatan": jabatan, "unit": self._unit, "tugas": [], "fungsi": []})
        self.warnings.append(self._awaiting[0].where.warning(
            f"jabatan '{jabatan}' dibaca dari blok tanda tangan di bawah tabel"))
        self._awaiting = []

    def _drop_awaiting(self) -> None:
        if self._awaiting:
            self.warnings.append(self._awaiting[0].where.warning(
                "tabel IKI tanpa nama jabatan (tidak ada judul maupun tanda tangan yang menyebutnya)"))
            self._awaiting = []

    @staticmethod
    def _is_layout_table(table: Table) -> bool:
        if table.columns is not None or any(header_map(row.cells) for row in table.rows):
            return False
        return any(JABATAN_MARKER.match(clean_text(" ".join(row.cells))) or
                   TUGAS_MARKER.match(clean_text(" ".join(row.cells))) for row in table.rows)

    def _positions_from_rows(self) -> None:
        """A jabatan that only a table column names is a position too (without tugas and fungsi)."""
        known = {p["jabatan"] for p in self.positions}
        unit = None
        for row in self.tables.rows:
            if row.jabatan and row.jabatan not in known:
                known.add(row.jabatan)
                unit = unit_of(row.jabatan, unit)
                self.positions.append({"jabatan": row.jabatan, "unit": unit, "tugas": [], "fungsi": []})

    # --- result ---------------------------------------------------------------------------------

    def parse(self) -> tuple[dict, list[DraftRow]]:
        for item in self.source.items:
            if isinstance(item, Table):
                self._table(item)
            else:
                self._line(item)
        self._close_section()
        self._drop_awaiting()
        self._positions_from_rows()
        self.tables.rows = split_packed(self.tables.rows, self.warnings)
        document, header_warnings = read_header(self.text_lines, has_positions=bool(self.positions))
        self.warnings[:0] = header_warnings
        return document, self.tables.rows


def build_catalog(source: SourceDocument) -> tuple[dict, list[DraftRow], list[tuple[int, str]], list[dict]]:
    """The catalog object, the rows it came from (same order), the uncertain cells, and per row its
    confidence and the reasons for doubt."""
    parser = DecreeParser(source)
    document, drafts = parser.parse()
    formulas = FormulaField()
    warnings = parser.warnings
    if not formulas.available and drafts:
        warnings.append({"line": None, "message": "mesin formula belum tersedia; kolom formula belum dibaca"})
    indicators: list[dict] = []
    uncertain: list[tuple[int, str]] = []
    row_notes: list[dict] = []
    for index, draft in enumerate(drafts):
        row = draft.fields()
        result = formulas.read(row["formula_text"], row["definisi"], row.get("indikator"))
        satuan_column = row.pop("satuan")
        indicator = {
            "jabatan": row["jabatan"], "sasaran": row["sasaran"], "indikator": row["indikator"],
            "definisi": row["definisi"], "formula_text": row["formula_text"], "formula": result.formula,
            "satuan": satuan_column or result.satuan or satuan_for(row["indikator"], row["formula_text"], result.formula),
            "penanggung_jawab": row["penanggung_jawab"], "sumber_data": row["sumber_data"], "issues": [],
        }
        if formulas.available and row["formula_text"] and not result.confident:
            draft.uncertain.add("formula")
            notes = "; ".join(result.notes[:2])
            warnings.append(draft.where.warning(f"rumus dibaca dengan keyakinan rendah{': ' + notes if notes else ''}"))
        uncertain.extend((index, name) for name in sorted(draft.uncertain))
        indicators.append(indicator)
        # the engine's confidence where its result carries one, else what its verdict implies
        engine = getattr(result, "confidence", 1.0 if result.confident else 0.5)
        confidence = engine if row["formula_text"] else 1.0
        if draft.uncertain - {"formula"}:
            confidence = min(confidence, 0.5)
        row_notes.append({"confidence": round(confidence, 2), "flags": []})
    by_line: dict[int | None, list[int]] = {}
    for index, draft in enumerate(drafts):
        by_line.setdefault(draft.where.line, []).append(index)
    for warning in warnings:
        for index in by_line.get(warning.get("line"), []) if warning.get("line") is not None else []:
            row_notes[index]["flags"].append(warning["message"])
    catalog = {"document": document, "positions": parser.positions, "indicators": indicators, "warnings": warnings}
    return catalog, drafts, uncertain, row_notes

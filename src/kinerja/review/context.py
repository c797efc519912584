"""Everything a row check may need to know beyond its own row: the document, its positions, the
abbreviations and words it uses, and the other rows."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from kinerja.formula import VariableRegistry
from kinerja.review.abbreviations import Abbreviations
from kinerja.review.errors import ReviewError
from kinerja.review.lexicon import glossary
from kinerja.review.phrase import Phrase, parse
from kinerja.review.positions import HEAD, Position, level_of
from kinerja.review.shape import FormulaShape, read_shape
from kinerja.review.signature import signature
from kinerja.review.text import fold
from kinerja.review.vocabulary import Vocabulary

# A definisi shorter than this ("Jumlah dokumen", "-") is too generic to call a copy.
COPY_MIN_CHARS = 40
TEXT_FIELDS = ("sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab", "sumber_data")


@dataclass
class Row:
    """One indicator row with the derived facts every check uses."""

    index: int | None
    data: dict
    shape: FormulaShape
    jenis: str | None = None                 # "IKU" | "IKI" as far as the review can tell
    position: Position | None = None         # the jabatan section the row sits in, with its duties

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        return value if isinstance(value, str) and value.strip() else None

    @property
    def name(self) -> str:
        return self.text("indikator") or ""

    @property
    def jabatan(self) -> str | None:
        return self.text("jabatan")

    @property
    def is_iku(self) -> bool:
        return self.jenis == "IKU"

    @cached_property
    def phrase(self) -> Phrase:
        return parse(self.name)

    @property
    def level(self) -> str | None:
        """The cascade level of whoever holds the indicator: the jabatan section, else the penanggung
        jawab, else the head of the agency for an IKU."""
        for title in (self.jabatan, self.text("penanggung_jawab")):
            found = level_of(title)
            if found:
                return found
        return HEAD if self.is_iku else None

    @property
    def holder(self) -> str | None:
        return self.jabatan or self.text("penanggung_jawab")


@dataclass
class ReviewContext:
    """The catalog being reviewed: its document kind, its positions and every row, each read once."""

    document: dict = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    positions: dict[str, Position] = field(default_factory=dict)   # folded jabatan → position
    _missing: dict[str, float] = field(default_factory=dict, repr=False)

    @classmethod
    def from_catalog(cls, catalog: dict) -> ReviewContext:
        if not isinstance(catalog, dict):
            raise ReviewError("Katalog harus berupa objek JSON.", "The catalog must be a JSON object.")
        indicators = catalog.get("indicators")
        if not isinstance(indicators, list):
            raise ReviewError("Katalog tidak memiliki daftar 'indicators'.",
                              "The catalog has no 'indicators' list.")
        positions = catalog.get("positions")
        if positions is not None and not isinstance(positions, list):
            raise ReviewError("'positions' harus berupa daftar.", "'positions' must be a list.")
        document = catalog.get("document") if isinstance(catalog.get("document"), dict) else {}
        context = cls(document=document)
        for data in positions or []:
            position = Position.from_catalog(data) if isinstance(data, dict) else None
            if position is not None:
                context.positions.setdefault(fold(position.jabatan), position)
        registry = VariableRegistry()  # one per document, so the same quantity gets the same key everywhere
        for index, data in enumerate(indicators):
            if not isinstance(data, dict):
                raise ReviewError(f"Baris indikator {index + 1} bukan objek.",
                                  f"Indicator row {index + 1} is not an object.", where=f"indicators[{index}]")
            context.rows.append(context.make_row(data, index, registry))
        return context

    def make_row(self, data: dict, index: int | None, registry: VariableRegistry | None = None) -> Row:
        jabatan = data.get("jabatan") if isinstance(data.get("jabatan"), str) else None
        position = self.positions.get(fold(jabatan)) if jabatan else None
        if position is None and jabatan and jabatan.strip():
            position = Position(jabatan.strip())
        return Row(index, data, read_shape(data, registry or VariableRegistry()), self.jenis_of(data), position)

    def jenis_of(self, data: dict) -> str | None:
        """An explicit row ``jenis`` wins; else an IKU document is all IKU, and a row with no jabatan
        in an IKU+IKI document belongs to the IKU table."""
        explicit = data.get("jenis")
        if explicit in ("IKU", "IKI"):
            return explicit
        document_jenis = self.document.get("jenis")
        if document_jenis == "IKU":
            return "IKU"
        if document_jenis == "IKI":
            return "IKI"
        return "IKI" if data.get("jabatan") else ("IKU" if document_jenis else None)

    # --- what the whole decree says, built on first use -------------------------------------------

    def texts(self) -> list[str]:
        out = [r.text(name) or "" for r in self.rows for name in TEXT_FIELDS]
        out += [line for p in self.positions.values() for line in p.tugas + p.fungsi]
        return [t for t in out if t]

    @cached_property
    def abbreviations(self) -> Abbreviations:
        return Abbreviations.from_texts(self.texts())

    @cached_property
    def all_positions(self) -> list[Position]:
        """The decree's positions, and those only its rows name."""
        seen: dict[str, Position] = dict(self.positions)
        for row in self.rows:
            if row.position is not None:
                seen.setdefault(fold(row.position.jabatan), row.position)
        return list(seen.values())

    @cached_property
    def standard_terms(self) -> list[str]:
        """Multi-word terms the decree or the glossary spells out ('analisis beban kerja'), longest first."""
        terms = {t for found in self.abbreviations.defined.values() for t in found}
        terms |= {fold(t) for found in glossary().values() for t in found}
        return sorted((t for t in terms if len(t.split()) >= 3), key=len, reverse=True)

    @cached_property
    def row_words(self) -> list[set[str]]:
        """The folded words of each row's text cells, in row order."""
        return [{w for name in TEXT_FIELDS + ("jabatan",) for w in fold(row.text(name)).split()} for row in self.rows]

    @cached_property
    def by_signature(self) -> dict[tuple[int, str], list[Row]]:
        """Rows by the size and first element of their signature: only those can be reworded copies."""
        groups: dict[tuple[int, str], list[Row]] = defaultdict(list)
        for row in self.rows:
            found = signature(row.name)
            if len(found) >= 3:
                groups[(len(found), found[0])].append(row)
        return dict(groups)

    @cached_property
    def by_formula_text(self) -> dict[str, list[Row]]:
        return _group(self.rows, lambda r: fold(r.text("formula_text")))

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The decree's words (rows, duties, jabatan titles), for telling a typo from a term."""
        return Vocabulary(self.texts() + [row.jabatan or "" for row in self.rows])

    @cached_property
    def by_name(self) -> dict[str, list[Row]]:
        return _group(self.rows, lambda r: fold(r.name))

    @cached_property
    def by_expression(self) -> dict[str, list[Row]]:
        return _group(self.rows, lambda r: r.shape.expression if r.shape.tree is not None else "")

    @cached_property
    def by_definisi(self) -> dict[str, list[Row]]:
        return _group(self.rows, lambda r: d if len(d := fold(r.text("definisi"))) >= COPY_MIN_CHARS else "")

    @cached_property
    def by_jabatan(self) -> dict[str, list[Row]]:
        return _group(self.rows, lambda r: fold(r.jabatan))

    def missing_share(self, name: str) -> float:
        """The share of rows that leave ``name`` empty."""
        if name not in self._missing:
            self._missing[name] = (sum(1 for row in self.rows if not row.text(name)) / len(self.rows)
                                   if self.rows else 0.0)
        return self._missing[name]

    def mostly_lacks(self, name: str) -> bool:
        """Half the rows or more leave ``name`` empty: a gap of the decree, not of single rows."""
        return len(self.rows) > 1 and self.missing_share(name) >= 0.5

    def earlier(self, groups: dict[str, list[Row]], key: str, row: Row) -> list[Row]:
        """Rows of the same group that come before ``row`` (the first copy is the original)."""
        if not key or row.index is None:
            return []
        return [other for other in groups.get(key, []) if other.index is not None and other.index < row.index]

    def first_of_jabatan(self, row: Row) -> bool:
        """The row opens its jabatan section: where a finding about the position itself goes."""
        same = self.by_jabatan.get(fold(row.jabatan), [])
        return bool(same) and same[0] is row


def _group(rows: list[Row], key: Callable[[Row], str]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        k = key(row)
        if k:
            groups[k].append(row)
    return dict(groups)

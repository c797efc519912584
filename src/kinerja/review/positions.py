"""What the review knows about a position (jabatan): its level in the cascade, its duties, its superior.

The level comes from the title as Indonesian structures write it: the head of the agency holds
outcomes, a Sekretaris or Kepala Bidang intermediate outcomes, a Kepala Sub Bagian / Seksi / UPT the
outputs, staff positions activities. An IKU table names the responsible position per row
(penanggung jawab) instead; an IKU row with none belongs to the head.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from kinerja.review.text import content_stems, fold

HEAD, MIDDLE, SECTION, STAFF = "head", "middle", "section", "staff"
LEVEL_RANK = {HEAD: 0, MIDDLE: 1, SECTION: 2, STAFF: 3}

_HEAD = re.compile(r"^(?:kepala|ka|plt kepala)\s+(?:dinas|badan|kantor|satuan|inspektorat)\b|^(?:kadis|kaban|kadin)\b"
                   r"|^(?:bupati|walikota|wali kota|gubernur|sekretaris daerah|sekda)\b|^kepala$")
_MIDDLE = re.compile(r"^(?:kepala\s+bidang|kabid|kepala\s+bagian|kabag|sekretaris(?!\s+(?:daerah|desa))|sekretariat"
                     r"|inspektur\s+pembantu)\b")
_SECTION = re.compile(r"^(?:kepala\s+(?:sub\s*bagian|subbagian|sub\s*bidang|subbidang|seksi|upt|uptd|unit|balai)"
                      r"|kasubbag|kasubag|kasubid|kasi|kasie|kelapa\s+seksi|seksi|sub\s*bagian|subbag|upt)\b")
# Words every title shares; what is left names the unit's own matter.
TITLE_WORDS = frozenset(content_stems("""kepala dinas badan bidang seksi sub bagian subbagian sekretaris sekretariat
    kantor unit upt uptd pelaksana teknis pengelola pengadministrasi pengadministrasian pengumpul pemroses penyusun
    pengolah data staf jabatan kasi kasie kabid kasubbag kelapa fungsional umum dan""") | {"dan", "di"})
_SUPERIOR = re.compile(r"(?:diberikan|ditugaskan)\s+oleh\s+(?P<who>(?:kepala|sekretaris|kabid|kasi)[^,;.]*?)"
                       r"(?:\s+sesuai|\s+dalam|\s+dengan|[,;.]|$)", re.I)


def level_of(title: str | None) -> str | None:
    """The cascade level a title holds, or None when the text names no position."""
    text = fold(title)
    if not text:
        return None
    if _HEAD.search(text):
        return HEAD
    if _MIDDLE.search(text):
        return MIDDLE
    if _SECTION.search(text):
        return SECTION
    return STAFF


@dataclass
class Position:
    jabatan: str
    unit: str | None = None
    tugas: list[str] = field(default_factory=list)
    fungsi: list[str] = field(default_factory=list)

    @property
    def level(self) -> str | None:
        return level_of(self.jabatan)

    @cached_property
    def duties(self) -> str:
        return " ".join(self.tugas + self.fungsi)

    @cached_property
    def duty_stems(self) -> set[str]:
        return content_stems(self.duties)

    @cached_property
    def matter(self) -> set[str]:
        """Stems of the title that name the unit's matter ('biaya', 'koperasi' for Kepala Seksi Pembiayaan
        Koperasi)."""
        return content_stems(f"{self.jabatan} {self.unit or ''}") - TITLE_WORDS

    @property
    def superior(self) -> str | None:
        """The superior the duties name ("… yang diberikan oleh Kepala Bidang Koperasi sesuai …")."""
        for line in reversed(self.tugas + self.fungsi):
            found = _SUPERIOR.search(line)
            if found:
                return found.group("who").strip()
        return None

    @classmethod
    def from_catalog(cls, data: dict) -> Position | None:
        jabatan = data.get("jabatan")
        if not isinstance(jabatan, str) or not jabatan.strip():
            return None
        lines = [line for line in (data.get("tugas") or []) if isinstance(line, str)]
        functions = [line for line in (data.get("fungsi") or []) if isinstance(line, str)]
        unit = data.get("unit") if isinstance(data.get("unit"), str) else None
        return cls(jabatan.strip(), unit, lines, functions)

"""Recognising jabatan and unit names as decrees write them ("Kabid X", "KEPALA SEKSI X", "Kasi X").

Matching is on a normalised form so that abbreviations, capitals and punctuation do not create a
second position for the same jabatan.
"""
from __future__ import annotations

import difflib
import re

from kinerja.catalog.models import Unit

_ABBREVIATIONS = [
    (r"\bKa\.?\s*Sub\s*Bag(ian)?\b\.?|\bKasubb?ag\b\.?", "Kepala Sub Bagian"),
    (r"\bKabid\b\.?", "Kepala Bidang"),
    (r"\bKasie?\b\.?", "Kepala Seksi"),
    (r"\bKadis\b\.?", "Kepala Dinas"),
    (r"\bSekdin\b\.?", "Sekretaris Dinas"),
    (r"\bSub\s*bag(ian)?\b\.?", "Sub Bagian"),
    (r"\bKelapa\b", "Kepala"),  # a common typo for "Kepala" in the decrees themselves
]

# unit name prefix -> unit kind; longest prefixes first so "sub bagian" wins over "bagian"
_UNIT_KINDS = [
    ("sekretariat", Unit.Kind.SEKRETARIAT),
    ("sub bagian", Unit.Kind.SUB_BAGIAN),
    ("bagian", Unit.Kind.SUB_BAGIAN),
    ("bidang", Unit.Kind.BIDANG),
    ("seksi", Unit.Kind.SEKSI),
    ("upt", Unit.Kind.UPT),
    ("uptd", Unit.Kind.UPT),
    ("pimpinan", Unit.Kind.PIMPINAN),
]
_HEAD_OF_AGENCY = re.compile(r"^kepala (dinas|badan|kantor|satuan|pelaksana)\b")
_SECRETARY = re.compile(r"^sekretaris\b")
HEAD_UNIT_NAME = "Pimpinan"


def expand(name: str) -> str:
    """Known abbreviations written out, spacing tidied; the rest keeps its wording."""
    text = " ".join(name.split())
    for pattern, full in _ABBREVIATIONS:
        text = re.sub(pattern, full, text, flags=re.IGNORECASE)
    return text


def normalise(name: str | None) -> str:
    """Lower case, punctuation dropped, known abbreviations expanded."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", expand(name or "").lower()).split())


def same_name(a: str | None, b: str | None) -> bool:
    x, y = normalise(a), normalise(b)
    if not x or not y:
        return False
    if x == y:
        return True
    # OCR and typing slips ("Produktifitas", "Jaminn Sosisl") on long names; short names must be exact
    return min(len(x), len(y)) >= 20 and difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.94


def unit_kind(unit_name: str) -> str:
    text = normalise(unit_name)
    for prefix, kind in _UNIT_KINDS:
        if text == prefix or text.startswith(prefix + " "):
            return kind
    return Unit.Kind.LAINNYA


def is_head_of_agency(jabatan: str | None) -> bool:
    return bool(_HEAD_OF_AGENCY.match(normalise(jabatan)))


def guess_unit_name(jabatan: str) -> str | None:
    """The unit a structural jabatan heads: "Kepala Bidang X" -> "Bidang X"; None for staff roles."""
    text = expand(jabatan)
    norm = normalise(text)
    if is_head_of_agency(text):
        return HEAD_UNIT_NAME
    if _SECRETARY.match(norm):
        return "Sekretariat"
    if unit_kind(text) != Unit.Kind.LAINNYA:
        return text  # the section is named after the unit itself ("Sekretariat", "Seksi Industri Mikro")
    if norm.startswith("kepala "):
        words = text.split(" ", 1)
        rest = words[1] if len(words) > 1 else ""
        if unit_kind(rest) != Unit.Kind.LAINNYA:
            return rest
    return None

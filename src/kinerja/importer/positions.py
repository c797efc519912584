"""Jabatan sections of an IKI decree: the heading, its unit, and the TUGAS and FUNGSI lists.

Headings come as ``1. JABATAN : **SEKRETARIS DINAS**`` or, in scanned decrees, as the line after
``INDIKATOR KINERJA INDIVIDU``. List items come with ``-`` bullets, ``1 |`` numbers (OCR turns the
table rule into ``|`` or ``[``), or one per paragraph; a line that continues the item above is
joined to it.
"""
from __future__ import annotations

import re

from kinerja.importer.cleaning import clean_text, squash, title_case

# list labels may be numbered "1.", "A.", "b)" or decorated by OCR ("1|{|Tugas |[:|")
_LABEL = r"^[\W\d_]*(?:[A-Za-z][.)]\s*)?"
JABATAN_MARKER = re.compile(_LABEL + r"(?:NAMA\s+)?JABATAN\b\W*(.*)$", re.IGNORECASE)
TUGAS_MARKER = re.compile(_LABEL + r"TUGAS(?:\s+POKOK)?\b[\W\d_]*(.*)$", re.IGNORECASE)
FUNGSI_MARKER = re.compile(_LABEL + r"FUNGSI\b[\W\d_]*(.*)$", re.IGNORECASE)
UNIT_MARKER = re.compile(_LABEL + r"(?:UNIT|SATUAN)\s+(?:KERJA|ORGANISASI)\s*:\s*(.+)$", re.IGNORECASE)
IKI_HEADING = re.compile(r"^\W*INDIKATOR\s+KINERJA\s+INDIVIDU(?:\s*\(IKI\))?\W*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–•·*▪]|\(?\d{1,2}\s*[.)|\]\[]?|\(?[a-h][.)]|[|\[\]{}])\s*")
_ME_VERB = re.compile(r"^(me[a-z]{3,}|membantu)\b", re.IGNORECASE)
_OPEN_END = re.compile(r"(\b(dan|atau|serta|yang|di|ke|dari|untuk|dengan|pada|bagi|oleh|terhadap)|[,(/&-])$",
                       re.IGNORECASE)
_HEADS = re.compile(r"^(?:Kepala|Kelapa|Kasi|Kasubbag|Kabid)\s+((?:Sub\s*Bagian|Subbag|Bidang|Seksi|UPTD?|Unit|Bagian|"
                    r"Sub\s*Bidang)\b.*)$", re.IGNORECASE)
_UNIT_NAME = re.compile(r"^(Sub\s*Bagian|Bidang|Seksi|UPTD?|Sekretariat|Bagian)\b", re.IGNORECASE)


def is_junk(text: str) -> bool:
    """OCR debris such as ``O|IN|O | |R[WIN|[=]|=``: no real word in it."""
    return not re.search(r"[a-z]{3,}", text) and not re.search(r"\b[A-Z]{5,}\b", text)


def strip_bullet(text: str) -> tuple[str, bool]:
    stripped, had = text, False
    for _ in range(4):
        m = _BULLET.match(stripped)
        if not m or not m.group(0):
            break
        stripped, had = stripped[m.end():], True
    return stripped.strip(), had


def jabatan_name(text: str) -> str:
    name = clean_text(text).strip(" :*-")
    return title_case(name)


def unit_of(jabatan: str, previous_unit: str | None) -> str | None:
    """Kepala Sub Bagian X → Sub Bagian X; Sekretaris → Sekretariat; staff → the unit above."""
    m = _HEADS.match(jabatan)
    if m:
        return m.group(1)
    if re.match(r"^Sekretaris\b|^Sekretariat$", jabatan, re.IGNORECASE):
        return "Sekretariat"
    if _UNIT_NAME.match(jabatan):
        return jabatan
    return previous_unit


def reads_as_duty(item: str) -> bool:
    """Lines gathered before an explicit TUGAS label are kept only when they read as duties."""
    return item[:1].isupper() or bool(_ME_VERB.match(item))


class ItemList:
    """Collects list items line by line, joining wrapped lines to the item they continue."""

    def __init__(self) -> None:
        self._parts: list[list[str]] = []  # each item as its lines, joined once at the end
        self._blank_before = True

    @property
    def items(self) -> list[str]:
        return [squash(" ".join(parts)) for parts in self._parts]

    def keep(self, predicate) -> None:
        self._parts = [parts for parts in self._parts if predicate(squash(" ".join(parts)))]

    def blank(self) -> None:
        self._blank_before = True

    def add(self, raw: str) -> None:
        text = clean_text(raw)
        body, bulleted = strip_bullet(text)
        if not body or body in ("-", ":") or is_junk(body):
            return
        body = body.lstrip(":|[ ").strip()
        if not body:
            return
        previous = self._parts[-1][-1] if self._parts else None
        new = (previous is None or bulleted or previous.endswith((";", ".", ":")) or previous.endswith("; dan")
               or bool(_ME_VERB.match(body))
               or (self._blank_before and not _OPEN_END.search(previous) and not body[:1].islower()))
        if new:
            self._parts.append([body])
        else:
            self._parts[-1].append(body)
        self._blank_before = False

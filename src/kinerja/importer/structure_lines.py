"""Lines that belong to the decree's structure, never to a table cell: a jabatan heading, a TUGAS or
FUNGSI label, the IKI/IKU heading of a Lampiran section, the signature block. A table read from
plain text ends where one of them starts."""
from __future__ import annotations

import re

_HEADING = re.compile(r"^\W*(?:[A-Z]|\d{1,2}|[IVX]{1,4})?[.)]?\s*INDIKATOR\s+KINERJA\b")
# a label, not a word inside a cell: "JABATAN :", "2. TUGAS", "Fungsi :" (never "jabatan, dengan …")
_LABELLED = re.compile(r"^[\W\d_]*(?:[A-Za-z][.)]\s*)?(?:NAMA\s+)?(?:JABATAN|TUGAS(?:\s+POKOK)?|FUNGSI)\s*(?::|$)",
                       re.IGNORECASE)
_SIGNED = re.compile(r"^\s*(?:Ditetapkan\s+di|Pada\s+tanggal|NIP\b|LAMPIRAN\b|MENGETAHUI\b|Sasaran\s*:)", re.IGNORECASE)
_HEAD = re.compile(r"^\s*KEPALA\s+(?:DINAS|BADAN|KANTOR)\b")


def ends_table(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    upper = stripped.upper() == stripped
    labelled = _LABELLED.match(stripped)
    if labelled and (upper or ":" in stripped):
        return True
    return bool(upper and (_HEADING.match(stripped) or _HEAD.match(stripped)) or _SIGNED.match(stripped))

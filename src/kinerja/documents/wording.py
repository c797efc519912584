"""How values are written on an Indonesian page: dates, numbers in cells, acting titles, quarters."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from kinerja.documents.errors import DocumentError
from kinerja.documents.model import ACTING_TITLES, AgencyInfo, Signatory
from kinerja.numbers import format_number

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
TRIWULAN = ("I", "II", "III", "IV")
MISSING = "–"
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def tanggal(value: date | str | None) -> str:
    """"2023-05-08" or a date -> "8 Mei 2023"; any other text is kept as written ("Januari 2018")."""
    if value is None:
        return ""
    if isinstance(value, str):
        m = _ISO.match(value.strip())
        if not m:
            return value.strip()
        try:
            value = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value.strip()
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def cell_text(value: object, kind: str = "text", decimals: int | None = None) -> str:
    """What a table cell shows: numbers the Indonesian way, unknown as "–", text unchanged."""
    if value is None:
        return MISSING if kind in ("number", "percent", "money", "center") else ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, (int, float, Decimal)):
        if kind == "money":
            return format_number(value, 0 if decimals is None else decimals)
        return format_number(value, shown_decimals(value, decimals))
    return str(value)


def shown_decimals(value: object, decimals: int | None) -> int | None:
    """The decimals a number cell prints: the column's, else up to two — or more, when the value is a
    :class:`Decimal` that carries more (a capaian rounded so as not to cross into another predicate:
    90,995% is Tinggi and must not print as "91")."""
    if decimals is None and isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > 2:
            return -exponent
    return decimals


def jabatan_title(signatory: Signatory) -> str:
    """The jabatan line of a signature, with "Plt." / "Plh." in front for an acting official."""
    if signatory.acting not in ACTING_TITLES:
        raise DocumentError(
            f"Status penandatangan '{signatory.acting}' tidak dikenal (pilih Plt atau Plh)",
            f"Unknown signatory status '{signatory.acting}' (use Plt or Plh)",
        )
    prefix = f"{signatory.acting}. " if signatory.acting else ""
    return prefix + signatory.jabatan.upper()


def triwulan(number: int) -> str:
    if number not in (1, 2, 3, 4):
        raise DocumentError(f"Triwulan harus 1–4, bukan {number}", f"Quarter must be 1–4, not {number}")
    return TRIWULAN[number - 1]


def require_text(value: object, what_id: str, what_en: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DocumentError(f"{what_id} wajib diisi", f"{what_en} is required")
    return value.strip()


def jabatan_text(signatory: Signatory) -> str:
    """The jabatan in running text: "Plt. Kepala Dinas …"."""
    jabatan_title(signatory)  # validates the acting status
    return f"{signatory.acting}. {signatory.jabatan}" if signatory.acting else signatory.jabatan


def place_date(place: str | None, when: date | str | None) -> str:
    """"Martapura, 2 Januari 2024"; dotted blanks where a value is not known yet, as drafts print."""
    return f"{place or '…………'}, {tanggal(when) or '…………………… '}"


def contact_line(agency: AgencyInfo) -> str:
    """"Telp. … – Email: … – Laman: …" under the kop's address."""
    parts = []
    if agency.phone:
        parts.append(f"Telp. {agency.phone}")
    if agency.email:
        parts.append(f"Email: {agency.email}")
    if agency.website:
        parts.append(f"Laman: {agency.website}")
    return " – ".join(parts)

"""The decree's header: who issued it, its number and year, where and when it was signed, by whom.

Read from the title block (up to *Menimbang*) and the signature block (from *Ditetapkan di*). The
signature block survives OCR badly, so every field is looked for in a window of lines rather than
at a fixed offset.
"""
from __future__ import annotations

import re

from kinerja.importer.cleaning import clean_text, title_case
from kinerja.importer.model import TextLine

MONTHS = {"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
          "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
          "desember": 12}
_MONTH = "(" + "|".join(MONTHS) + ")"
_FULL_DATE = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\b")
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{4})\b", re.IGNORECASE)
_REGION = re.compile(r"\b(KABUPATEN|KOTA|PROVINSI)\s+([A-Z][A-Z\-]*(?:\s+[A-Z][A-Z\-]*){0,3})")
_AGENCY = re.compile(r"\b(DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN|RUMAH SAKIT|RSUD|KECAMATAN)\b.*")
_AGENCY_END = re.compile(r"\s+\b(KABUPATEN|KOTA|PROVINSI|NOMOR|TENTANG|TAHUN)\b.*$")
_NOMOR = re.compile(r"^\W*NOMOR\b\s*[:.]?\s*(.+)$", re.IGNORECASE)
_NIP = re.compile(r"\bNIP\b\.?\s*:?\s*(\d[\d ]{12,}\d)", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"\b(KEPALA|DINAS|BADAN|KABUPATEN|KOTA|PROVINSI|SEKRETARIS|BUPATI|WALI ?KOTA|"
                          r"GUBERNUR|KANTOR|LAMPIRAN|NOMOR|TANGGAL|DITETAPKAN|A\.N\.|PLT|PLH|KEPUTUSAN)\b",
                          re.IGNORECASE)
_RANK_WORDS = re.compile(r"\b(PEMBINA|PENATA|PENGATUR|JURU|UTAMA|MUDA|MADYA|PRATAMA|TINGKAT|TK\.?)\b|"
                         r"\b(IV|III|II)\s*/\s*[a-e]\b", re.IGNORECASE)
_SMALL = {"dan", "di", "ke", "dari", "yang", "untuk", "pada", "serta", "atau", "dengan"}


def iso_date(text: str) -> str | None:
    """``8 Mei 2023`` or ``08-05-2023`` → ``2023-05-08``; ``Januari 2018`` stays as written; else ``None``."""
    m = _NUMERIC_DATE.search(text)
    if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = _FULL_DATE.search(text)
    if m:
        day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        if 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{m.group(1).capitalize()} {m.group(2)}"
    return None


def _pemda(title: list[str], everything: list[str]) -> str | None:
    for text in title + everything:
        m = _REGION.search(text)
        if m:
            name = [w for w in m.group(2).split() if w.lower() not in _SMALL]
            return title_case(f"{m.group(1)} {' '.join(name[:3])}".strip())
    return None


def _agency(title: list[str]) -> str | None:
    for i, text in enumerate(title):
        upper = text.upper() == text
        m = _AGENCY.search(text) if upper else None
        if not m:
            continue
        name = m.group(0)
        # a name broken over two title lines ends in a conjunction or comma
        if i + 1 < len(title) and re.search(r"(\bDAN|,|&)$", name.strip()):
            name = f"{name} {title[i + 1]}"
        name = _AGENCY_END.sub("", name).strip(" ,")
        if len(name.split()) >= 2:
            return title_case(name)
    return None


def _jenis(title: list[str], has_positions: bool) -> str:
    subject = " ".join(title).upper()
    if "TENTANG" in subject:
        subject = subject.split("TENTANG", 1)[1]
    utama = "KINERJA UTAMA" in subject
    individu = "KINERJA INDIVIDU" in subject
    if utama and individu:
        return "IKU+IKI"
    if individu or (not utama and has_positions):
        return "IKI"
    return "IKU"


def _value_after_colon(lines: list[str], k: int) -> str | None:
    own = lines[k].split(":", 1)
    if len(own) == 2 and own[1].strip():
        return own[1].strip()
    for text in lines[k + 1:k + 10]:
        if text.startswith(":") and text[1:].strip():
            return text[1:].strip()
    return None


def _rank(lines: list[str], start: int, nip_at: int | None) -> str | None:
    """The signer's rank (pangkat): "Pembina Utama Muda", "Pembina Tk. I (IV/b)", above the NIP."""
    end = nip_at if nip_at is not None else min(len(lines), start + 12)
    for text in lines[start:end]:
        if _RANK_WORDS.search(text) and not _TITLE_WORDS.search(text) and len(text.split()) <= 8:
            return text.strip(" ,")
    return None


def _value_after_label(text: str) -> str | None:
    """"Ditetapkan di Martapura" (the colon lost or set apart): what follows the label."""
    m = re.search(r"\bDitetapkan\s+di\b\W*(.+)$", text, re.IGNORECASE)
    return m.group(1).strip() if m and m.group(1).strip() else None


def _signer(lines: list[str], start: int, nip_at: int | None) -> str | None:
    end = nip_at if nip_at is not None else min(len(lines), start + 12)
    candidates = []
    for text in lines[start:end]:
        if text.upper().startswith("LAMPIRAN"):
            break
        letters = sum(c.isalpha() for c in text)
        if letters < 3 or _TITLE_WORDS.search(text) or _RANK_WORDS.search(text) or iso_date(text):
            continue
        if ":" in text and not re.search(r"\w\.\s*\w", text):
            continue
        candidates.append(text)
    if not candidates:
        return None
    return candidates[-1] if nip_at is not None else candidates[0]


_ISSUER = re.compile(r"^\W*(KEPALA|BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR|SEKRETARIS|DENGAN\s+RAHMAT|PLT|PLH)\b",
                     re.IGNORECASE)
_CLAUSE = re.compile(r"^[\W_]*(?P<name>Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN|Menetapkan|Ditetapkan\s+di)\b\W*",
                     re.IGNORECASE)
_ITEM = re.compile(r"^[\s\-–•*]*(?:(?P<letter>[a-z])[.)]|(?P<number>\d{1,2})[.)])\s+")
_DIKTUM = re.compile(r"^[\s\-–•*]*(?P<label>KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|"
                     r"KESEMBILAN|KESEPULUH)\b[\s*]*:?\s*", re.IGNORECASE)


def _tentang(lines: list[str]) -> str | None:
    """The subject: the lines after TENTANG up to the issuer's line ("KEPALA DINAS …,") or Menimbang."""
    start = next((i for i, t in enumerate(lines[:80]) if re.fullmatch(r"\W*TENTANG\W*", t, re.IGNORECASE)), None)
    if start is None:
        return None
    parts = []
    for text in lines[start + 1:start + 12]:
        if _ISSUER.match(text) or _CLAUSE.match(text):
            break
        if text:
            parts.append(text)
    return " ".join(parts) or None


def _clause_lines(lines: list[str], names: tuple[str, ...], stops: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    inside = False
    for text in lines:
        m = _CLAUSE.match(text)
        if m:
            name = m.group("name").lower().split()[0]
            if name in names:
                inside = True
                rest = text[m.end():].strip()
                if rest:
                    out.append(rest)
                continue
            if inside and name in stops:
                break
        if inside:
            if text.upper().startswith("LAMPIRAN"):
                break
            if text:
                out.append(text)
    return out


def _items(lines: list[str], marker: re.Pattern) -> list[str]:
    """List items, each joined from the lines it wraps over, without their "a." / "1." / "KESATU :" label."""
    items: list[str] = []
    for text in lines:
        text = text.strip(" -–•*")
        m = marker.match(text)
        if m or not items:
            items.append(text[m.end():].strip(" :") if m else text)
        else:
            items[-1] = f"{items[-1]} {text}"
    return [" ".join(item.split()) for item in items if item.strip()]


def decree_texts(lines: list[str]) -> dict:
    """Menimbang, mengingat and the diktum, kept as the decree words them (one item each)."""
    menimbang = _items(_clause_lines(lines, ("menimbang",), ("mengingat", "memperhatikan", "memutuskan", "menetapkan",
                                                               "ditetapkan")), _ITEM)
    mengingat = _items(_clause_lines(lines, ("mengingat",), ("memperhatikan", "memutuskan", "menetapkan",
                                                               "ditetapkan")), _ITEM)
    diktum = [t for t in _items(_clause_lines(lines, ("memutuskan",), ("ditetapkan",)), _DIKTUM)
              if not re.fullmatch(r"(?i)menetapkan\W*", t)]
    if diktum and re.match(r"(?i)menetapkan\b", diktum[0]) and len(diktum) > 1:
        diktum = diktum[1:]  # "Menetapkan : KEPUTUSAN … TENTANG …" names the decree, it is not a diktum
    return {"menimbang": menimbang, "mengingat": mengingat, "diktum": diktum}


def read_header(text_lines: list[TextLine], *, has_positions: bool) -> tuple[dict, list[dict]]:
    """The ``document`` object of the catalog and the warnings about it."""
    lines = [clean_text(t.text) for t in text_lines]
    stop = next((i for i, t in enumerate(lines) if re.match(r"^\W*(Menimbang|Mengingat)\b", t, re.I)),
                min(len(lines), 60))
    title = [t for t in lines[:stop] if t]
    warnings: list[dict] = []

    nomor, nomor_where = None, None
    for i, t in enumerate(lines[:stop]):
        m = _NOMOR.match(t)
        if m:
            nomor, nomor_where = re.sub(r"\bTAHUN\b", "Tahun", m.group(1).strip()), text_lines[i].where
            break
    tahun = None
    for source in ([nomor] if nomor else []) + [" ".join(title)]:
        m = re.search(r"\bTahun\s+((?:19|20)\d\d)\b", source, re.IGNORECASE) or \
            re.search(r"((?:19|20)\d\d)\s*$", source)
        if m:
            tahun = int(m.group(1))
            break

    document = {
        "pemda": _pemda(title, lines), "perangkat_daerah": _agency(title), "nomor": nomor,
        "tahun": tahun, "jenis": _jenis(title, has_positions), "ditetapkan_di": None, "tanggal": None,
        "penandatangan": None, "nip": None,
    }
    k = next((i for i, t in enumerate(lines) if re.search(r"\bDitetapkan\s+di\b", t, re.I)), None)
    if k is not None:
        document["ditetapkan_di"] = _value_after_colon(lines, k) or _value_after_label(lines[k])
        date_at = None
        for j in range(k, min(len(lines), k + 12)):
            found = iso_date(lines[j])
            if found:
                document["tanggal"], date_at = found, j
                break
        nip_at = None
        for j in range(k, min(len(lines), k + 25)):
            m = _NIP.search(lines[j])
            if m:
                document["nip"], nip_at = " ".join(m.group(1).split()), j
                break
        document["penandatangan"] = _signer(lines, (date_at if date_at is not None else k) + 1, nip_at)
        document["pangkat"] = _rank(lines, (date_at if date_at is not None else k) + 1, nip_at)
        where = text_lines[k].where
        if document["tanggal"] and not re.match(r"\d{4}-\d\d-\d\d$", document["tanggal"]):
            warnings.append(where.warning("tanggal penetapan tanpa hari; disimpan seperti tertulis"))
        if document["nip"] is None:
            warnings.append(where.warning("NIP penandatangan tidak ditemukan"))
        if document["penandatangan"] is None:
            warnings.append(where.warning("nama penandatangan tidak ditemukan"))
    document["tentang"] = _tentang(lines)
    document.update(decree_texts(lines))
    document.setdefault("pangkat", None)
    if document["tahun"] is None and document["tanggal"]:
        m = re.search(r"(\d{4})", document["tanggal"])
        document["tahun"] = int(m.group(1)) if m else None
    if nomor and nomor_where is not None and re.search(r"/\s+/", nomor):
        warnings.append(nomor_where.warning(f"nomor keputusan tidak lengkap (nomor urut kosong: '{nomor}')"))
    return document, warnings

"""What every zoo layout shares: the decree's title block, its signature, the table's columns and the
order of its sections (an IKU table first, then one section per jabatan)."""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
SUBJECT = {"IKU": "INDIKATOR KINERJA UTAMA", "IKI": "INDIKATOR KINERJA INDIVIDU",
           "IKU+IKI": "INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU"}


@dataclass(frozen=True)
class Column:
    title: str
    field: str   # a catalog row field, or "no" for the row number


def long_date(value: str | None) -> str:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}" if m else (value or "")


def title_block(catalog: dict) -> list[str]:
    doc = catalog["document"]
    agency = (doc.get("perangkat_daerah") or "").upper()
    lines = [f"PEMERINTAH {(doc.get('pemda') or '').upper()}", agency, "",
             f"KEPUTUSAN KEPALA {agency}", f"NOMOR {doc.get('nomor') or ''}", "", "TENTANG",
             (doc.get("tentang") or SUBJECT[doc.get("jenis") or "IKU"]).upper(), "", f"KEPALA {agency},", ""]
    menimbang = doc.get("menimbang") or ["a. bahwa indikator kinerja perlu ditetapkan;"]
    mengingat = doc.get("mengingat") or ["1. Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP;"]
    lines += [f"Menimbang : {menimbang[0]}", *menimbang[1:], f"Mengingat : {mengingat[0]}", *mengingat[1:], "",
              "MEMUTUSKAN", "Menetapkan :"]
    lines += doc.get("diktum") or ["KESATU : Indikator kinerja sebagaimana tercantum dalam Lampiran."]
    lines += ["", f"Ditetapkan di : {doc.get('ditetapkan_di') or ''}", f"Pada tanggal : {long_date(doc.get('tanggal'))}",
              "", f"KEPALA {agency}", "", doc.get("penandatangan") or "", doc.get("pangkat") or "Pembina"]
    if doc.get("nip"):
        lines.append(f"NIP. {doc['nip']}")
    lines += ["", f"LAMPIRAN KEPUTUSAN KEPALA {agency}", f"NOMOR {doc.get('nomor') or ''}", ""]
    return lines


def sections(catalog: dict) -> list[tuple[dict | None, list[dict]]]:
    """``(None, iku rows)`` first when there are any, then ``(position, its rows)`` in document order."""
    rows = catalog["indicators"]
    out: list[tuple[dict | None, list[dict]]] = []
    iku = [r for r in rows if not r.get("jabatan")]
    if iku:
        out.append((None, iku))
    known = {p["jabatan"]: p for p in catalog.get("positions") or []}
    order: list[str] = []
    for r in rows:
        if r.get("jabatan") and r["jabatan"] not in order:
            order.append(r["jabatan"])
    for name in order:
        position = known.get(name) or {"jabatan": name, "unit": None, "tugas": [], "fungsi": []}
        out.append((position, [r for r in rows if r.get("jabatan") == name]))
    return out


def cell(row: dict, column: Column, number: int) -> str:
    if column.field == "no":
        return str(number)
    return " ".join(str(row.get(column.field) or "").split())


def merged_sasaran(rows: list[dict]) -> list[bool]:
    """Whether each row's sasaran repeats the row above (printed as a merged, blank cell)."""
    return [i > 0 and bool(r.get("sasaran")) and r.get("sasaran") == rows[i - 1].get("sasaran")
            for i, r in enumerate(rows)]


def expected(catalog: dict, fields: set[str]) -> dict:
    """The catalog a reading of the rendered layout should give: fields the layout does not print are null."""
    out = {**catalog, "indicators": []}
    for row in catalog["indicators"]:
        out["indicators"].append({k: (v if k not in ROW_TEXT or k in fields else None) for k, v in row.items()})
    return out


ROW_TEXT = ("jabatan", "sasaran", "indikator", "definisi", "formula_text", "penanggung_jawab", "sumber_data")

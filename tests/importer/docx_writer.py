"""Test helper: a catalog written as a plain .docx decree (header, jabatan sections, one table each).

Not the official layout (the documents package makes that); just enough structure for the
importer to read the catalog back, which is what the round-trip test checks.
"""
from __future__ import annotations

import io
import re

import docx

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
COLUMNS = [("SASARAN", "sasaran"), ("INDIKATOR KINERJA", "indikator"), ("DEFINISI OPERASIONAL", "definisi"),
           ("FORMULASI PERHITUNGAN", "formula_text"), ("SATUAN", "satuan"), ("PENANGGUNG JAWAB", "penanggung_jawab"),
           ("SUMBER DATA", "sumber_data")]
SUBJECT = {"IKU": "INDIKATOR KINERJA UTAMA", "IKI": "INDIKATOR KINERJA INDIVIDU",
           "IKU+IKI": "INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU"}


def _date(value: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}" if m else (value or "")


def _table(document, rows: list[dict]) -> None:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    for cell, (title, _) in zip(table.rows[0].cells, COLUMNS):
        cell.text = title
    for row in rows:
        cells = table.add_row().cells
        for cell, (_, key) in zip(cells, COLUMNS):
            cell.text = row.get(key) or ""


def catalog_to_docx(catalog: dict) -> bytes:
    doc = catalog["document"]
    document = docx.Document()
    add = document.add_paragraph
    if doc.get("pemda"):
        add(f"PEMERINTAH {doc['pemda'].upper()}")
    agency = (doc.get("perangkat_daerah") or "").upper()
    if agency:
        add(agency)
    add(f"KEPUTUSAN KEPALA {agency}".strip())
    if doc.get("nomor"):
        add(f"NOMOR {doc['nomor']}")
    add("TENTANG")
    add(doc.get("tentang") or SUBJECT.get(doc.get("jenis") or "IKU", SUBJECT["IKU"]))
    if doc.get("tahun") and not doc.get("tentang"):
        add(f"TAHUN {doc['tahun']}")
    for label, key, marks in (("Menimbang", "menimbang", "abcdefghijklmnopqrstuvwxyz"), ("Mengingat", "mengingat", None)):
        for i, item in enumerate(doc.get(key) or ["bahwa indikator kinerja perlu ditetapkan."]):
            mark = marks[i] if marks else str(i + 1)
            add(f"{label + ' : ' if i == 0 else ''}{mark}. {item}")
    add("MEMUTUSKAN")
    for label, item in zip(("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM"), doc.get("diktum") or []):
        add(f"{label} : {item}")
    add(f"Ditetapkan di : {doc.get('ditetapkan_di') or ''}")
    add(f"Pada tanggal : {_date(doc.get('tanggal'))}")
    add("KEPALA DINAS")
    if doc.get("penandatangan"):
        add(doc["penandatangan"])
    if doc.get("pangkat"):
        add(doc["pangkat"])
    if doc.get("nip"):
        add(f"NIP. {doc['nip']}")
    rows = catalog["indicators"]
    loose = [r for r in rows if r.get("jabatan") is None]
    if loose:
        add(SUBJECT["IKU"])
        _table(document, loose)
    for position in catalog["positions"]:
        add("INDIKATOR KINERJA INDIVIDU")
        add(f"1. JABATAN : {position['jabatan']}")
        add("2. TUGAS :" if position["tugas"] else "2. TUGAS : -")
        for item in position["tugas"]:
            add(f"- {item}")
        add("3. FUNGSI :" if position["fungsi"] else "3. FUNGSI : -")
        for item in position["fungsi"]:
            add(f"- {item}")
        own = [r for r in rows if r.get("jabatan") == position["jabatan"]]
        if own:
            _table(document, own)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

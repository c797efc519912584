"""The Keputusan Kepala Dinas tentang IKU / IKI, with its Lampiran, built from a catalog dict.

The layout follows the signed decrees in ``shared/seeds``: kop surat, KEPUTUSAN … NOMOR … TENTANG …,
Menimbang / Mengingat / MEMUTUSKAN, the signature ("Ditetapkan di", "Pada Tanggal", NIP), then a
landscape Lampiran: one table for the agency's IKU, one section per jabatan (JABATAN, TUGAS, FUNGSI,
table) for IKI. Staying close to that shape is what lets the importer read our own output back.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kinerja.documents.content import Clause, Column, Document, Fields, Kop, Paragraph, Section, Signature, Spacer, Table
from kinerja.documents.errors import DocumentError
from kinerja.documents.formula_text import formula_cell
from kinerja.documents.model import AgencyInfo, DecreeTexts, Signatory
from kinerja.documents.wording import tanggal

JENIS_TITLES = {
    "IKU": "Indikator Kinerja Utama",
    "IKI": "Indikator Kinerja Individu",
    "IKU+IKI": "Indikator Kinerja Utama dan Indikator Kinerja Individu",
}
TEXT_FIELDS = ("jabatan", "sasaran", "indikator", "definisi", "formula_text", "penanggung_jawab",
               "sumber_data", "satuan")
DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
          "KESEMBILAN", "KESEPULUH")
LAMPIRAN_COLUMNS = [
    Column("SASARAN KINERJA", 2.2), Column("INDIKATOR KINERJA", 2.2), Column("DEFINISI OPERASIONAL", 2.8),
    Column("FORMULASI PERHITUNGAN", 3.0), Column("PENANGGUNG JAWAB", 1.5), Column("SUMBER DATA", 1.6),
]
DEFAULT_MENGINGAT = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, "
    "terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti "
    "Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;",
    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum "
    "Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
    "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja "
    "Instansi Pemerintah;",
    "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
    "Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana "
    "Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara "
    "Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan "
    "Rencana Kerja Pemerintah Daerah.",
]


def _header(catalog: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(catalog, Mapping) or not isinstance(catalog.get("document"), Mapping):
        raise DocumentError("Katalog tidak memuat bagian 'document'", "The catalog has no 'document' part")
    if not isinstance(catalog.get("indicators"), list):
        raise DocumentError("Katalog tidak memuat daftar 'indicators'", "The catalog has no 'indicators' list")
    doc = dict(catalog["document"])
    for key in ("pemda", "perangkat_daerah"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            raise DocumentError(f"Katalog tidak menyebut '{key}'", f"The catalog does not give '{key}'",
                                where="document")
    jenis = doc.get("jenis") or ("IKI" if catalog.get("positions") else "IKU")
    if jenis not in JENIS_TITLES:
        raise DocumentError(f"Jenis keputusan '{jenis}' tidak dikenal (IKU, IKI atau IKU+IKI)",
                            f"Unknown decree kind '{jenis}' (IKU, IKI or IKU+IKI)", where="document.jenis")
    doc["jenis"] = jenis
    for i, row in enumerate(catalog["indicators"]):
        if not isinstance(row, Mapping):
            raise DocumentError("Baris indikator harus berupa objek", "An indicator row must be an object",
                                where=f"indicators[{i}]")
        for key in TEXT_FIELDS:
            if row.get(key) is not None and not isinstance(row[key], str):
                raise DocumentError(f"'{key}' harus berupa teks", f"'{key}' must be text",
                                    where=f"indicators[{i}].{key}")
    return doc


def _issuer(doc: Mapping[str, Any]) -> str:
    """"Kepala Dinas Tenaga Kerja dan Transmigrasi Kabupaten Banjar"."""
    return f"Kepala {doc['perangkat_daerah']} {doc['pemda']}"


def _own(doc: Mapping[str, Any], key: str) -> list[str]:
    items = doc.get(key)
    return [t for t in items if isinstance(t, str) and t.strip()] if isinstance(items, list) else []


def decree_defaults(catalog: Mapping[str, Any]) -> DecreeTexts:
    """The decree's own Menimbang / Mengingat / diktum where its catalog keeps them (an imported decree),
    sensible ones for the rest, for the planner to edit."""
    texts = _generic_texts(catalog)
    doc = catalog["document"]
    tentang = doc.get("tentang") if isinstance(doc.get("tentang"), str) and doc["tentang"].strip() else None
    return DecreeTexts(tentang=tentang or texts.tentang, menimbang=_own(doc, "menimbang") or texts.menimbang,
                       mengingat=_own(doc, "mengingat") or texts.mengingat,
                       memutuskan=_own(doc, "diktum") or texts.memutuskan)


def _generic_texts(catalog: Mapping[str, Any]) -> DecreeTexts:
    doc = _header(catalog)
    what = JENIS_TITLES[doc["jenis"]]
    agency = f"{doc['perangkat_daerah']} {doc['pemda']}"
    tahun = f" Tahun {doc['tahun']}" if doc.get("tahun") else ""
    return DecreeTexts(
        tentang=f"{what} {agency}{tahun}".upper(),
        menimbang=[
            f"bahwa untuk mengukur kinerja di lingkungan {agency} diperlukan alat ukur berupa {what};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan "
            f"{_issuer(doc)} tentang {what} {agency}{tahun};",
        ],
        mengingat=list(DEFAULT_MENGINGAT),
        memutuskan=[
            f"{what} di lingkungan {agency} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
            "terpisahkan dari Keputusan ini.",
            f"{what} sebagaimana dimaksud dalam Diktum KESATU menjadi acuan dalam penyusunan Rencana Kinerja "
            "Tahunan, Perjanjian Kinerja, Laporan Kinerja Instansi Pemerintah serta evaluasi pencapaian "
            "kinerja.",
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ],
    )


def build_decree(catalog: Mapping[str, Any], *, agency: AgencyInfo | None = None,
                 signatory: Signatory | None = None, texts: DecreeTexts | None = None) -> Document:
    """The decree with its Lampiran. ``agency`` adds the address to the kop; ``signatory`` the rank."""
    doc = _header(catalog)
    texts = texts or decree_defaults(catalog)
    agency = agency or AgencyInfo(pemda=doc["pemda"], name=doc["perangkat_daerah"])
    issuer = _issuer(doc).upper()
    nomor = (doc.get("nomor") or "…………").upper()
    date_text = tanggal(doc.get("tanggal")) or "…………"
    signer = signatory or Signatory(name=doc.get("penandatangan") or "(…………………………)",
                                    jabatan=_issuer(doc), pangkat=doc.get("pangkat") or None, nip=doc.get("nip"))

    body: list = [Kop(agency), Spacer(6)]
    for line in (f"KEPUTUSAN {issuer}", f"NOMOR {nomor}", "TENTANG", texts.tentang.upper()):
        body.append(Paragraph(line, bold=True, align="center", space_after=2, keep_with_next=True))
    body += [Spacer(8), Paragraph(f"{issuer},", bold=True, align="center", space_after=8)]
    body.append(Clause("Menimbang", [(f"{chr(ord('a') + i)}.", t) for i, t in enumerate(texts.menimbang)]))
    body.append(Clause("Mengingat", [(f"{i + 1}.", t) for i, t in enumerate(texts.mengingat)]))
    body += [Spacer(4), Paragraph("MEMUTUSKAN:", bold=True, align="center", space_after=6, keep_with_next=True)]
    body.append(Clause("Menetapkan", [("", f"KEPUTUSAN {issuer} TENTANG {texts.tentang.upper()}.")]))
    for i, text in enumerate(texts.memutuskan):
        label = DIKTUM[i] if i < len(DIKTUM) else f"KE-{i + 1}"
        body.append(Clause(label, [("", text)]))
    place = doc.get("ditetapkan_di") or agency.city or "…………"
    body.append(Signature(signer, lines_before=[f"Ditetapkan di : {place}", f"Pada Tanggal : {date_text}"]))

    lampiran: list = [
        Fields([("LAMPIRAN", f"KEPUTUSAN {issuer}"), ("NOMOR", nomor), ("TANGGAL", date_text)], indent=14.0),
        Spacer(6),
    ]
    rows = catalog["indicators"]
    iku = [r for r in rows if not (r.get("jabatan") or "").strip()]
    if iku or doc["jenis"] == "IKU":
        lampiran.append(Paragraph(f"{JENIS_TITLES['IKU'].upper()}\n{doc['perangkat_daerah'].upper()} "
                                  f"{doc['pemda'].upper()}", bold=True, align="center", space_after=8,
                                  keep_with_next=True))
        lampiran.append(_lampiran_table(iku))
    for position, position_rows in _sections(catalog):
        lampiran += _position_blocks(position, position_rows)
    lampiran.append(Signature(signer))
    lampiran.append(_flat_table(rows))
    title = f"Keputusan {_issuer(doc)} Nomor {doc.get('nomor') or '-'}"
    return Document(title=title, sections=[Section(body), Section(lampiran, "landscape")])


def _row_cells(row: Mapping[str, Any]) -> list:
    return [row.get("sasaran"), row.get("indikator"), row.get("definisi"), formula_cell(row),
            row.get("penanggung_jawab"), row.get("sumber_data")]


def _lampiran_table(rows: list[Mapping[str, Any]]) -> Table:
    return Table(columns=LAMPIRAN_COLUMNS, rows=[_row_cells(r) for r in rows], merge_repeats=(0,),
                 formats=frozenset({"docx", "pdf"}))


def _flat_table(rows: list[Mapping[str, Any]]) -> Table:
    """Every row with its jabatan and satuan on one sheet: the .xlsx is for sorting, not for printing."""
    columns = [Column("NO", 0.4, "center"), Column("JABATAN", 1.6)] + LAMPIRAN_COLUMNS[:4] + \
        [Column("SATUAN", 0.8, "center")] + LAMPIRAN_COLUMNS[4:]
    data = []
    for i, r in enumerate(rows, start=1):
        cells = _row_cells(r)
        data.append([i, r.get("jabatan")] + cells[:4] + [r.get("satuan")] + cells[4:])
    return Table(columns=columns, rows=data, sheet="Lampiran", formats=frozenset({"xlsx"}))


def _sections(catalog: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], list[Mapping[str, Any]]]]:
    """Jabatan sections in document order: the listed positions, then any jabatan only the rows name."""
    positions = [p for p in (catalog.get("positions") or []) if isinstance(p, Mapping)
                 and isinstance(p.get("jabatan"), str) and p["jabatan"].strip()]
    by_name: dict[str, list] = {}
    for row in catalog["indicators"]:
        name = (row.get("jabatan") or "").strip()
        if name:
            by_name.setdefault(name.lower(), []).append(row)
    out = []
    seen = set()
    for p in positions:
        key = p["jabatan"].strip().lower()
        seen.add(key)
        out.append((p, by_name.get(key, [])))
    for key, rows in by_name.items():
        if key not in seen:
            out.append(({"jabatan": rows[0]["jabatan"], "tugas": [], "fungsi": []}, rows))
    return out


def _numbered(items: list[str] | None) -> list[tuple[str, str]]:
    items = [i for i in (items or []) if isinstance(i, str) and i.strip()]
    if not items:
        return [("", "-")]
    return [(f"{i + 1}.", text) for i, text in enumerate(items)]


def _position_blocks(position: Mapping[str, Any], rows: list[Mapping[str, Any]]) -> list:
    return [
        Spacer(6),
        Paragraph(JENIS_TITLES["IKI"].upper(), bold=True, align="center", space_after=6, keep_with_next=True),
        Clause("1. JABATAN", [("", position["jabatan"].upper())]),
        Clause("2. TUGAS", _numbered(position.get("tugas"))),
        Clause("3. FUNGSI", _numbered(position.get("fungsi"))),
        Spacer(4),
        _lampiran_table(rows),
    ]

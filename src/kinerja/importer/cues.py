"""What a cell's words say about the column it belongs to, when no header says so.

Decrees follow a family of habits: a sasaran is a state ("Meningkatnya …", "Terwujudnya …"), an
indicator a measure ("Persentase …", "Jumlah …", "Indeks …"), a formula has an operator or restates a
count, a responsible is a position ("Kepala Seksi …"), a data source a document or system ("Laporan …",
"Data …", "Aplikasi …"), a unit of measure one or two words. Each rule gives a score in 0..1; the table
readers combine them, never trust one alone, and flag every row read this way.
"""
from __future__ import annotations

import re

_STATE = re.compile(r"^\W*(?:Me?ningkat\w*|Ter\w+nya|Ber\w+nya|Menurun\w*|Tercapai\w*|Terwujud\w*|Tersedia\w*|"
                    r"Terlaksana\w*|Optimal\w*|Mewujudkan|Peningkatan|Terselenggara\w*|Terpenuhi\w*|Terjamin\w*|"
                    r"Terkendali\w*|Efektif\w*|Akuntabel\w*|Penurunan|Pengurangan)\b", re.IGNORECASE)
_ACTIVITY = re.compile(r"^\W*(?:Pe\w+an|Me[mn]\w+|Ke\w+an|Fasilitasi|Koordinasi|Pembinan)\b")
_MEASURE = re.compile(r"^\W*(?:Persentase|Prosentase|Presentase|Persen|Jumlah|Indeks|Index|Nilai|Tingkat|Rasio|"
                      r"Angka|Cakupan|Capaian|Rata-?rata|Proporsi|Laju|Skor|Predikat|Opini|Banyaknya|Kadar|Luas|"
                      r"Panjang|Pertumbuhan|Produktivitas|Kontribusi|Realisasi|Tersusunnya|Terlaksananya|"
                      r"Tersedianya|Ketersediaan|Kepuasan|%)\b", re.IGNORECASE)
_OPERATOR = re.compile(r"[=/:×÷]|\bx\s*100|\bX\s*100|\bdibagi\b|\bdikurangi\b|\bdikali\b|100\s*%|\\frac|Σ",
                       re.IGNORECASE)
_CONSTANT = re.compile(r"^\s*[\d.,]+\s*(?:%|[A-Za-z]+)\s*$")
# a person's position (who answers for the indicator) and an organisation (where its data come from)
_POSITION = re.compile(r"^\W*(?:Kepala|Kelapa|Kasi|Kasie|Kabid|Kasubbag|Kasubag|Kabag|Sekretaris|Sekdin|Kadis|"
                       r"Ka\.|Plt\.?|Pejabat|Pengelola|Analis|Staf|Penyusun|Pengadministrasi|Bendahara)\b",
                       re.IGNORECASE)
_ORGANISATION = re.compile(r"^\W*(?:Subbag|Sub\s*Bagian|Bidang|Seksi|UPT\w*|Bagian|Sekretariat|Dinas|Badan|Kantor)\b",
                           re.IGNORECASE)
_SOURCE = re.compile(r"^\W*(?:Laporan|Data|Dokumen|BPS|Badan\s+Pusat|Aplikasi|Sistem|SI[A-Z]\w*|Hasil|Rekap\w*|"
                     r"Buku|Register|Online|Survei|Survey|Catatan|Database|Website|Sakernas|Susenas|LKjIP|LAKIP|"
                     r"Renstra|Renja|DPA|SK\b|Berita\s+Acara|Daftar|Kartu|Arsip|Notulen|Absensi)\b", re.IGNORECASE)
_SATUAN = {"%", "persen", "orang", "dokumen", "unit", "paket", "perusahaan", "lembaga", "kegiatan", "laporan",
           "indeks", "nilai", "kali", "kasus", "desa", "sekolah", "kk", "jiwa", "rupiah", "rp", "hari", "jam",
           "bulan", "tahun", "aplikasi", "kelompok", "koperasi", "ikm", "umkm", "buah", "titik", "ton", "ha",
           "km", "m", "meter", "aduan", "rumah tangga", "predikat", "opini", "skor", "poin", "level", "sistem",
           "keluarga", "pasar", "produk", "sertifikat", "izin", "berkas", "data", "kawasan", "gedung"}
_DEFINING = re.compile(r"\b(?:adalah|merupakan|yaitu|yakni|dimaksud|didefinisikan|diartikan|menggambarkan|"
                       r"mengukur)\b", re.IGNORECASE)


def _words(text: str) -> int:
    return len(text.split())


def score(field: str, text: str) -> float:
    """How well ``text`` fits a column holding ``field`` (0..1); an empty text scores 0."""
    text = text.strip()
    if not text:
        return 0.0
    n = _words(text)
    if field == "number":
        return 1.0 if re.fullmatch(r"\(?\d{1,3}[.)]?|[a-z][.)]", text) else 0.0
    if field == "sasaran":
        if _STATE.match(text):
            return 0.9
        return 0.5 if _ACTIVITY.match(text) and not _MEASURE.match(text) else (0.15 if n >= 3 and text[:1].isupper() else 0.0)
    if field == "indikator":
        return 0.9 if _MEASURE.match(text) else (0.2 if n >= 2 and text[:1].isupper() else 0.0)
    if field == "formula_text":
        if _OPERATOR.search(text):
            return 0.9
        if _CONSTANT.match(text):
            return 0.6
        return 0.4 if _MEASURE.match(text) else 0.05
    if field == "satuan":
        return 1.0 if text.lower() in _SATUAN and n <= 2 else 0.0
    if field == "penanggung_jawab":
        if n > 12:
            return 0.0
        return 0.85 if _POSITION.match(text) else (0.35 if _ORGANISATION.match(text) else 0.0)
    if field == "sumber_data":
        if _SOURCE.match(text):
            return 0.85
        return 0.45 if _ORGANISATION.match(text) else (0.2 if _POSITION.match(text) else 0.0)
    if field == "definisi":
        if n >= 6 and _DEFINING.search(text):
            return 0.9
        return 0.3 if n >= 10 else 0.0
    return 0.0


FIELDS = ("number", "sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab", "sumber_data")


_ORDER = ("sasaran", "indikator", "definisi", "formula_text")


def guess_columns(rows: list[list[str]]) -> tuple[dict[str, int], float] | None:
    """The columns of a table without a header, judged by the cells' content, and how sure the guess is
    (the sum of each chosen column's average score); ``None`` when no column reads as the indicator."""
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        return None
    pairs = []
    for c in range(width):
        cells = [r[c] for r in rows if c < len(r) and r[c].strip()]
        if not cells:
            continue
        for field in FIELDS:
            average = sum(score(field, t) for t in cells) / len(cells)
            pairs.append((average, -c, field, c))
    pairs.sort(reverse=True)
    columns: dict[str, int] = {}
    used: set[int] = set()
    total = 0.0
    for average, _, field, c in pairs:
        if average < 0.3 or field in columns or c in used:
            continue
        columns[field] = c
        used.add(c)
        total += average
    if "indikator" not in columns:
        return None
    # decrees keep sasaran, indikator, definisi and formula in this order: a guess that crosses them is
    # put back in order (the cells' words were ambiguous, their places are not)
    named = [f for f in _ORDER if f in columns]
    places = sorted(columns[f] for f in named)
    columns.update(dict(zip(named, places)))
    return columns, total

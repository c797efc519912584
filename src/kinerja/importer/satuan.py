"""The unit of measure an indicator row implies, when the formula engine does not say.

It follows the formula's result: a percent ratio or growth is ``%``, an index is ``indeks``, a
fixed target keeps its own unit ("1 Unit" → ``unit``); a count takes the counted noun
("Jumlah Tenaga Kerja …" → ``orang``, "Jumlah Paket …" → ``paket``).
"""
from __future__ import annotations

import re

_PERCENT_NAME = re.compile(r"^\W*(persentase|prosentase|presentase|persen|%)", re.IGNORECASE)
_PERCENT_FORMULA = re.compile(r"[x×*]\s*100\s*%?|100\s*%", re.IGNORECASE)
_INDEX_NAME = re.compile(r"^\W*(indeks|index|nilai|skor)\b", re.IGNORECASE)
_CONSTANT = re.compile(r"^\s*[\d.,]+\s*(%|[A-Za-z]+)\s*$")
_PEOPLE = {"pns", "asn", "orang", "peserta", "pegawai", "tenaga", "pencari", "penduduk", "masyarakat",
           "pekerja", "siswa", "calon", "transmigran", "pengurus", "lulusan", "disabilitas", "cpmi", "pmi",
           "tka", "sdm", "karyawan", "guru", "petugas", "aparatur", "pelaku", "wirausaha", "penerima"}
_UNITS = {"dokumen", "laporan", "unit", "paket", "perusahaan", "lembaga", "kasus", "surat", "kegiatan", "ruangan",
          "kecamatan", "koperasi", "berkas", "izin", "aplikasi", "organisasi", "desa", "kawasan", "produk",
          "sertifikat", "stand", "pasar", "kendaraan", "gedung", "lowongan", "kesepakatan", "ikm", "umkm", "data"}
_FILLER = {"seluruh", "total", "angka", "yang", "para", "nilai", "realisasi", "target", "dan", "atau", "data",
           "sumber", "daya", "satuan", "sarana", "prasarana"}
_NOMINAL = re.compile(r"^(pe|ke)[a-z]{3,}an$")


def _counted(text: str) -> str | None:
    """The unit a "Jumlah …" phrase counts: a person word → ``orang``, else a known unit noun."""
    m = re.search(r"\bjumlah\s+(.+)", text, re.IGNORECASE)
    if not m:
        return None
    words = re.findall(r"[a-z]+", m.group(1).lower())[:8]
    for word in words:
        if word in _PEOPLE:
            return "orang"
        if word == "kepala" and "keluarga" in words:
            return "KK"
        if word in _UNITS and word not in ("data",):
            return word
    content = [w for w in words if w not in _FILLER and not _NOMINAL.match(w)]
    return content[0] if content else None


def satuan_for(indikator: str | None, formula_text: str | None, formula: dict) -> str | None:
    if formula.get("satuan"):
        return formula["satuan"]
    kind = formula.get("kind")
    if kind in ("ratio_percent", "growth_percent"):
        return "%"
    if kind == "weighted_index":
        return "indeks"
    if kind == "constant_target" and formula_text:
        m = _CONSTANT.match(formula_text)
        if m:
            return "%" if m.group(1) == "%" else m.group(1).lower()
    name = indikator or ""
    if kind == "count":
        return _counted(formula_text or "") or _counted(name)
    if _PERCENT_NAME.match(name) or (formula_text and _PERCENT_FORMULA.search(formula_text)):
        return "%"
    if _INDEX_NAME.match(name):
        return "indeks"
    return _counted(formula_text or "") or _counted(name)

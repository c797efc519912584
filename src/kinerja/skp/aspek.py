"""Which aspek (kuantitas / kualitas / waktu / biaya) an indicator measures: a proposal with its reason.

e-Kinerja asks each SKP row for the aspect its indicator measures. Decrees never say it, but the
indicator does: its wording first ("tepat waktu" is about time, "anggaran" about cost, whatever the
formula), then the kind of its formula (a count is a quantity; a percentage, an index, an average
score is a quality), then the first word of its name. Always one of the four, always with the reason,
and always the person's to change: the saved choice wins over the proposal (kinerja.skp.rows).
"""
from __future__ import annotations

import re

from kinerja.skp.model import Text

_TIME_WORDS = re.compile(
    r"\b(?:tepat\s+waktu|ketepatan\s+waktu|waktu\s+(?:penyelesaian|pelayanan|layanan|proses|tunggu|tanggap)|"
    r"lama(?:nya)?\s+(?:waktu|penyelesaian|proses|pelayanan)|jangka\s+waktu|durasi|batas\s+waktu)\b", re.I)
_TIME_UNITS = {"hari", "hari kerja", "minggu", "bulan", "jam", "menit", "detik", "triwulan", "semester"}
_COST_WORDS = re.compile(
    r"\b(?:anggaran|biaya|efisiensi|belanja|pagu|serapan|penghematan|harga\s+satuan|pembiayaan)\b", re.I)
_QUALITY_START = re.compile(
    r"^\s*(?:persentase|prosentase|presentase|persen|indeks|index|nilai|skor|tingkat|rasio|derajat|proporsi|"
    r"predikat|opini|kategori|kualitas|mutu|capaian|akurasi)\b", re.I)
_QUANTITY_START = re.compile(r"^\s*(?:jumlah|banyaknya|total|dokumen|laporan|terlaksananya|tersusunnya)\b", re.I)
_AVERAGE_OF_COUNT = re.compile(r"^\s*rata[- ]?rata\s+(?:jumlah|banyaknya)\b", re.I)

_KIND_ASPEK = {
    "count": "kuantitas", "difference": "kuantitas", "growth_percent": "kuantitas",
    "ratio_percent": "kualitas", "ratio": "kualitas", "weighted_index": "kualitas",
}
_KIND_NAMES = {
    "count": ("jumlah", "a count"), "difference": ("selisih", "a difference"),
    "growth_percent": ("pertumbuhan", "a growth rate"), "ratio_percent": ("persentase", "a percentage"),
    "ratio": ("rasio", "a ratio"), "weighted_index": ("indeks tertimbang", "a weighted index"),
    "average": ("rata-rata", "an average"), "constant_target": ("target tetap", "a fixed target"),
}


def propose_aspek(name: str, satuan: str = "", formula_kind: str | None = None,
                  formula_text: str = "") -> tuple[str, Text]:
    """(aspek, why) for an indicator; total: any input gives one of :data:`kinerja.skp.model.ASPEK`."""
    name = name or ""
    unit = " ".join((satuan or "").lower().split())
    if match := _TIME_WORDS.search(name):
        return "waktu", Text(f"nama indikator menyebut '{match.group(0)}'",
                             f"the indicator's name says '{match.group(0)}'")
    if unit in _TIME_UNITS:
        return "waktu", Text(f"satuannya '{satuan}', satuan waktu", f"its unit '{satuan}' is a unit of time")
    if match := _COST_WORDS.search(name) or _COST_WORDS.search(formula_text or ""):
        return "biaya", Text(f"indikator menyebut '{match.group(0)}'", f"the indicator mentions '{match.group(0)}'")
    if formula_kind in _KIND_ASPEK:
        kind_id, kind_en = _KIND_NAMES[formula_kind]
        aspek = _KIND_ASPEK[formula_kind]
        return aspek, Text(f"formulanya {kind_id}", f"its formula is {kind_en}")
    if formula_kind == "average":
        if _AVERAGE_OF_COUNT.match(name):
            return "kuantitas", Text("formulanya rata-rata sebuah jumlah", "its formula averages a count")
        return "kualitas", Text("formulanya rata-rata sebuah nilai", "its formula averages a score")
    if formula_kind == "constant_target" and unit not in ("%", "persen"):
        return "kuantitas", Text(f"targetnya keluaran tetap dalam '{satuan or '-'}'",
                                 f"its target is a fixed output in '{satuan or '-'}'")
    if unit in ("%", "persen") or _QUALITY_START.match(name):
        return "kualitas", Text("indikatornya persentase, nilai atau indeks", "the indicator is a percentage, "
                                "score or index")
    if _QUANTITY_START.match(name):
        return "kuantitas", Text("nama indikator dimulai dengan sebuah jumlah", "the indicator's name starts "
                                 "with a count")
    return "kuantitas", Text("tidak ada petunjuk lain; keluaran dihitung sebagai kuantitas",
                             "no other clue; an output is taken as a quantity")

"""The kind of a formula, read from the structure of its expression (not from the indicator's name)."""
from __future__ import annotations

import re
from typing import Protocol

from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Num, Var, walk

# A lone phrase that starts with one of these names a measure, not a count: its formula is missing.
MEASURE_WORDS = re.compile(r"^\s*(?:persentase|prosentase|presentase|persen|nilai|indeks|index|rasio|"
                           r"tingkat|angka|skor|rata-rata|capaian|derajat|proporsi|cakupan|laju|pertumbuhan|predikat|peringkat|"
                           r"kategori|status|opini)", re.I)
COUNT_WORDS = re.compile(r"^\s*(?:jumlah|banyaknya|total)\b", re.I)
# Heads of the things SAKIP output indicators count: a phrase without "Jumlah" that starts with one of
# these is still plainly a count ("Dokumen Renja yang tersusun").
_COUNTABLE_HEADS = frozenset("""
    dokumen laporan data lembaga unit paket orang kegiatan desa kelurahan sekolah kelompok peserta perusahaan
    koperasi penduduk pegawai asn pns sarana prasarana kendaraan buku arsip produk aplikasi sistem kebijakan
    peraturan perda perbup rekomendasi usulan izin sertifikat kasus perkara pengaduan aduan event kali rumah
    keluarga kk pasien balita bayi anak siswa guru petani nelayan pelaku umkm ikm wisatawan pengunjung titik
    ruas jembatan bidang hektar ha km ton berkas surat naskah kajian rancangan regulasi modul fasilitas
""".split())


class Warner(Protocol):
    def warn(self, penalty: float, message_id: str, message_en: str, words: str = "") -> None: ...


def classify(expr: Expr, phrases: dict[str, str], warner: Warner, *, ratio_named: bool = False) -> tuple[Expr, str]:
    """(expression, kind); may add the "× 100" a percentage left implicit, with a warning — unless the text
    names a ratio ("Perbandingan antara A dengan B", ``ratio_named``)."""
    if _is_ratio_growth(expr):
        return expr, "growth_percent"  # A / A[n-1] x 100% - 100%
    core, percent = _unscale(expr)
    if isinstance(core, Agg) and core.func in ("mean", "sum") and not percent:
        return expr, "average"
    if isinstance(core, Agg) and core.func == "cumsum" and not percent:
        return expr, "count"
    if isinstance(core, Var):
        phrase = phrases.get(core.name, "")
        if percent:
            warner.warn(0.35, f"persentase dari satu besaran saja ('{phrase}'): pembaginya tidak tertulis",
                        f"a percentage of one quantity only ('{phrase}'): the denominator is not written", phrase)
            return expr, "other"
        if MEASURE_WORDS.match(phrase) and not COUNT_WORDS.match(phrase):
            word = phrase.split()[0] if phrase.split() else phrase
            warner.warn(0.35, f"formula hanya menyebut nama ukuran ('{word} …'); cara menghitungnya tidak diberikan",
                        f"the formula only names the measure ('{word} …'); how to compute it is not given", word)
            return expr, "other"
        if not COUNT_WORDS.match(phrase):
            head = phrase.split()[0].lower() if phrase.split() else ""
            if head not in _COUNTABLE_HEADS:
                warner.warn(0.35, f"tanpa kata 'Jumlah': '{phrase}' dibaca sebagai cacah, mungkin bukan besaran",
                            f"no 'Jumlah' (number of): '{phrase}' was read as a count; it may not be a quantity",
                            phrase)
        return expr, "count"
    if isinstance(core, BinOp) and core.op == "*" and isinstance(core.right, Num) and _has_division(core.left) \
            and not percent:
        return expr, "ratio"  # "A / B x 1.000": per mille, per 100.000 penduduk
    if isinstance(core, BinOp) and core.op == "/":
        if _is_growth(core):
            return expr, "growth_percent" if percent else "ratio"
        if percent:
            return expr, "ratio_percent"
        if not ratio_named and _plain_proportion(core, phrases):
            warner.warn(0.3, "tanpa 'x 100%': perbandingan dua jumlah dianggap persentase",
                        "no 'x 100%': a ratio of two counts was taken as a percentage")
            return BinOp("*", expr, Num(100.0)), "ratio_percent"
        return expr, "ratio"
    if percent or _has_division(core):
        warner.warn(0.35, "susunan rumus tidak dikenali sebagai persentase, rasio, selisih atau jumlah",
                    "the formula's structure is not a recognised percentage, ratio, difference or sum")
        return expr, "other"
    terms = _terms(core)
    if isinstance(core, BinOp) and core.op == "-" and len(terms) == 2 and all(isinstance(t, Var) for t in
                                                                                [core.left, core.right]):
        return expr, "difference"
    if len(terms) >= 2 and all(_weighted(t) for t in terms):
        weights = sum(_weight(t) for t in terms)
        if abs(weights - 1) > 1e-6:
            warner.warn(0.2, f"jumlah bobot {weights:g}, bukan 1 (100%)",
                        f"the weights add up to {weights:g}, not 1 (100%)")
        return expr, "weighted_index"
    if len(terms) >= 2 and all(isinstance(t, (Var, Agg)) for t in terms) and _only_additions(core):
        return expr, "count"
    if isinstance(core, BinOp) and core.op == "-":
        return expr, "difference"
    warner.warn(0.35, "susunan rumus tidak dikenali sebagai persentase, rasio, selisih atau jumlah",
                "the formula's structure is not a recognised percentage, ratio, difference or sum")
    return expr, "other"


def _unscale(expr: Expr) -> tuple[Expr, bool]:
    if isinstance(expr, BinOp) and expr.op == "*" and isinstance(expr.right, Num) and expr.right.value == 100:
        return expr.left, True
    return expr, False


def _is_growth(division: BinOp) -> bool:
    top = division.left
    if not (isinstance(top, BinOp) and top.op == "-" and isinstance(top.left, Var) and isinstance(top.right, Var)):
        return False
    return (top.left.name == top.right.name and top.left.offset == 0 and top.right.offset == 1
            and isinstance(division.right, Var) and division.right.name == top.left.name)


def _is_ratio_growth(expr: Expr) -> bool:
    if not (isinstance(expr, BinOp) and expr.op == "-" and isinstance(expr.right, Num) and expr.right.value == 100):
        return False
    core, percent = _unscale(expr.left)
    return (percent and isinstance(core, BinOp) and core.op == "/" and isinstance(core.left, Var)
            and isinstance(core.right, Var) and core.left.name == core.right.name and core.left.offset == 0
            and core.right.offset == 1)


def _plain_proportion(division: BinOp, phrases: dict[str, str]) -> bool:
    """"Jumlah A dibagi (jumlah) B": one division of two quantities, the first a count."""
    if not (isinstance(division.left, Var) and isinstance(division.right, Var)):
        return False
    return bool(COUNT_WORDS.match(phrases.get(division.left.name, "")))


def _has_division(expr: Expr) -> bool:
    return any(isinstance(n, BinOp) and n.op == "/" for n in walk(expr))


def _terms(expr: Expr) -> list[Expr]:
    terms, stack = [], [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, BinOp) and node.op in "+-":
            stack.extend([node.right, node.left])
        else:
            terms.append(node)
    return terms


def _only_additions(expr: Expr) -> bool:
    return all(not (isinstance(n, BinOp) and n.op != "+") and not isinstance(n, Neg) for n in walk(expr))


def _weighted(term: Expr) -> bool:
    return (isinstance(term, BinOp) and term.op == "*"
            and ((isinstance(term.left, (Var, Agg)) and isinstance(term.right, Num))
                 or (isinstance(term.right, (Var, Agg)) and isinstance(term.left, Num))))


def _weight(term: Expr) -> float:
    if isinstance(term, BinOp):
        for side in (term.right, term.left):
            if isinstance(side, Num):
                return side.value
    return 0.0

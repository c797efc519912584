"""Cells that hold no formula: "Cukup jelas", "Dihitung oleh BPS", "Survey …", "Ket: …", "Lihat definisi", a
narrative of a composite index.

Read as prose, such a cell becomes a count of a variable named after the sentence — an invented quantity
that then gets targets and realisasi. So "no formula here" is a reading of its own (kind ``other``, no
variables, always flagged), decided by evidence: a cell that holds any arithmetic is never taken for one;
a stock phrase or a cell that opens by naming a source or a method is (sure); a sentence with a copula or a
"computed from" clause is (likely). Each verdict carries the words that decided it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Stock phrases that fill a formula cell on their own.
_STOCK = re.compile(r"(?:cukup\s+jelas|jelas|n\s*/\s*a|tidak\s+ada(?:\s+rumus)?|nihil|idem|sda|"
                    r"lihat\s+(?:definisi|penjelasan)(?:\s+operasional)?|sesuai\s+definisi(?:\s+operasional)?|"
                    r"tidak\s+dihitung|tidak\s+ada\s+formula)\W*", re.I)
_NO_WORDS = re.compile(r"[\s._-]*")  # "-", "…", "___": a cell left blank on purpose
# A cell that opens by naming where the figure comes from, or how it is obtained, instead of how it is
# computed. The words after the cue are kept as the evidence shown to the user.
_SOURCE_OPENING = re.compile(
    r"(?:cukup\s+jelas"
    r"|(?:data\s+|angka\s+)?(?:di\s?hitung|di\s?ukur|di\s?tetapkan|di\s?rilis)\s+(?:dan\s+\w+\s+)?oleh"
    r"|(?:data\s+)?(?:di\s?ambil|bersumber|berasal|diperoleh|didapat|dikutip)\s+dari"
    r"|data\s+(?:dari|bersumber|berasal|hasil|bps)|sumber(?:\s+data)?\s*:?|mengacu|merujuk"
    r"|(?:berdasarkan|sesuai)\s+(?:dengan\s+)?(?:data|hasil|rilis|survei|survey|publikasi|laporan|perhitungan"
    r"|penilaian|ketentuan|peraturan|pedoman|juknis|standar|definisi|permen\w*|perpres|bps)"
    r"|(?:nilai\s+|angka\s+)?(?:dari\s+)?hasil\s+(?:survei|survey|evaluasi|penilaian|pengukuran|pemeriksaan|audit"
    r"|perhitungan|pendataan|sensus|rilis|verifikasi)"
    r"|survei|survey|surve|sensus|opini|rilis|publikasi|lihat|self[\s-]+assessment|penilaian\s+mandiri"
    r"|(?:ket|keterangan|catatan)\s*\.?\s*:"
    r"|(?:bps|susenas|sakernas|podes)\b)", re.I)
# A sentence about the indicator rather than a formula of it.
_NARRATIVE = re.compile(
    r"\b(?:merupakan|adalah|ialah|indeks\s+komposit|terdiri\s+(?:dari|atas)|menggambarkan|mencerminkan"
    r"|(?:di\s?hitung|di\s?susun|di\s?ukur|diperoleh|didapat)\s+(?:dari|berdasarkan|melalui|menggunakan|dengan))\b",
    re.I)
_COUNT_OPENING = re.compile(r"(?:jumlah|banyaknya|total)\b", re.I)
# Signs of arithmetic: a cell with any of these is read as a formula, whatever else it says.
_ARITHMETIC = re.compile(r"[/÷=×*+]|\b(?:dibagi|dikali|dikurangi|ditambah)\b|(?<![^\W\d_])[xX]\s*\d"
                         r"|\d\s*[xX](?![^\W\d_])", re.I)
_EVIDENCE_WORDS = 8


@dataclass(frozen=True)
class Absence:
    """The verdict that a cell holds no formula, with the words that show it."""
    words: str
    sure: bool


def no_formula(text: str) -> Absence | None:
    """An :class:`Absence` when the (cleaned) cell says something other than how to compute the value."""
    stripped = text.strip()
    if _NO_WORDS.fullmatch(stripped):
        return Absence(stripped or text, True)
    if _STOCK.fullmatch(stripped):
        return Absence(stripped, True)
    if _ARITHMETIC.search(stripped):
        return None
    opening = _SOURCE_OPENING.match(stripped)
    if opening:
        return Absence(_evidence(stripped, opening.start()), True)
    narrative = _NARRATIVE.search(stripped)
    if narrative and not _COUNT_OPENING.match(stripped):
        return Absence(_evidence(stripped, narrative.start()), False)
    return None


def _evidence(text: str, start: int) -> str:
    words = text[start:].split()
    shown = " ".join(words[:_EVIDENCE_WORDS])
    return shown + (" …" if len(words) > _EVIDENCE_WORDS else "")

"""What an indicator name or a formula term says it counts: the measure, the thing, the conditions.

"Persentase Lembaga Pelatihan Kerja Swasta yang Dibina pada tahun n" reads as measure 'persentase',
thing 'lembaga pelatihan kerja swasta' (head 'lembaga'), condition 'dibina'. Comparing a name with its
formula is then comparing things with things and conditions with conditions, which is what an
evaluator does, instead of counting shared words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kinerja.review.text import MEASURE_WORDS, STOP_WORDS, fold, stem

# Words that open a measure and say nothing about the thing ("Persentase jumlah …", "Jumlah seluruh …").
_LEADING = frozenset(MEASURE_WORDS) | {"jumlah", "seluruh", "total", "semua", "keseluruhan", "data", "%"}
# Counting words that stand before the thing: "Jumlah Paket Mebel", "Jumlah Unit Kendaraan".
CLASSIFIERS = frozenset({"paket", "unit", "buah", "jenis", "kali", "set", "eksemplar", "badan", "pihak"})
# Where the thing ends and its conditions begin.
_CONDITION_START = frozenset({"yang", "sesuai", "dengan", "melalui", "berdasarkan", "tepat", "terhadap", "dalam",
                              "pada", "untuk", "oleh", "di", "ke", "dari", "per", "setiap", "tiap", "selama",
                              "sampai", "secara"})
_NOT_CONDITIONS = frozenset({"sampai", "per", "setiap", "tiap", "selama"})
# "s.d." / "s/d" is "sampai dengan"; "SD" alone is a Sekolah Dasar
_UNTIL = re.compile(r"\bs\s*[./]\s*d\b\.?", re.I)
_TIME = re.compile(r"\b(?:tahun|thn|thun|tanun|th)\b(?:\s+(?:ini|berjalan|lalu|sebelumnya|terakhir|n|ke))*"
                   r"(?:\s+n(?:\s+1)?)?|\bn\s+1\b|\bn\b")
_PARENTHESIS = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Phrase:
    text: str
    measure: str | None               # the opening measure word, folded
    thing: tuple[str, ...]            # folded words of what is counted
    conditions: tuple[str, ...]       # folded content words of what it must satisfy
    asides: tuple[str, ...]           # words in parentheses ("(dalam dan luar negeri)")

    @property
    def head(self) -> str | None:
        """The noun that names what is counted ('lembaga' in 'lembaga pelatihan kerja swasta')."""
        for word in self.thing:
            if word not in CLASSIFIERS and word not in STOP_WORDS and not word.isdigit() and len(word) > 1:
                return word
        return None

    @property
    def thing_words(self) -> tuple[str, ...]:
        return tuple(w for w in self.thing if w not in STOP_WORDS and w not in CLASSIFIERS and len(w) > 1)

    @property
    def all_words(self) -> tuple[str, ...]:
        return self.thing_words + self.conditions + self.asides


def _is_participle(word: str) -> bool:
    """'dibina', 'terdaftar', 'mendapat', 'bekerja': a verb that starts a condition without 'yang'."""
    if len(word) < 5 or not word.isalpha():
        return False
    root = stem(word)
    return root != word and word.startswith(("di", "ter", "me", "ber")) and not word.startswith(("dinas", "meter"))


@lru_cache(maxsize=16384)
def parse(text: str | None) -> Phrase:
    raw = text or ""
    if raw.count("(") > raw.count(")"):
        raw = raw[:raw.rfind("(")]  # an unclosed parenthesis: what follows is a list cut off, not a condition
    # A grade letter in parentheses ("(Grade A)") is a condition, not noise.
    asides = tuple(w for part in _PARENTHESIS.findall(raw) for w in fold(part).split()
                   if (w not in STOP_WORDS and len(w) > 1)
                   or (len(w) == 1 and w.isalpha() and re.search(rf"\b{w.upper()}\b", part)))
    folded = fold(_UNTIL.sub(" sampai ", _PARENTHESIS.sub(" ", raw)))
    folded = _TIME.sub(" ", folded)
    found = folded.split()
    measure = None
    while found and found[0] in _LEADING:
        if measure is None and found[0] in MEASURE_WORDS:
            measure = found[0]
        found = found[1:]
    if "terhadap" in found[1:] and ("yang" not in found or found.index("terhadap") < found.index("yang")):
        found = found[:found.index("terhadap", 1)]  # "… terhadap aliran kas" names the base, not a condition
    thing: list[str] = []
    rest: list[str] = []
    for index, word in enumerate(found):
        # A participle first ("Jumlah ditempatkan") elides the thing: it is the population named elsewhere.
        if word in _CONDITION_START or _is_participle(word):
            rest = found[index:]
            break
        thing.append(word)
    # "secara terintegrasi", "secara online": how, not which.
    rest = [w for i, w in enumerate(rest) if w != "secara" and (i == 0 or rest[i - 1] != "secara")]
    conditions = tuple(w for w in rest if w not in STOP_WORDS and w not in _NOT_CONDITIONS and len(w) > 1
                       and not w.isdigit())
    return Phrase(raw, measure, tuple(thing), conditions, asides)

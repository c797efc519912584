"""Reading indicator wording: folding, content words, and what kind of measure a name announces."""
from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9%]+")

# Spellings of "persentase" that decrees really use; the review judges meaning, not spelling.
PERCENT_WORDS = ("persentase", "prosentase", "presentase", "persen", "%")
RATE_WORDS = ("tingkat", "rasio", "proporsi", "cakupan")
COUNT_WORDS = ("jumlah", "banyaknya")
GROWTH_WORDS = ("pertumbuhan", "peningkatan", "perubahan", "kenaikan", "penurunan", "laju")
# Words that open a measurable indicator. A name that opens with none of these says what is done
# or what state is wished for, not what is counted.
MEASURE_WORDS = (PERCENT_WORDS + RATE_WORDS + COUNT_WORDS + GROWTH_WORDS
                 + ("indeks", "nilai", "rata", "rerata", "angka", "capaian", "skor", "predikat", "opini",
                    "realisasi", "besaran", "lama", "waktu", "frekuensi", "kontribusi", "pdrb", "ipm"))

# Filler that says nothing about what is counted.
STOP_WORDS = frozenset("""
    jumlah banyaknya persentase prosentase presentase persen tingkat rasio proporsi cakupan nilai
    yang dan atau di ke dari pada dalam untuk dengan oleh serta sebagai secara terhadap tahun n
    ini itu lalu berjalan seluruh semua total keseluruhan setiap per the of a b x kali dibagi
    dikali 100 % tersebut adalah telah sudah akan bagi para
""".split())

DANGLING_WORDS = frozenset({"dan", "atau", "serta", "yang", "dengan", "untuk", "di", "ke", "dari", "pada",
                            "dalam", "terhadap", "oleh", "sebagai", "bagi"})


def fold(text: str | None) -> str:
    """Lower case, accents and punctuation removed, single spaces: for comparing wording."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _NON_WORD.sub(" ", text).strip()


def words(text: str | None) -> list[str]:
    return fold(text).split()


def stem(word: str) -> str:
    """A crude Indonesian stem: enough to see that 'dibina', 'pembinaan' and 'binaan' share 'bina'."""
    for prefix in ("pember", "pem", "pen", "peng", "peny", "per", "pe", "di", "ter", "ber", "me", "mem", "men",
                   "meng", "ke"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            word = word[len(prefix):]
            break
    for suffix in ("annya", "nya", "kan", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word


def content_words(text: str | None) -> list[str]:
    return [w for w in words(text) if w not in STOP_WORDS and not w.isdigit() and len(w) > 1]


def opening_word(name: str | None) -> str:
    """The first word of a name, with a stray leading '*' or '-' ignored; '%' counts as a word."""
    text = (name or "").strip().lstrip("*-•· ")
    if text.startswith("%"):
        return "%"
    found = words(text)
    return found[0] if found else ""


def announces_percent(name: str | None) -> bool:
    return opening_word(name) in PERCENT_WORDS


def announces_rate(name: str | None) -> bool:
    return opening_word(name) in RATE_WORDS


def announces_count(name: str | None) -> bool:
    return opening_word(name) in COUNT_WORDS


def announces_growth(name: str | None) -> bool:
    return any(w in GROWTH_WORDS for w in words(name)[:3])


def announces_measure(name: str | None) -> bool:
    first = opening_word(name)
    return any(first.startswith(word) for word in MEASURE_WORDS)


def same_wording(a: str | None, b: str | None) -> bool:
    return bool(fold(a)) and fold(a) == fold(b)


def overlap(a: str | None, b: str | None) -> float:
    """Share of the content words of ``a`` whose stem also occurs in ``b``."""
    mine = {stem(w) for w in content_words(a)}
    if not mine:
        return 0.0
    theirs = {stem(w) for w in content_words(b)}
    return len(mine & theirs) / len(mine)


def ends_dangling(text: str | None) -> str | None:
    """The reason a cell looks cut off: a closing conjunction/preposition or an unclosed parenthesis."""
    if not text:
        return None
    stripped = text.rstrip(" .,;:")
    found = words(stripped)
    if found and found[-1] in DANGLING_WORDS and not stripped.endswith(")"):
        return found[-1]
    if stripped.count("(") > stripped.count(")"):
        return "("
    return None

"""Reading indicator wording: folding, Indonesian stems, content words, and what a name announces.

Stems come from Sastrawi (a dictionary-backed Indonesian stemmer): 'dibina', 'pembinaan' and 'binaan'
all give 'bina', so a formula that says 'yang dibina' is not called a mismatch for a name that says
'Pembinaan'. The stemmer is slow per call and deterministic, so every word is stemmed once per process.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

_NON_WORD = re.compile(r"[^a-z0-9%]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*|%")

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
    dikali 100 % tersebut adalah telah sudah akan bagi para se tsb nya thn seluruhnya keseluruhannya
""".split())

DANGLING_WORDS = frozenset({"dan", "atau", "serta", "yang", "dengan", "untuk", "di", "ke", "dari", "pada",
                            "dalam", "terhadap", "oleh", "sebagai", "bagi", "melalui"})


def fold(text: str | None) -> str:
    """Lower case, accents and punctuation removed, single spaces: for comparing wording."""
    if not text:
        return ""
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _NON_WORD.sub(" ", text).strip()


def words(text: str | None) -> list[str]:
    return fold(text).split()


def raw_words(text: str | None) -> list[str]:
    """Words as written (case kept), for telling an abbreviation ('LKS') from a word ('lks')."""
    return _WORD.findall(text or "")


@lru_cache(maxsize=1)
def _stemmer():
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words (about 30 000)."""
    return frozenset(w.strip() for w in StemmerFactory().get_words_from_file() if w.strip())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Indonesian root of one folded word ('pembinaan' → 'bina'); a word the stemmer does not
    know (an abbreviation, a typo, a foreign term) comes back as it is."""
    if len(word) < 4 or not word.isalpha():
        return word
    return _stemmer().stem(word) or word


# Prefixes (and their combinations) an Indonesian word may carry before its root. The stemmer strips
# hard enough to turn a typo into a root ('kinera' → 'kera'); a root behind anything else is no parse.
_PREFIXES = frozenset({"", "me", "mem", "men", "meng", "menge", "meny", "pe", "pem", "pen", "peng", "penge", "peny",
                       "per", "ber", "be", "bel", "ter", "te", "di", "ke", "se", "memper", "diper", "mempe", "dipe",
                       "keber", "keter", "keper", "kepe", "pember", "pemer", "berke", "terke", "seke",
                       "diber", "member", "mempe", "ketidak"})


_SUFFIXES = frozenset({"", "an", "kan", "i", "nya", "annya", "kannya", "inya", "lah", "kah", "pun", "ku", "mu"})


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """The word is in the Indonesian dictionary, or is a dictionary root with Indonesian affixes around it."""
    lexicon = root_words()
    if word in lexicon:
        return True
    root = stem(word)
    if root == word or root not in lexicon:
        return False
    # nasal assimilation drops the root's first letter: "menyapu" ← "sapu", "pemukul" ← "pukul"
    for inner in (root, root[1:] if len(root) > 3 else None):
        at = word.find(inner) if inner else -1
        if at >= 0 and word[:at] in _PREFIXES and word[at + len(inner):] in _SUFFIXES:
            return True
    return False


@lru_cache(maxsize=16384)
def is_known_compound(word: str) -> bool:
    """'ketenagakerjaan' = ke + tenaga + kerja + an: two known words written as one."""
    if len(word) < 10:
        return False
    return any(is_known_word(word[:i]) and is_known_word(word[i:]) for i in range(4, len(word) - 3))


def content_words(text: str | None) -> list[str]:
    return [w for w in words(text) if w not in STOP_WORDS and not w.isdigit() and len(w) > 1]


def content_stems(text: str | None) -> set[str]:
    return {stem(w) for w in content_words(text)}


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
    mine = content_stems(a)
    if not mine:
        return 0.0
    return len(mine & content_stems(b)) / len(mine)


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

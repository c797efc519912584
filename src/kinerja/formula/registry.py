"""Stable snake_case keys for variable phrases, shared by the formulas of one document or agency.

Two phrases are the same variable when they differ only in case, spacing, punctuation, filler words
("Jumlah", "yang", "sudah" …), time markers ("tahun n", "tahun lalu") or a small typo
("eksport"/"export"). Keys are derived from the phrase, never from a lookup table, so a decree from
another agency gets readable keys too.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

from kinerja.formula.expr import RESERVED_NAMES

# Words that carry no identity: "Jumlah perusahaan" and "perusahaan yang" name the same thing.
FILLER_WORDS = frozenset("""
    jumlah yang dan di ke dari pada dalam untuk atau oleh dengan serta sudah telah se the of
    banyaknya nya tsb tersebut
""".split())

# Time markers of a folded phrase. "s.d." folds to "s d" and only counts before a year word: "siswa SD
# yang lulus" keeps its school level. The period is written "n" or "t".
_YEAR_WORDS = r"(?:tahun|tahunn|tanun|thn|thun|th)"
_TIME_WORDS = re.compile(
    rf"\b(?:s d|sd|sampai dengan|sampai|hingga)\s(?:akhir\s)?{_YEAR_WORDS}\b.*$"
    rf"|\b{_YEAR_WORDS}\b(?:\s(?:ini|berjalan|lalu|sebelumnya|terakhir|kemarin|ke)\b)*+(?:\s[nt](?:\s1)?\b)?"
    r"|\b[nt](?:\s1)?$|\bkumulatif\b")
_NOT_KEY_CHARS = re.compile(r"[^0-9a-z]+")
_MAX_KEY_WORDS = 6
_MAX_KEY_LENGTH = 60
_TYPO_RATIO = 0.75


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NOT_KEY_CHARS.sub(" ", text)
    return " ".join(text.split())


def identity(phrase: str) -> str:
    """What makes two phrases the same variable: folded, time markers and filler words removed."""
    text = _TIME_WORDS.sub(" ", fold(phrase))
    words = [w for w in text.split() if w not in FILLER_WORDS]
    return " ".join(words) or fold(phrase)


def similar(a: str, b: str) -> bool:
    """Same identity up to a typo in one word ("nilai eksport" / "nilai export")."""
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if any(c.isdigit() for c in x + y):
        return False  # "2024" / "2023", "kelas 5" / "kelas 6": different numbers are different things
    if min(len(x), len(y)) < 4 or x[0] != y[0] or abs(len(x) - len(y)) > 2:
        return False
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= _TYPO_RATIO


def make_key(phrase: str) -> str:
    words = identity(phrase).split()[:_MAX_KEY_WORDS]
    key = "_".join(words)[:_MAX_KEY_LENGTH].strip("_") or "nilai"
    if not key[0].isalpha():
        key = "v_" + key
    if key in RESERVED_NAMES:
        key += "_"
    return key


class VariableRegistry:
    """phrase → stable snake_case key; the same (or typo-equal) phrase always gets the same key."""

    def __init__(self) -> None:
        self._by_identity: dict[str, str] = {}
        self._phrases: dict[str, str] = {}

    def key_for(self, phrase: str) -> str:
        ident = identity(phrase)
        key = self._by_identity.get(ident)
        if key is None:
            key = self._find_similar(ident)
        if key is None:
            key = self._unique(make_key(phrase))
            self._phrases[key] = " ".join(phrase.split())
        self._by_identity[ident] = key
        return key

    def phrases(self) -> dict[str, str]:
        """key → the first phrase that produced it."""
        return dict(self._phrases)

    def _find_similar(self, ident: str) -> str | None:
        for known, key in self._by_identity.items():
            if similar(ident, known):
                return key
        return None

    def _unique(self, key: str) -> str:
        if key not in self._phrases:
            return key
        number = 2
        while f"{key}_{number}" in self._phrases:
            number += 1
        return f"{key}_{number}"

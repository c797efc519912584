"""Abbreviations as a decree itself spells them out, so 'LKS' and 'Lembaga Kerja Sama' compare equal.

A decree defines its abbreviations in passing: "Lembaga Kerja Sama (LKS)", "PKWT (Perjanjian Kerja
Waktu Tertentu)", "CPMI adalah Calon Pekerja Migran Indonesia". Those win; the glossary of common
government abbreviations (``data/singkatan.txt``) fills in the ones a decree never spells out. An
expansion is only taken when the abbreviation's letters can be read off its words ("Anjab" =
"Analisis Jabatan", "SUSU" = "Struktur Upah dan Skala Upah"), so a random parenthesis is not one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kinerja.review.lexicon import glossary
from kinerja.review.text import fold

_SKIPPABLE = frozenset({"dan", "di", "ke", "dari", "atau", "&", "yang", "untuk", "pada", "serta"})
# "Lembaga Kerja Sama (LKS)"  /  "LKS (Lembaga Kerja Sama)"  /  "CPMI adalah Calon Pekerja …"
_LONG_THEN_SHORT = re.compile(r"((?:[A-Za-z][\w.'-]*\s+){1,9}?)\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
_SHORT_THEN_LONG = re.compile(r"\b([A-Z][A-Z0-9]{1,9})\s*(?:\(\s*|\s(?:adalah|yaitu|merupakan|=)\s+)"
                              r"((?:[A-Za-z][\w'-]*\s*){2,9})")
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9]{1,9}$|^[A-Z][a-z]+[A-Z][A-Za-z]*$")
_DEFINING = re.compile(r"\b(?:adalah|yaitu|merupakan)\b|=")
MAX_TEXT = 20000


@lru_cache(maxsize=8192)
def spells(short: str, phrase: str) -> bool:
    """The letters of ``short`` read off consecutive prefixes of the words of ``phrase``, every word
    used ('SUSU' ← 'struktur upah dan skala upah'; 'Anjab' ← 'analisis jabatan')."""
    letters = fold(short).replace(" ", "")
    found = fold(phrase).split()
    return bool(letters) and bool(found) and _spell(letters, tuple(found))


def _spell(letters: str, found: tuple[str, ...]) -> bool:
    if not found:
        return not letters
    word, rest = found[0], found[1:]
    if word in _SKIPPABLE and _spell(letters, rest):
        return True
    for size in range(min(len(word), len(letters)), 0, -1):
        # a word lends its opening letters ("SUSU"), or a syllable from its end ("Poktan" = kelomPOK TANi)
        if (word[:size] == letters[:size] or (size >= 2 and word.endswith(letters[:size]))) \
                and _spell(letters[size:], rest):
            return True
    return False


def _tail_spelling(short: str, before: list[str]) -> str | None:
    """The shortest run of words ending ``before`` that spells ``short``."""
    for size in range(1, min(len(before), len(short) + 4) + 1):
        candidate = " ".join(before[-size:])
        if spells(short, candidate):
            return candidate
    return None


def _head_spelling(short: str, after: list[str]) -> str | None:
    for size in range(1, min(len(after), len(short) + 4) + 1):
        candidate = " ".join(after[:size])
        if spells(short, candidate):
            return candidate
    return None


@dataclass
class Abbreviations:
    """What each abbreviation of one decree stands for (folded), the decree's own spellings first."""

    defined: dict[str, list[str]] = field(default_factory=dict)   # from the decree's text
    written: list[tuple[str, str, str]] = field(default_factory=list)  # (short, words before it, text)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Abbreviations:
        found = cls()
        for text in texts:
            text = text[:MAX_TEXT]
            if "(" not in text and not _DEFINING.search(text):
                continue
            for match in _LONG_THEN_SHORT.finditer(text):
                before, short = match.group(1).split(), match.group(2)
                long = _tail_spelling(short, before)
                if long:
                    found._add(short, long)
                found.written.append((fold(short), " ".join(before), text))
            for match in _SHORT_THEN_LONG.finditer(text):
                short, after = match.group(1), match.group(2).split()
                long = _head_spelling(short, after)
                if long:
                    found._add(short, long)
        return found

    def _add(self, short: str, long: str) -> None:
        key, value = fold(short), fold(long)
        if value and value != key and value not in self.defined.setdefault(key, []):
            self.defined[key].append(value)

    def expansions(self, short: str) -> tuple[str, ...]:
        """Folded phrases ``short`` may stand for: the decree's, else the glossary's."""
        key = fold(short)
        own = self.defined.get(key)
        if own:
            return tuple(own)
        return tuple(fold(long) for long in glossary().get(key, ()))

    def is_abbreviation(self, word: str) -> bool:
        return bool(self.expansions(word))


def looks_abbreviated(raw: str) -> bool:
    """'LKS', 'SIINas', 'Anjab' as written; not an ordinary capitalised word."""
    return bool(_ABBREVIATION.match(raw)) or (raw.isupper() and len(raw) >= 2)

"""Is a word of one text said by another? Indonesian-aware, before any mismatch is claimed.

A word counts as said when the other text has it with the same stem ('dibina' / 'pembinaan'), a
synonym ('perkara' / 'kasus'), the same word with a typo ('kesekatannya' / 'kesehatannya',
'eksport' / 'ekspor'), or its abbreviation either way ('LKS' / 'Lembaga Kerja Sama', spelled out by the
decree itself or by the glossary).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from kinerja.review.abbreviations import Abbreviations, spells
from kinerja.review.lexicon import same_meaning
from kinerja.review.text import STOP_WORDS, fold, is_known_word, stem

NO_ABBREVIATIONS = Abbreviations()


def typo_close(a: str, b: str) -> bool:
    """One slip apart (two for long words): a letter wrong, missing, doubled or swapped."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 5 or a[0] != b[0]:
        return False
    return OSA.distance(a, b) <= (2 if shorter >= 9 else 1)


def _said_plainly(word: str, others: Sequence[str]) -> bool:
    return any(same_meaning(word, other) or _slip_of(word, other) for other in others)


def _slip_of(a: str, b: str) -> bool:
    """One is a slip of the other. Two real words are never one another's slip ('tepat' / 'tempat')."""
    if not (typo_close(a, b) or typo_close(stem(a), stem(b))):
        return False
    if not (is_known_word(a) and is_known_word(b)):
        return True
    if min(len(a), len(b)) >= 8 and OSA.distance(a, b) == 1:
        return True  # long words one letter apart are one word, whatever the stemmer makes of the slip
    # two real words of one family ('transmigran' / 'transmigrasi') share most of their letters
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 7 and shared >= 0.7 * min(len(a), len(b))


def said(word: str, others: Sequence[str], abbreviations: Abbreviations = NO_ABBREVIATIONS) -> bool:
    """``word`` (folded) is said by the folded words ``others``."""
    if _said_plainly(word, others):
        return True
    glued = "".join(others)
    for long in abbreviations.expansions(word):
        wanted = [w for w in long.split() if w not in STOP_WORDS]
        # "Lembaga Kerjasama" spells "Lembaga Kerja Sama" with one word less.
        if wanted and (all(_said_plainly(w, others) for w in wanted) or "".join(wanted) in glued):
            return True
    for other in others:
        for long in abbreviations.expansions(other):
            if _said_plainly(word, [w for w in long.split() if w not in STOP_WORDS]):
                return True
    # An abbreviation neither the decree nor the glossary spells out: read its letters off the words.
    if len(word) <= 6 and word.isalpha() and not abbreviations.expansions(word):
        for size in range(2, min(len(others), len(word) + 3) + 1):
            for start in range(len(others) - size + 1):
                if spells(word, " ".join(others[start:start + size])):
                    return True
    return False


def unsaid(source: Iterable[str], target: Sequence[str],
           abbreviations: Abbreviations = NO_ABBREVIATIONS) -> list[str]:
    """The words of ``source`` that ``target`` does not say, in order, without repeats."""
    out: list[str] = []
    for word in source:
        if word not in out and not said(word, target, abbreviations):
            out.append(word)
    return out


def text_words(text: str | None) -> list[str]:
    return [w for w in fold(text).split() if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()]

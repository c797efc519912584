"""The words of one decree: how often each is used, in what company, and which are real Indonesian.

What the typo check stands on. A word the decree uses three times or more is its vocabulary, whatever
the dictionary says ('ketransmigrasian', 'SIINas'); a known word one slip away from an unknown one is
what the writer meant.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kinerja.review.lexicon import glossary, synonym_groups
from kinerja.review.matching import typo_close
from kinerja.review.text import (DANGLING_WORDS, STOP_WORDS, is_known_compound, is_known_word, root_words, stem,
                                 words)

COMMON = 3          # a word the decree uses this often is its vocabulary, whatever the dictionary says
_SKIP = STOP_WORDS | DANGLING_WORDS


class Vocabulary:
    """The decree's words, their neighbours, and the dictionary, for one review."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        self.texts_with: Counter[str] = Counter()   # in how many cells a word occurs: a slip copied
                                                    # into three cells of one row is still one slip
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.next_words: dict[str, set[str]] = defaultdict(set)
        self.prev_words: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            self.counts.update(words(text))
            self.texts_with.update(set(words(text)))
            found = [w for w in words(text) if w not in ("dan", "yang")]
            for a, b in zip(found, found[1:]):
                self.pairs[(a, b)] += 1
                self.next_words[a].add(b)
                self.prev_words[b].add(a)

    @cached_property
    def known_words(self) -> list[str]:
        """Words of the decree that are real Indonesian words, most used first."""
        return [w for w, _ in self.counts.most_common() if len(w) >= 3 and w.isalpha() and is_known_word(w)]

    def is_known(self, word: str) -> bool:
        return is_known_word(word) or word in glossary() or is_known_compound(word) or word in synonym_groups()

    def is_common(self, word: str) -> bool:
        """Used in many cells of the decree: its own term ('ketransmigrasian'), unless a known word is one
        slip away."""
        return self.texts_with[word] >= 2 * COMMON

    def near(self, word: str, distance: int) -> list[str]:
        """Known words of the decree at most ``distance`` slips from ``word``, nearest (then most used) first."""
        found = process.extract(word, self.known_words, scorer=OSA.distance, score_cutoff=distance, limit=None)
        return [c for c, _, _ in sorted(found, key=lambda hit: (hit[1], hit[2])) if c != word]

    def correction(self, word: str, proper: bool = False) -> str | None:
        """The known word ``word`` is most likely a slip of: the decree's own spelling first."""
        close = [c for c in self.near(word, 2) if typo_close(word, c) or _short_slip(word, c)]
        if close:
            return close[0]
        # The dictionary only for a word written once: a term the decree repeats is its own.
        # The dictionary only for a word written once and not capitalised: a term the decree repeats is
        # its own, a capitalised one may be a name ('Desa Belanti').
        return _nearest_root(word) if len(word) >= 7 and self.texts_with[word] <= 1 and not proper else None

    @cached_property
    def _by_ending(self) -> dict[str, list[str]]:
        ends: dict[str, list[str]] = defaultdict(list)
        for candidate in self.known_words:
            ends[candidate[-3:]].append(candidate)
        return ends

    def cut_from(self, word: str, following: str | None) -> str | None:
        """'aten' in 'Daerah aten/Kota' is what is left of 'kabupaten': a known word of the decree that
        ends with it and is followed by the same word. (A word cut at its end, 'rekom', is usually a
        deliberate clipping.)"""
        if len(word) < 3 or following is None:
            return None
        for candidate in self._by_ending.get(word[-3:], []):
            if len(candidate) - len(word) >= 2 and candidate.endswith(word) \
                    and (following is None or following in self.next_words.get(candidate, ())):
                return candidate
        return None

    def real_word_slip(self, word: str, before: str | None, after: str | None) -> str | None:
        """A real word the decree rarely uses where it writes a near twin: the same root behind another
        prefix ('diperdayakan' / 'diberdayakan'), or a one-letter or swapped-letter twin used often in the
        same company of words ('kesekatannya' / 'kesehatannya' after 'dinilai', 'Kelapa Seksi')."""
        if self.counts[word] > 2 or len(word) < 5:
            return None
        for candidate in self.near(word, 2):
            if candidate[0] != word[0] or abs(len(candidate) - len(word)) > 1:
                continue
            distance = OSA.distance(word, candidate)
            anagram = sorted(word) == sorted(candidate)
            # 'Sasaran & prasarana' where the decree writes 'sarana dan prasarana' again and again
            if after and distance <= 2 and not word.startswith(("di", "ter", "me", "ber")) \
                    and self.pairs[(word, after)] == 1 and self.pairs[(candidate, after)] >= COMMON:
                return candidate
            if distance > 1 and not (anagram and distance == 2):
                continue
            if distance == 1 and len(word) == len(candidate) and stem(word) == stem(candidate) != word \
                    and len(stem(word)) >= 4:
                # 'diperdayakan' / 'diberdayakan': one root, two prefixes of opposite meaning. Only the
                # rarer spelling is the slip; when both are as rare, twin_forms says so once.
                return candidate if self.counts[candidate] > self.counts[word] else None
            if self.counts[candidate] < COMMON:
                continue
            same_company = ((after and after not in _SKIP and after in self.next_words.get(candidate, ()))
                            or (before and before not in _SKIP and before in self.prev_words.get(candidate, ())))
            if same_company:
                return candidate
        return None

    def twins(self) -> list[tuple[str, str]]:
        """Pairs of words the decree uses equally rarely that differ in one letter of one root's prefix."""
        rare = [w for w in self.known_words if self.counts[w] <= 2 and len(w) >= 7]
        out: list[tuple[str, str]] = []
        for a in rare:
            for b in self.near(a, 1):
                if a < b and len(a) == len(b) and self.counts[a] == self.counts[b] \
                        and stem(a) == stem(b) != a and len(stem(a)) >= 4:
                    out.append((a, b))
        return out


def _short_slip(word: str, candidate: str) -> bool:
    """'thun' / 'tahun', 'ayng' / 'yang': four-letter words, one slip, kept apart from the dictionary."""
    return (min(len(word), len(candidate)) == 4 and len(word) >= 4 and OSA.distance(word, candidate) == 1
            and (word[0] == candidate[0] or sorted(word) == sorted(candidate)))


@lru_cache(maxsize=4096)
def _nearest_root(word: str) -> str | None:
    if len(word) < 4:
        return None
    found = process.extractOne(word, root_words(), scorer=OSA.distance, score_cutoff=1)
    if found is None:
        return None
    candidate = found[0]
    # a letter wrong, swapped or doubled; a missing letter is too often another word
    return candidate if candidate[0] == word[0] and len(word) - len(candidate) in (0, 1) else None

"""What a name measures, whatever its wording: the kind of measure and the canonical stems of its words.

'% Pertumbuhan nilai ekspor' and 'Persentase Jumlah Pertumbuhan Nilai Ekspor' have one signature; a share
and a count of the same thing do not.
"""
from __future__ import annotations

from functools import lru_cache

from kinerja.review.lexicon import synonym_groups
from kinerja.review.matching import typo_close
from kinerja.review.text import announces_count, announces_percent, content_words, stem


@lru_cache(maxsize=16384)
def signature(name: str) -> tuple[str, ...]:
    """What a name measures, whatever its wording: sorted canonical stems of its content words."""
    groups = synonym_groups()
    # a share and a count of one thing are two measures: the kind of measure is part of the signature
    out = {"=%" if announces_percent(name) else "=n" if announces_count(name) else "=?"}
    for word in content_words(name):
        root = stem(word)
        group = groups.get(word, groups.get(root))
        out.add(f"#{group}" if group is not None else root)
    return tuple(sorted(out))


def same_signature(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b) or len(a) < 3:
        return False
    rest = list(b)
    for item in a:
        match = next((x for x in rest if x == item or typo_close(x, item)), None)
        if match is None:
            return False
        rest.remove(match)
    return True

"""The review's word lists, kept as data (``review/data/*.txt``) so a reader can check and extend them:
synonyms, the abbreviations of Indonesian government texts, and names replaced by law."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from kinerja.review.text import fold, stem


def _lines(name: str) -> list[str]:
    text = files("kinerja.review").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, int]:
    """Stem → the number of its synonym group."""
    groups: dict[str, int] = {}
    for number, line in enumerate(_lines("sinonim.txt")):
        for word in line.split():
            groups.setdefault(word, number)
            groups.setdefault(stem(word), number)
    return groups


def same_meaning(a: str, b: str) -> bool:
    """Two folded words that are equal, share a stem, or stand in one synonym group."""
    if a == b:
        return True
    sa, sb = stem(a), stem(b)
    if sa == sb:
        return True
    groups = synonym_groups()
    ga = groups.get(a, groups.get(sa))
    return ga is not None and ga == groups.get(b, groups.get(sb))


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    """Folded abbreviation → the phrases it may stand for (some, like SPM, stand for two)."""
    out: dict[str, list[str]] = {}
    for line in _lines("singkatan.txt"):
        short, _, long = line.partition("=")
        out.setdefault(fold(short), []).append(long.strip())
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def obsolete_terms() -> dict[str, str]:
    """Folded old name → its replacement, with the law that replaced it."""
    out: dict[str, str] = {}
    for line in _lines("istilah_usang.txt"):
        old, _, new = line.partition("=")
        out[fold(old)] = new.strip()
    return out

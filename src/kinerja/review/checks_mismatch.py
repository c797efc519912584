"""Does the formula compute what the name promises? The kind of measure, the thing counted, its conditions.

Every comparison goes through :mod:`kinerja.review.matching`, so a synonym, an abbreviation, another
inflection or a typo of the same word is never called a mismatch.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.matching import said, text_words, unsaid
from kinerja.review.phrase import Phrase, parse
from kinerja.review.shape import growth_terms, summands
from kinerja.review.text import (GROWTH_WORDS, PERCENT_WORDS, announces_count, announces_measure, announces_percent,
                                 announces_rate, fold, opening_word, stem, words)

F = "formula_text"
# Names whose measure is defined by convention (TKK, IPM, IKM …): their formula need not repeat the name.
_CONVENTIONAL = ("tingkat", "indeks", "index", "rasio", "angka", "nilai", "ipm", "pdrb", "skor", "rata", "rerata",
                 "laju", "proporsi", "opini", "predikat")
# Nouns for people in a role: "peserta" and "calon transmigran" are the same persons.
_PEOPLE = frozenset({"orang", "jiwa", "peserta", "calon", "individu", "warga", "penduduk", "masyarakat", "pencari",
                     "tenaga", "pekerja"})
# Words standing before a thing that is still the thing: "calon transmigran", "anak balita", "ruas jalan";
# unlike "pengurus koperasi" or "anggota koperasi", who are other people than the cooperative.
_ROLES = frozenset({"calon", "anak", "ruas", "warga"})
# Abstract things measured through a proxy the formula names ("animo masyarakat" by registrations).
_ABSTRACT = frozenset({"animo", "minat", "partisipasi", "kesadaran", "kepuasan", "kepatuhan", "kualitas", "mutu",
                       "kinerja", "capaian", "cakupan", "efektivitas", "efisiensi", "kemandirian", "daya", "kondisi",
                       "pemenuhan", "ketersediaan", "keberhasilan", "kelengkapan", "kesesuaian", "ketepatan",
                       "keaktifan"})
# Conditions that make an indicator about quality: dropping one changes what is measured.
_QUALITY = frozenset({"tepat", "akurat", "benar", "layak", "valid", "lengkap", "berkualitas", "sesuai", "terverifikasi",
                      "memenuhi", "berhasil", "lulus", "aktif", "sehat", "baik", "berdaya"})
# Words that say how, not what: a formula may add them without narrowing the count.
_MANNER = frozenset({"sesuai", "dengan", "berdasarkan", "setiap", "tiap", "periode", "bulan", "bulannya", "tahun",
                     "kab", "kabupaten", "kota", "se", "dinas", "oleh", "pihak"})


def _usable(row: Row) -> bool:
    shape = row.shape
    return shape.has_formula and not shape.doubtful and bool(row.name)


def _kinds_disagree(row: Row) -> bool:
    """The headline is already that name and formula measure different kinds of thing."""
    shape = row.shape
    return ((announces_percent(row.name) or announces_rate(row.name)) and shape.is_plain_count) or \
        (announces_count(row.name) and shape.is_percent) or (_announces_change(row.name) and not _computes_change(row))


def _adds_up(row: Row) -> bool:
    """The formula sums different quantities: mixed-sum says so, and its terms are compared one by one."""
    tree = row.shape.tree
    if tree is None or row.shape.kind == "weighted_index":
        return False
    ratio = row.shape.ratio
    terms = summands(ratio[0] if ratio is not None else tree)
    return len(terms) >= 2 and len({getattr(t, "name", None) for t in terms}) >= 2


def name_kind_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    shape = row.shape
    if not _usable(row):
        return
    word = opening_word(row.name)
    evidence = [quote("indikator", row.name), quote(F, row.text(F) or shape.expression)]
    if (announces_percent(row.name) or announces_rate(row.name)) and shape.is_plain_count:
        counted = fold(row.phrase.thing_words and " ".join(row.phrase.thing_words))
        yield finding("name-percent-formula-count", row.index, "indikator",
                      f"Nama diawali '{word}', tetapi rumusnya cacah tanpa penyebut.",
                      f"The name opens with '{word}' but the formula is a count with no denominator.",
                      severity=None if word in PERCENT_WORDS else "warning", evidence=evidence,
                      fix=(f"Bagilah dengan jumlah seluruh {counted} dan kalikan 100%, atau ganti nama menjadi "
                           f"'Jumlah …'.", f"Divide by the total number of {counted} and multiply by 100%, or rename "
                           f"it 'Jumlah …'."))
    elif announces_count(row.name) and shape.is_percent:
        yield finding("name-count-formula-percent", row.index, "indikator",
                      f"Nama diawali '{word}' (cacah), tetapi rumusnya persentase.",
                      f"The name opens with '{word}' (a count) but the formula is a percentage.", evidence=evidence,
                      fix=("Ganti nama menjadi 'Persentase …' atau rumusnya menjadi cacah.",
                           "Rename it 'Persentase …' or make the formula a count."))
    elif _announces_change(row.name) and not _computes_change(row):
        yield finding("name-growth-formula-level", row.index, "indikator",
                      f"Nama menjanjikan perubahan ('{_change_word(row.name)}'), rumusnya mengukur keadaan.",
                      f"The name promises a change ('{_change_word(row.name)}'), the formula measures a level.",
                      evidence=evidence,
                      fix=("Hitung selisihnya: '(nilai tahun n − nilai tahun n−1) / nilai tahun n−1 x 100%'.",
                           "Compute the change: '(value in year n − value in year n−1) / value in year n−1 x 100%'."))


def _change_word(name: str) -> str:
    """'Persentase peningkatan …', 'Peningkatan …': the change is what is measured. In 'Jumlah Dokumen
    Perubahan RKA' the word names an amended document."""
    first = next((w for w in words(name) if w not in PERCENT_WORDS and w not in ("jumlah", "persen")), "")
    return first if first in GROWTH_WORDS else ""


def _announces_change(name: str) -> bool:
    return bool(_change_word(name))


def _computes_change(row: Row) -> bool:
    shape = row.shape
    if shape.kind in ("growth_percent", "difference"):
        return True
    ratio = shape.ratio
    if ratio is not None and growth_terms(ratio[0]) is not None:
        return True
    return bool(re.search(r"n\s*[-–−]\s*1|tahun lalu|sebelumnya|dikurangi", fold(row.text(F)) + " "
                          + (shape.expression or "")))


def _counted(row: Row) -> list[Phrase]:
    """The phrases the formula counts; an elided one ("Jumlah ditempatkan") counts what the name names."""
    return [phrase for p in row.shape.counted_phrases if p.strip() and (phrase := parse(p)).head is not None]


def _spelled(found: tuple[str, ...] | list[str], ctx: ReviewContext) -> list[str]:
    """The words with their typos corrected ('penyeleian' → 'penyelesaian'), so a slip is no mismatch."""
    vocabulary = ctx.vocabulary
    out = []
    for word in found:
        meant = None if vocabulary.is_known(word) or len(word) < 4 else vocabulary.correction(word)
        out.append(meant or word)
    return out


def _thing_said(name: Phrase, counted: list[Phrase], ctx: ReviewContext) -> tuple[bool, str]:
    """(is the name's thing the formula's thing?, what the formula counts instead)."""
    head = _spelled([name.head], ctx)[0] if name.head else None
    if not head or head in _ABSTRACT:
        return True, ""
    formula_things = _spelled([w for p in counted for w in p.thing_words], ctx)
    formula_all = _spelled([w for p in counted for w in p.all_words], ctx)
    shown = "; ".join(" ".join(p.thing_words) for p in counted)
    abbreviations = ctx.abbreviations
    # "Pembinaan LPK" is counted as "LPK yang dibina": an action noun is found as a verb among the conditions.
    root = stem(head)
    if root != head and head.endswith("an") and any(
            stem(w) == root and w.startswith(("di", "ter", "me", "ber")) for w in formula_all):
        return True, shown
    # "Bimbingan pelatihan calon transmigrasi" counts the candidates: every noun after the action nouns
    # is what the formula counts.
    if root != head and head.endswith("an"):
        objects = [w for w in name.thing_words if not (stem(w) != w and w.endswith("an"))]
        if objects and all(said(w, formula_things, abbreviations) for w in objects):
            return True, shown
    if not said(head, formula_things, abbreviations) \
            and not (head in _PEOPLE and any(p.head in _PEOPLE for p in counted)):
        return False, shown
    # The other way round: the formula's thing must be named somewhere in the name ("badan usaha" is
    # named by "perusahaan" through 'usaha'; "sarana prasarana" by nothing in "gedung kantor").
    name_all = _spelled(name.all_words, ctx)
    for phrase in counted:
        theirs = phrase.head
        if theirs in _ROLES and len(phrase.thing_words) > 1:
            theirs = phrase.thing_words[1]  # "calon transmigran" are transmigrants, "anak balita" balita
        if theirs and not said(theirs, name_all, abbreviations) and not (phrase.head in _PEOPLE and head in _PEOPLE):
            return False, shown
    return True, shown


def _vague_count(counted: list[Phrase]) -> bool:
    """'Jumlah peserta kegiatan': a count of a role in an unnamed activity."""
    return any(set(p.all_words) <= {"peserta", "kegiatan", "orang", "data", "hasil"} and p.all_words for p in counted)


def name_formula_object(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """The thing counted: the name's against the formula's (numerator's)."""
    if not _usable(row) or row.shape.kind not in ("count", "ratio_percent", "difference", "growth_percent"):
        return
    if opening_word(row.name) in _CONVENTIONAL or not announces_measure(row.name) or _adds_up(row) \
            or _announces_change(row.name) and not _computes_change(row):
        return
    counted = _counted(row)
    if not counted:
        return
    if _vague_count(counted):
        written = "; ".join(row.shape.counted_phrases)
        yield finding("formula-object-vague", row.index, F, f"Rumus menghitung '{written}' tanpa menyebut kegiatannya.",
                      f"The formula counts '{written}' without naming the activity.", evidence=[quote(F, written)],
                      fix=(f"Sebutkan yang dihitung seperti pada nama: '{row.name}'.",
                           f"Name what is counted as the name does: '{row.name}'."))
        return
    same, shown = _thing_said(row.phrase, counted, ctx)
    if not same:
        thing = " ".join(row.phrase.thing_words)
        yield finding("name-formula-object", row.index, F,
                      f"Nama mengukur '{thing}', rumus menghitung '{shown}'.",
                      f"The name measures '{thing}', the formula counts '{shown}'.",
                      evidence=[quote("indikator", row.name), quote(F, "; ".join(row.shape.counted_phrases))],
                      fix=(f"Samakan: hitung '{thing}' di rumus, atau ubah nama indikatornya.",
                           f"Make them agree: count '{thing}' in the formula, or rename the indicator."))


def _object_differs(row: Row, ctx: ReviewContext) -> bool:
    counted = _counted(row)
    return bool(counted) and (_vague_count(counted) or not _thing_said(row.phrase, counted, ctx)[0])


def conditions(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """The name's conditions the formula drops, and conditions the formula adds."""
    if not _usable(row) or row.shape.kind in ("weighted_index", "average", "difference"):
        return
    counted = _counted(row)
    if not counted or opening_word(row.name) in _CONVENTIONAL or not announces_measure(row.name) \
            or _kinds_disagree(row) or _object_differs(row, ctx):
        return
    if _adds_up(row):
        yield from _summed_terms(row, ctx)
        return
    abbreviations = ctx.abbreviations
    formula_words = text_words(" ".join(row.shape.counted_phrases)) or text_words(row.text(F))
    name = row.phrase
    # A short aside ("(Grade A)") is a condition; a long one is an explanation.
    asides = name.asides if len(name.asides) <= 2 else ()
    wanted = [w for w in name.conditions + asides if w not in _MANNER]
    dropped = unsaid(_spelled(wanted, ctx), _spelled(formula_words, ctx), abbreviations)
    quality = [w for w in dropped if w in _QUALITY or stem(w) in _QUALITY]
    # One dropped noun of a short condition ('permodalan') narrows the count; a dropped verb may only
    # be said another way ('dilatih' / 'bimbingan').
    narrowing = (len(dropped) >= 2 and len(dropped) > len(wanted) / 2) or (
        len(wanted) <= 2 and len(dropped) == 1 and not dropped[0].startswith(("di", "ter", "me", "ber")))
    their_conditions = [w for p in counted for w in p.conditions if w not in _MANNER]
    added = unsaid(their_conditions, text_words(row.name), abbreviations)
    evidence = [quote("indikator", row.name), quote(F, "; ".join(row.shape.counted_phrases))]
    if dropped and (quality or narrowing):
        if added and len(added) >= len(their_conditions) / 2:
            yield finding("name-condition-differs", row.index, F,
                          f"Nama mensyaratkan '{' '.join(dropped)}', rumus '{' '.join(added)}'.",
                          f"The name requires '{' '.join(dropped)}', the formula '{' '.join(added)}'.",
                          evidence=evidence,
                          fix=(f"Samakan syaratnya: '{' '.join(dropped)}' di nama dan di rumus.",
                               f"Make the conditions agree: '{' '.join(dropped)}' in the name and the formula."))
        else:
            yield finding("formula-drops-qualifier", row.index, F,
                          f"Nama mensyaratkan '{' '.join(dropped)}', rumus tidak.",
                          f"The name requires '{' '.join(dropped)}', the formula does not.", evidence=evidence,
                          confidence=0.85 if quality else 0.7,
                          fix=(f"Tambahkan syarat '{' '.join(dropped)}' pada pembilang.",
                               f"Add the condition '{' '.join(dropped)}' to the numerator."))
        return
    extra = _added_terms(row, ctx)
    if extra:
        yield finding("formula-adds-condition", row.index, F,
                      f"Rumus menambahkan '{' '.join(extra)}' yang tidak ada pada nama.",
                      f"The formula adds '{' '.join(extra)}', which the name does not have.", evidence=evidence,
                      fix=("Samakan nama dan rumus.", "Make name and formula agree."))


def _summed_terms(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """A sum whose terms the name does not list ('jumlah LKS Tripartit' under a name listing Bipartit)."""
    name_words = text_words(row.name)
    extra = [p for p in row.shape.counted_phrases
             if any(not said(w, name_words, ctx.abbreviations) for w in parse(p).thing_words)]
    if extra:
        yield finding("formula-adds-condition", row.index, F,
                      f"Rumus menjumlahkan '{'; '.join(extra)}', yang tidak disebut nama indikator.",
                      f"The formula adds '{'; '.join(extra)}', which the indicator's name does not list.",
                      evidence=[quote("indikator", row.name)] + [quote(F, p) for p in extra[:3]],
                      fix=("Samakan daftar pada nama dan rumus.", "Make the name's list and the formula's agree."))


def _added_terms(row: Row, ctx: ReviewContext) -> list[str]:
    """A quality condition, an 'and X' or a 'setelah …' the formula adds to what the name counts."""
    name_words = text_words(row.name)
    abbreviations = ctx.abbreviations
    agency = set(text_words(ctx.document.get("perangkat_daerah")))
    out: list[str] = []
    for phrase in row.shape.counted_phrases:
        folded = fold(phrase)
        candidates = [w for w in text_words(phrase) if w in _QUALITY]
        candidates += re.findall(r"\bdan (\w+)", folded)
        candidates += [w for w in re.findall(r"\bsetelah (?:ada )?(\w+)", folded)]
        if len(row.shape.counted_phrases) > 1:
            candidates += [w for w in parse(phrase).thing_words]
        for word in candidates:
            if word not in _MANNER and word not in agency and word not in out \
                    and not said(word, name_words, abbreviations):
                out.append(word)
    return out


def name_denominator_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if not _usable(row) or row.shape.ratio is None:
        return
    found = re.search(r"\bterhadap (.+)$", fold(row.name))
    if not found or "yang" in fold(row.name)[:found.start()].split():
        return  # "… yang diperiksa kepatuhannya terhadap peraturan" is no base of a ratio
    base = [w for w in text_words(found.group(1))]
    below = text_words(" ".join(row.shape.denominator_phrases))
    if base and below and not any(said(w, below, ctx.abbreviations) for w in base):
        yield finding("name-denominator-mismatch", row.index, F,
                      f"Nama membandingkan 'terhadap {found.group(1)}', rumus membagi dengan "
                      f"'{'; '.join(row.shape.denominator_phrases)}'.",
                      f"The name compares 'against {found.group(1)}', the formula divides by "
                      f"'{'; '.join(row.shape.denominator_phrases)}'.",
                      evidence=[quote("indikator", row.name), quote(F, "; ".join(row.shape.denominator_phrases))])


CHECKS = (name_kind_mismatch, name_formula_object, conditions, name_denominator_mismatch)

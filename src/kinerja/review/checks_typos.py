"""Typos, truncations and stray marks in the text of the decree itself.

A word is a typo when neither it nor its stem is Indonesian (Sastrawi's dictionary) nor used often in
the decree, and a known word one slip away exists — the decree's own spelling first ('perusahaaa' →
'perusahaan', 'Kepatuha' → 'Kepatuhan'), then the dictionary ('thun' → 'tahun'). A real word can be a
typo too ('diperdayakan' for 'diberdayakan', 'Kelapa Seksi'): only when the decree writes the other
word often, in the same company of words, and this one rarely. Abbreviations and words the decree
uses three times or more are never called typos.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from kinerja.review.abbreviations import looks_abbreviated
from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.lexicon import obsolete_terms
from kinerja.review.text import DANGLING_WORDS, STOP_WORDS, ends_dangling, fold, raw_words, stem, words

FIELDS = ("indikator", "sasaran", "definisi", "formula_text", "penanggung_jawab", "sumber_data", "jabatan")
_LABELS = {"indikator": ("Nama indikator", "The indicator name"), "sasaran": ("Sasaran", "The sasaran"),
           "definisi": ("Definisi", "The definisi"), "formula_text": ("Formula", "The formula"),
           "penanggung_jawab": ("Penanggung jawab", "The penanggung jawab"),
           "sumber_data": ("Sumber data", "The sumber data"), "jabatan": ("Jabatan", "The jabatan")}
_SKIP = STOP_WORDS | DANGLING_WORDS | {"nya", "kab", "kec", "desa", "kota"}  # too short or too common to judge


def typos(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    vocabulary = ctx.vocabulary
    slips: list[tuple[str, str, str]] = []          # (field, written, meant)
    real: list[tuple[str, str, str]] = []
    cut: list[tuple[str, str, str]] = []
    for field in FIELDS:
        text = row.text(field)
        if not text:
            continue
        written = raw_words(text)
        folded = [fold(w) for w in written]
        # In sentence case a capitalised word mid-sentence is a name ('Desa Belanti'), not a typo.
        sentence_case = sum(w[:1].isupper() for w in written) < len(written) / 2
        for i, (raw, word) in enumerate(zip(written, folded)):
            if len(word) < 3 or not word.isalpha() or word in _SKIP or looks_abbreviated(raw) \
                    or ctx.abbreviations.is_abbreviation(word) or (sentence_case and i and raw[:1].isupper()):
                continue
            before = folded[i - 1] if i else None
            after = folded[i + 1] if i + 1 < len(folded) else None
            if not vocabulary.is_known(word):
                meant = vocabulary.correction(word, proper=raw[:1].isupper()) if len(word) >= 4 else None
                if meant and not vocabulary.is_common(word):
                    slips.append((field, raw, meant))
                elif not meant and (whole := vocabulary.cut_from(word, after)) is not None:
                    cut.append((field, raw, whole))
            elif (meant := vocabulary.real_word_slip(word, before, after)) is not None:
                real.append((field, raw, meant))
    real, cut, slips = _once(real), _once(cut), _once(slips)
    if real:
        listed = ", ".join(f"'{w}' ({m}?)" for _, w, m in real)
        yield finding("real-word-typo", row.index, real[0][0], f"Salah ketik yang mengubah makna: {listed}.",
                      f"Typos that change the meaning: {listed}.", evidence=[quote(f, w) for f, w, _ in real],
                      fix=("Perbaiki: " + ", ".join(f"'{w}' → '{m}'" for _, w, m in real) + ".",
                           "Correct: " + ", ".join(f"'{w}' → '{m}'" for _, w, m in real) + "."))
    if cut:
        listed = ", ".join(f"'{w}' ({m}?)" for _, w, m in cut)
        yield finding("truncated-text", row.index, cut[0][0], f"Kata terpotong: {listed}.",
                      f"Words cut off: {listed}.", evidence=[quote(f, w) for f, w, _ in cut],
                      fix=("Tulis lengkap: " + ", ".join(f"'{m}'" for _, _, m in cut) + ".",
                           "Write in full: " + ", ".join(f"'{m}'" for _, _, m in cut) + "."))
    if slips:
        listed = ", ".join(f"'{w}' ({m})" for _, w, m in slips)
        yield finding("typo", row.index, slips[0][0], f"Salah ketik: {listed}.", f"Typos: {listed}.",
                      evidence=[quote(f, w) for f, w, _ in slips],
                      fix=("Perbaiki: " + ", ".join(f"'{w}' → '{m}'" for _, w, m in slips) + ".",
                           "Correct: " + ", ".join(f"'{w}' → '{m}'" for _, w, m in slips) + "."))


def _stops_short(text: str | None, ctx: ReviewContext) -> str | None:
    """'… Analisis Jabatan dan Analisis Beban': the last word, which the decree elsewhere always follows
    with the same word ('beban kerja'); or a formula ending on a bare passive verb ('… tahun ini diambil')."""
    found = words(text)
    if len(found) < 3:
        return None
    tail = " ".join(found[-4:])
    following = ctx.vocabulary.next_words
    for term in ctx.standard_terms:
        parts = term.split()
        for size in range(min(len(parts) - 1, 4), 1, -1):
            cut, missing = parts[size - 1], parts[size]
            # the decree itself never writes the cut word without what is missing here ('beban' → 'kerja')
            if found[-1] == cut and following.get(cut) == {missing} and tail.endswith(" ".join(parts[:size])):
                return f"{' '.join(parts[:size])} [{' '.join(parts[size:])}]"
    last = found[-1]
    if last.startswith("di") and len(last) > 4 and stem(last) != last and "yang" not in found[-4:] \
            and found[-2] not in ("telah", "sudah", "belum", "akan", "dapat", "untuk", "harus", "tidak", "dan",
                                  "atau", "serta"):
        return f"{last} …"
    return None





def _once(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each misspelling listed once, however many cells repeat it."""
    seen: set[str] = set()
    out = []
    for item in found:
        if item[1].lower() not in seen:
            seen.add(item[1].lower())
            out.append(item)
    return out


def truncated_text(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    for field in ("indikator", "sasaran", "formula_text", "definisi"):
        text = row.text(field)
        tail = ends_dangling(text)
        short = None if tail or field not in ("indikator", "formula_text") else _stops_short(text, ctx)
        if short:
            label_id, label_en = _LABELS[field]
            yield finding("truncated-text", row.index, field, f"{label_id} terpotong: berakhir pada '{short}'.",
                          f"{label_en} is cut short: it ends at '{short}'.", evidence=[quote(field, _last_words(text))],
                          confidence=0.7)
            continue
        label_id, label_en = _LABELS[field]
        if tail:
            yield finding("truncated-text", row.index, field, f"{label_id} berakhir menggantung ('{tail}').",
                          f"{label_en} ends mid-phrase ('{tail}').", evidence=[quote(field, _last_words(text))])
            continue
        rest = _cut_copy(text, row.name) if field in ("definisi", "formula_text") else None
        if rest:
            yield finding("truncated-text", row.index, field,
                          f"{label_id} terpotong: kelanjutannya '{rest}' hilang.",
                          f"{label_en} is cut short: its continuation '{rest}' is missing.",
                          evidence=[quote(field, _last_words(text))], confidence=0.75,
                          fix=(f"Tulis lengkap: '… {rest}'.", f"Write it in full: '… {rest}'."))


def _last_words(text: str | None) -> str:
    found = (text or "").split()
    return ("… " if len(found) > 8 else "") + " ".join(found[-8:])


# Where a shorter text may end without being cut: before a condition or a time clause.
_NATURAL_BREAK = frozenset({"yang", "pada", "di", "dalam", "tahun", "untuk", "dengan", "sesuai", "melalui", "per",
                            "setiap", "tiap", "oleh", "secara", "terhadap", "s", "sd", "dan"})


def _cut_copy(text: str | None, whole: str | None) -> str | None:
    """``text`` repeats the start of ``whole`` (after its measure word) and stops in the middle of a noun
    phrase: the rest of ``whole`` from there, or None."""
    # What follows a parenthesis in the name is an aside, never the part a shorter text lost.
    mine, theirs = words(text), words((whole or "").split("(")[0])
    if len(mine) < 4 or len(theirs) <= len(mine):
        return None
    for offset in range(0, min(3, len(theirs) - len(mine)) + 1):
        if theirs[offset:offset + len(mine)] == mine:
            rest = theirs[offset + len(mine):]
            if rest and rest[0] not in _NATURAL_BREAK and len(rest) >= 2 and not rest[0].isdigit():
                return " ".join(rest[:6])
            return None
    return None


def stray_mark(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    for field in ("indikator", "formula_text"):
        text = (row.text(field) or "").strip()
        mark = "*" if text.startswith("*") else ("Σ" if re.search(r"Σ\s*\(", text) and "+" in text else None)
        if mark:
            yield finding("stray-mark", row.index, field, f"Tanda '{mark}' lepas di awal teks.",
                          f"A stray '{mark}' in the text.", evidence=[quote(field, text[:40])],
                          fix=(f"Hapus '{mark}'.", f"Remove the '{mark}'."))


def twin_forms(ctx: ReviewContext) -> Iterator[Finding]:
    """'diperdayakan' in one row, 'diberdayakan' in another: one of them says something else."""
    for a, b in ctx.vocabulary.twins():
        rows = [r.index for r, found in zip(ctx.rows, ctx.row_words) if r.index is not None and {a, b} & found]
        if len(rows) >= 2:
            yield finding("real-word-typo", None, "indikator",
                          f"Keputusan menulis '{a}' dan '{b}' (baris {', '.join(str(r + 1) for r in rows)}); "
                          "salah satunya salah ketik yang mengubah makna.",
                          f"The decree writes both '{a}' and '{b}' (rows {', '.join(str(r + 1) for r in rows)}); "
                          "one of them is a typo that changes the meaning.", rows=rows,
                          evidence=[quote("indikator", ctx.rows[r].name, r) for r in rows[:3]])


def obsolete_terms_found(ctx: ReviewContext) -> Iterator[Finding]:
    """One decree-level finding per replaced term, naming every row that uses it."""
    replaced = obsolete_terms()
    used: dict[str, list[int]] = defaultdict(list)
    for row in ctx.rows:
        text = " ".join(fold(row.text(f)) for f in ("indikator", "formula_text", "definisi", "sasaran"))
        for old in replaced:
            if row.index is not None and re.search(rf"\b{re.escape(old)}\b", text):
                used[old].append(row.index)
    for old, rows in used.items():
        numbers = ", ".join(str(r + 1) for r in rows)
        yield finding("obsolete-term", None, "indikator",
                      f"'{old.upper() if len(old) <= 5 else old.title()}' sudah diganti: {replaced[old]} "
                      f"(baris {numbers}).",
                      f"'{old.upper() if len(old) <= 5 else old.title()}' was replaced: {replaced[old]} "
                      f"(rows {numbers}).", rows=rows,
                      evidence=[quote("indikator", ctx.rows[r].name, r) for r in rows[:3]],
                      fix=(f"Gunakan {replaced[old]}.", f"Use {replaced[old]}."))


CHECKS = (typos, truncated_text, stray_mark)
DOCUMENT_CHECKS = (twin_forms, obsolete_terms_found)

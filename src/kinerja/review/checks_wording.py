"""Checks on the words of a row: is it a measure, are its terms defined, is its direction clear."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.review.abbreviations import spells
from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.matching import said, text_words
from kinerja.review.text import announces_measure, fold, opening_word, overlap, same_wording, words

# "Ter…nya", "Me…nya": the wording of an objective (sasaran) or a state, not of a measure.
_STATE_WORDING = re.compile(r"^(ter\w+nya|me\w+nya|ke\w+an|pe\w+an|me\w+kan|ter\w+)$")


def not_a_measure(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if not row.name or announces_measure(row.name):
        return
    first = opening_word(row.name)
    formula = row.text("formula_text")
    fix = ((f"Tulis sebagai ukuran, mis. '{formula.strip()}'.", f"Write it as a measure, e.g. '{formula.strip()}'.")
           if formula and announces_measure(formula) else
           ("Awali dengan besaran yang diukur: 'Jumlah …', 'Persentase … yang …', 'Indeks …'.",
            "Open with the quantity measured: 'Jumlah …', 'Persentase … yang …', 'Indeks …'."))
    if _STATE_WORDING.match(first):
        yield finding("not-a-measure", row.index, "indikator",
                      f"'{row.name}' adalah pernyataan keadaan/tujuan, bukan ukuran.",
                      f"'{row.name}' is a statement of a state or aim, not a measure.",
                      evidence=[quote("indikator", row.name)], fix=fix)
    else:
        yield finding("not-a-measure", row.index, "indikator",
                      f"'{row.name}' tidak menyebut apa yang diukur (jumlah, persentase, indeks …).",
                      f"'{row.name}' does not say what is measured (count, percentage, index …).",
                      evidence=[quote("indikator", row.name)], fix=fix)


# Criteria that need a definition before anyone can say they are met.
_VAGUE = ("akurat", "berkualitas", "berkualitas baik", "tepat mutu", "sesuai pedoman", "sesuai standar",
          "sesuai ketentuan", "sesuai kebutuhan", "layak", "optimal", "efektif", "memahami", "berdaya saing",
          "bersih dan aman", "bersih", "kondusif", "harmonis", "seharusnya", "memadai", "baik dan benar")


def vague_criterion(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    texts = {"indikator": fold(row.name), "formula_text": fold(row.text("formula_text"))}
    definisi = fold(row.text("definisi"))
    found: list[tuple[str, str]] = []
    for field, text in texts.items():
        for term in _VAGUE:
            if re.search(rf"\b{term}\b", text) and not any(term in t for _, t in found) \
                    and not _explained(term, definisi, texts["indikator"]):
                found.append((field, term))
    if found:
        listed = ", ".join(f"'{t}'" for _, t in found)
        yield finding("vague-criterion", row.index, "definisi",
                      f"Kriteria {listed} tidak dijelaskan.", f"The criterion {listed} is not explained.",
                      evidence=[quote(field, row.text(field) or "") for field in dict(found)],
                      fix=(f"Definisikan {listed} dengan ukuran yang dapat diperiksa (mis. batas waktu, daftar "
                           "unsur, lolos verifikasi oleh siapa).",
                           f"Define {listed} by something checkable (a deadline, a list of elements, passing "
                           "whose verification)."))


def _explained(term: str, definisi: str, name: str) -> bool:
    """The definisi says more about the term than the name does."""
    if not definisi or term not in definisi:
        return False
    after = definisi.split(term, 1)[1]
    return len(after.split()) >= 5 and not same_wording(definisi, name)


_POLARITY_TERMS = ("pengangguran", "kasus", "perselisihan", "sengketa", "kemiskinan", "pelanggaran",
                   "kecelakaan", "inflasi", "tunggakan", "kematian", "pengaduan", "keluhan", "konflik", "ihk",
                   "stunting", "kriminalitas", "banjir", "kebakaran", "kemacetan")
_RESOLVING = re.compile(r"\b(?:\w*selesai\w*|\w*tangan\w*|\w*cegah\w*|\w*mediasi\w*|ditindaklanjuti|tindak lanjut"
                        r"|menurun\w*|penurunan|turun\w*|tertangani|dilayani|pelayanan|diputus|dipulihkan)\b")


def polarity_hint(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    found = words(row.name)
    terms = [t for t in _POLARITY_TERMS if t in found]
    if not terms or row.data.get("polarity") == "negatif":
        return
    # A resolution or handling rate is higher-is-better: no hint, or it would be wrong.
    counted = " ".join(row.shape.counted_phrases) + " " + (row.text("formula_text") or "")
    if _RESOLVING.search(fold(row.name)) or _RESOLVING.search(fold(counted)):
        return
    yield finding("polarity-hint", row.index, "indikator",
                  f"'{terms[0]}': semakin rendah semakin baik; catat polaritas negatif.",
                  f"'{terms[0]}': lower is better; record a negative polarity.", evidence=[quote("indikator", row.name)],
                  fix=("Nyatakan polaritas negatif dan konvensi capaiannya.",
                       "Record a negative polarity and its capaian convention."))


_VALUE_ONLY = re.compile(r"^\s*\d[\d.,]*\s*%?\s*[a-zA-Z]*\s*$")


def definisi_restates(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    definisi = row.text("definisi")
    if not definisi:
        return
    evidence = [quote("definisi", definisi)]
    fix = ("Jelaskan istilahnya: apa yang dihitung, syaratnya, dan dari mana datanya.",
           "Explain the terms: what is counted, under which condition, and where the data comes from.")
    sasaran = row.text("sasaran")
    if _VALUE_ONLY.match(definisi):
        yield finding("definisi-restates", row.index, "definisi",
                      f"Kolom definisi berisi nilai '{definisi.strip()}', bukan definisi.",
                      f"The definisi cell holds the value '{definisi.strip()}', not a definition.", evidence=evidence,
                      fix=fix)
    elif sasaran and len(fold(sasaran)) >= 20 and fold(sasaran) in fold(definisi) \
            and len(fold(definisi)) < len(fold(sasaran)) * 2:
        yield finding("definisi-restates", row.index, "definisi", "Definisi hanya mengulang sasaran.",
                      "The definisi only repeats the sasaran.", evidence=evidence + [quote("sasaran", sasaran)], fix=fix)
    elif row.shape.is_plain_count and announces_measure(row.name):
        return  # "Jumlah Dokumen X" defined as "Dokumen X": a plain count has nothing more to define
    elif same_wording(definisi, row.name) or (overlap(definisi, row.name) >= 0.9 and overlap(row.name, definisi) >= 0.9):
        yield finding("definisi-restates", row.index, "definisi", "Definisi hanya mengulang nama indikator.",
                      "The definisi only repeats the indicator name.", evidence=evidence, fix=fix)
    elif same_wording(definisi, row.text("formula_text")):
        yield finding("definisi-restates", row.index, "definisi", "Definisi sama persis dengan rumusnya.",
                      "The definisi is identical to the formula.", evidence=evidence, fix=fix)


_YEAR = re.compile(r"\b(?:tahun|thn|th|posisi)\s+(?:19|20)\d\d\b", re.I)
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?\b")   # a million or more: data, not a constant


def definisi_hardcoded_data(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    definisi = row.text("definisi") or ""
    year, big = _YEAR.search(definisi), _BIG_NUMBER.search(definisi)
    if year or big:
        shown = (big or year).group(0)
        yield finding("definisi-hardcoded-data", row.index, "definisi",
                      f"Definisi memuat angka data '{shown}'.", f"The definisi holds the data value '{shown}'.",
                      evidence=[quote("definisi", definisi)],
                      fix=("Hapus angka data dari definisi; catat sebagai data dasar (baseline).",
                           "Remove data values from the definisi; record them as a baseline."))


def undefined_variable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """Single letters ('a / b') nobody defines; index components the decree never explains; a
    population 'yang terdaftar' without saying where."""
    shape = row.shape
    definisi = row.text("definisi") or ""
    undefined: list[str] = []
    for phrase in shape.variables.values():
        folded = fold(phrase)
        if len(folded.replace(" ", "")) <= 2:
            undefined.append(phrase)
        elif shape.kind == "weighted_index":
            wanted = text_words(phrase)
            if wanted and not all(said(w, text_words(definisi)) for w in wanted):
                undefined.append(phrase)
        elif re.fullmatch(r"(?:jumlah )?(?:masyarakat|orang|penduduk|warga|peserta) yang terdaftar", folded):
            undefined.append(phrase)
    if undefined:
        listed = "; ".join(f"'{p}'" for p in undefined)
        yield finding("undefined-variable", row.index, "formula_text", f"Unsur {listed} tidak didefinisikan.",
                      f"The term {listed} is not defined.", evidence=[quote("formula_text", p) for p in undefined[:3]],
                      fix=("Definisikan setiap unsur: apa yang dihitung, cara menilainya, dan sumber datanya.",
                           "Define every term: what is counted, how it is scored, and where its data comes from."))


_EXPANSION_ATTEMPT = re.compile(r"((?:[A-Za-z][\w'-]*\s+){2,6})\(\s*([A-Z][A-Z0-9]{1,9})\s*\)")


def abbreviation_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """'Perjanjian Kerja Antar Waktu (PKWT)' where the decree elsewhere has PKWT as 'Perjanjian Kerja
    Waktu Tertentu'."""
    for field in ("indikator", "definisi", "formula_text", "sasaran"):
        text = row.text(field) or ""
        if "(" not in text:
            continue
        for match in _EXPANSION_ATTEMPT.finditer(text):
            short = match.group(2)
            known = [k for k in ctx.abbreviations.expansions(short) if spells(short, k)]
            written = fold(match.group(1)).split()
            if not known or any(spells(short, " ".join(written[-n:])) for n in range(1, len(written) + 1)):
                continue
            expected = known[0].split()
            tail = written[-len(expected):]
            shared = len(set(tail) & set(expected))
            if shared >= max(2, len(expected) // 2) and tail != expected:
                yield finding("abbreviation-mismatch", row.index, field,
                              f"{short} dijabarkan '{' '.join(tail)}', di tempat lain '{known[0]}'.",
                              f"{short} is spelled out as '{' '.join(tail)}', elsewhere as '{known[0]}'.",
                              evidence=[quote(field, match.group(0))],
                              fix=(f"Tulis '{known[0].title()} ({short})'.", f"Write '{known[0].title()} ({short})'."))
                return


CHECKS = (not_a_measure, vague_criterion, polarity_hint, definisi_restates, definisi_hardcoded_data,
          undefined_variable, abbreviation_mismatch)

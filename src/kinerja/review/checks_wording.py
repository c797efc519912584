"""Checks on the words of a row: is it a measure, is it an outcome, are its terms and fields there."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.review.codes import finding
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.text import (announces_growth, announces_measure, announces_percent, announces_rate,
                                 ends_dangling, fold, opening_word, overlap, same_wording, words)

# "Ter…nya", "Me…nya": the wording of an objective (sasaran) or a state, not of a measure.
_STATE_WORDING = re.compile(r"^(ter\w+nya|me\w+nya|ke\w+an|pe\w+an|me\w+kan)$")
# Output nouns: at IKU level, their availability or count is not an outcome.
_OUTPUT_NOUNS = ("dokumen", "laporan", "kegiatan", "paket", "rapat", "surat", "berkas")
_OUTPUT_STATES = ("tersedianya", "tersusunnya", "terlaksananya", "terselenggaranya", "terpenuhinya")


def not_a_measure(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if not row.name or announces_measure(row.name):
        return
    first = opening_word(row.name)
    if _STATE_WORDING.match(first):
        yield finding("not-a-measure", row.index, "indikator",
                      f"'{row.name}' adalah pernyataan keadaan/tujuan, bukan ukuran.",
                      f"'{row.name}' is a statement of a state or aim, not a measure.")
    else:
        yield finding("not-a-measure", row.index, "indikator",
                      f"'{row.name}' tidak menyebut apa yang diukur (jumlah, persentase, indeks …).",
                      f"'{row.name}' does not say what is measured (count, percentage, index …).")


def output_at_iku(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if not row.is_iku or not row.name:
        return
    found = words(row.name)
    # "Jumlah dokumen …" is a normal kegiatan-level row of an IKU table; a rate of documents or the
    # availability of one claims to be a result.
    if opening_word(row.name) in _OUTPUT_STATES or (len(found) > 1 and announces_percent(row.name)
                                                    and found[1] in _OUTPUT_NOUNS):
        yield finding("output-at-iku", row.index, "indikator",
                      f"IKU '{row.name}' mengukur keluaran, bukan hasil.",
                      f"The IKU '{row.name}' measures an output, not an outcome.")


_VAGUE = ("akurat", "berkualitas", "tepat mutu", "sesuai pedoman", "sesuai standar", "sesuai ketentuan",
          "sesuai kebutuhan", "layak", "optimal", "efektif", "memahami", "berdaya saing")


def vague_criterion(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    name = fold(row.name)
    definisi = fold(row.text("definisi"))
    # The definisi explains the criterion only if it says more than the name does.
    explained = bool(definisi) and not same_wording(row.name, row.text("definisi")) and len(definisi) > len(name) + 20
    vague = [v for v in _VAGUE if re.search(rf"\b{v}\b", name) and not (explained and v in definisi)]
    if vague:
        listed = ", ".join(f"'{v}'" for v in vague)
        yield finding("vague-criterion", row.index, "definisi",
                      f"Kriteria {listed} tidak dijelaskan.", f"The criterion {listed} is not explained.")


_POLARITY_TERMS = ("pengangguran", "kasus", "perselisihan", "sengketa", "kemiskinan", "pelanggaran",
                   "kecelakaan", "inflasi", "tunggakan", "kematian", "pengaduan", "keluhan", "konflik", "ihk",
                   "harga")
_RESOLVING = ("diselesaikan", "terselesaikan", "penyelesaian", "ditangani", "tertangani", "penanganan",
              "dicegah", "pencegahan", "dimediasi", "ditindaklanjuti", "menurun", "penurunan", "turun")


def polarity_hint(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    found = words(row.name)
    terms = [t for t in _POLARITY_TERMS if t in found]
    if not terms:
        return
    declared = row.data.get("polarity")
    if declared == "negatif":
        return
    if any(w in found for w in _RESOLVING):
        yield finding("polarity-hint", row.index, "indikator",
                      f"'{terms[0]}' biasanya semakin rendah semakin baik, tetapi nama mengukur penanganannya; "
                      "nyatakan arah (polaritas) secara eksplisit.",
                      f"'{terms[0]}' is usually lower-is-better, but the name measures its handling; state the "
                      "direction (polarity) explicitly.")
    else:
        yield finding("polarity-hint", row.index, "indikator",
                      f"'{terms[0]}': semakin rendah semakin baik; catat polaritas negatif.",
                      f"'{terms[0]}': lower is better; record a negative polarity.")


def truncated_text(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    for field, label_id, label_en in (("indikator", "Nama indikator", "The indicator name"),
                                      ("sasaran", "Sasaran", "The sasaran"),
                                      ("formula_text", "Formula", "The formula")):
        tail = ends_dangling(row.text(field))
        if tail:
            yield finding("truncated-text", row.index, field,
                          f"{label_id} berakhir menggantung ('{tail}').", f"{label_en} ends mid-phrase ('{tail}').")


_VALUE_ONLY = re.compile(r"^\s*\d[\d.,]*\s*%?\s*[a-zA-Z]*\s*$")


def definisi_restates(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    definisi = row.text("definisi")
    if not definisi:
        return
    if _VALUE_ONLY.match(definisi):
        yield finding("definisi-restates", row.index, "definisi",
                      f"Kolom definisi berisi nilai '{definisi.strip()}', bukan definisi.",
                      f"The definisi cell holds the value '{definisi.strip()}', not a definition.")
    elif row.shape.is_plain_count and announces_measure(row.name):
        return  # "Jumlah Dokumen X" defined as "Jumlah Dokumen X": a plain count has nothing more to define
    elif same_wording(definisi, row.name) or (overlap(definisi, row.name) >= 0.9 and overlap(row.name, definisi) >= 0.9):
        yield finding("definisi-restates", row.index, "definisi", "Definisi hanya mengulang nama indikator.",
                      "The definisi only repeats the indicator name.")
    elif same_wording(definisi, row.text("formula_text")):
        yield finding("definisi-restates", row.index, "definisi", "Definisi sama persis dengan rumusnya.",
                      "The definisi is identical to the formula.")


_YEAR = re.compile(r"\b(19|20)\d\d\b")
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b")


def definisi_hardcoded_data(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    definisi = row.text("definisi") or ""
    year, big = _YEAR.search(definisi), _BIG_NUMBER.search(definisi)
    if year or big:
        shown = (year or big).group(0)
        yield finding("definisi-hardcoded-data", row.index, "definisi",
                      f"Definisi memuat angka data '{shown}'.", f"The definisi holds the data value '{shown}'.")


def external_outcome(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # A denominator taken from BPS is fine; an IKU, a rate or an index measured by BPS is not the agency's own.
    if not (row.is_iku or announces_rate(row.name) or announces_growth(row.name)
            or opening_word(row.name) in ("indeks", "nilai")
            or any(w in words(row.name) for w in ("ihk", "inflasi", "pdrb"))):
        return
    sources = " ".join(fold(row.text(f)) for f in ("sumber_data", "definisi", "formula_text"))
    found = re.search(r"\b(bps|badan pusat statistik|data statistik)\b", sources)
    if found:
        yield finding("external-outcome", row.index, "sumber_data",
                      f"Data bersumber dari statistik makro ('{found.group(0)}').",
                      f"The data comes from macro statistics ('{found.group(0)}').")


def sumber_data_missing(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if not row.text("sumber_data"):
        # When most rows lack it the decree-level finding carries the weight; the row only notes it.
        yield finding("sumber-data-missing", row.index, "sumber_data", "Sumber data tidak diisi.",
                      "No data source is given.", severity="info" if ctx.mostly_lacks("sumber_data") else None)


def penanggung_jawab_missing(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # In an IKI table the jabatan the row sits under is the one responsible.
    if not row.text("penanggung_jawab") and not row.jabatan:
        yield finding("penanggung-jawab-missing", row.index, "penanggung_jawab", "Penanggung jawab tidak diisi.",
                      "No responsible position is given.",
                      severity="info" if ctx.mostly_lacks("penanggung_jawab") else None)


CHECKS = (not_a_measure, output_at_iku, vague_criterion, polarity_hint, truncated_text, definisi_restates,
          definisi_hardcoded_data, external_outcome, sumber_data_missing, penanggung_jawab_missing)


def document_findings(ctx: ReviewContext) -> Iterator[Finding]:
    """A column left empty in most rows is one finding about the decree, not one per row."""
    for name, code, label_id, label_en in (("sumber_data", "sumber-data-missing", "sumber data", "data source"),
                                           ("penanggung_jawab", "penanggung-jawab-missing", "penanggung jawab",
                                            "responsible position")):
        if name == "penanggung_jawab" and all(r.jabatan for r in ctx.rows):
            continue  # an IKI decree: each jabatan is responsible for its own rows
        if ctx.mostly_lacks(name):
            empty = round(ctx.missing_share(name) * len(ctx.rows))
            yield finding(code, None, name,
                          f"{empty} dari {len(ctx.rows)} indikator tidak mencantumkan {label_id}.",
                          f"{empty} of {len(ctx.rows)} indicators give no {label_en}.")

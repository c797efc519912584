"""Checks on the data source and the responsible position: is there one, and is it a source at all."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.matching import said, text_words
from kinerja.review.phrase import parse
from kinerja.review.positions import STAFF, level_of
from kinerja.review.text import announces_growth, announces_rate, fold, opening_word, words

# A source names a record: these words say it does.
_RECORD_WORDS = frozenset({"data", "laporan", "dokumen", "sistem", "aplikasi", "register", "buku", "catatan", "sk",
                           "daftar", "rekap", "rekapitulasi", "hasil", "survei", "survey", "kuesioner", "bps", "statistik",
                           "arsip", "berkas", "database", "basis", "website", "web", "lkjip", "lakip", "renstra", "renja",
                           "dpa", "rka", "sipd", "simpeg", "spj", "bukti", "notulen", "absensi", "presensi", "penerbitan",
                           "pendataan", "pencatatan", "formulir", "surat", "neraca", "publikasi", "siinas", "oss",
                           "eska", "ods", "monitoring", "evaluasi", "e", "online", "risalah", "berita", "acara",
                           "notula", "wajib", "lapor", "sertifikat", "keputusan", "kuitansi", "rekening", "sistem"})
# Who or what a population is: a source naming one of these is the people counted, not a record of them.
_POPULATIONS = frozenset({"siswa", "siswi", "pelajar", "mahasiswa", "masyarakat", "penduduk", "warga", "pencari",
                          "tenaga", "pekerja", "petani", "nelayan", "pedagang", "pelaku", "perusahaan", "lembaga",
                          "koperasi", "umkm", "ukm", "ikm", "peserta", "keluarga", "rumah"})
_UNIT_WORDS = frozenset({"seksi", "bidang", "bagian", "subbag", "subbagian", "sub", "sekretariat", "dinas", "badan",
                         "kantor", "upt", "uptd", "kecamatan", "desa", "kelurahan", "subbid", "bappeda",
                         "inspektorat", "kementerian", "kemendag", "kemnaker", "kemenkes", "provinsi", "pemerintah"})
_MACRO_SOURCES = re.compile(r"\b(?:bps|badan pusat statistik|data statistik|kementerian|kemendag|kemedag|kemnaker"
                            r"|eska|pusat)\b")


def sumber_data_missing(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # When most rows lack it the decree-level finding says it once; no row repeats it.
    if not row.text("sumber_data") and not ctx.mostly_lacks("sumber_data"):
        yield finding("sumber-data-missing", row.index, "sumber_data", "Sumber data tidak diisi.",
                      "No data source is given.", evidence=[quote("indikator", row.name)],
                      fix=("Sebutkan dokumen atau sistem tempat angka diambil.",
                           "Name the document or system the number is taken from."))


def penanggung_jawab_missing(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # In an IKI table the jabatan the row sits under is the one responsible.
    if not row.text("penanggung_jawab") and not row.jabatan and not ctx.mostly_lacks("penanggung_jawab"):
        yield finding("penanggung-jawab-missing", row.index, "penanggung_jawab", "Penanggung jawab tidak diisi.",
                      "No responsible position is given.", evidence=[quote("indikator", row.name)])


def source_not_a_source(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """A person or a population where a record should be named."""
    source = row.text("sumber_data")
    if not source:
        return
    found = words(source)
    if set(found) & _RECORD_WORDS or any(w.startswith(("data", "laporan", "dokumen")) for w in found):
        return
    level = level_of(source)
    if level is not None and level != STAFF and not set(found) & _UNIT_WORDS - {"kepala"}:
        yield finding("source-not-a-source", row.index, "sumber_data",
                      f"Sumber data '{source}' adalah jabatan, bukan catatan.",
                      f"The data source '{source}' is a position, not a record.", evidence=[quote("sumber_data", source)],
                      fix=("Sebutkan dokumen yang dikelola jabatan itu (register, laporan, aplikasi).",
                           "Name the record that position keeps (a register, a report, an application)."))
        return
    if set(found) & _UNIT_WORDS:
        return  # a unit's name: said once for the decree (source_units)
    population = parse(source)
    counted = text_words(row.name) + text_words(" ".join(row.shape.counted_phrases))
    if population.head in _POPULATIONS and not said(population.head, counted, ctx.abbreviations):
        yield finding("source-not-a-source", row.index, "sumber_data",
                      f"Sumber data '{source}' adalah populasi, bukan catatan; yang dihitung pun bukan mereka.",
                      f"The data source '{source}' is a population, not a record; nor is it what is counted.",
                      evidence=[quote("sumber_data", source)],
                      fix=("Sebutkan daftar atau laporan tempat angka diambil (mis. daftar peserta kegiatan).",
                           "Name the list or report the number is taken from (e.g. the activity's attendance list)."))


def external_outcome(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # A denominator taken from BPS is fine; an IKU, a rate or an index measured by others is not the agency's own.
    if not (row.is_iku or announces_rate(row.name) or announces_growth(row.name)
            or opening_word(row.name) in ("indeks", "nilai", "%")
            or any(w in words(row.name) for w in ("ihk", "inflasi", "pdrb", "ekspor"))):
        return
    # A definisi may mention a ministry in passing; only BPS there makes the number someone else's.
    sources = " ".join(fold(row.text(f)) for f in ("sumber_data", "formula_text"))
    found = _MACRO_SOURCES.search(sources) or re.search(r"\b(?:bps|badan pusat statistik|data statistik)\b",
                                                        fold(row.text("definisi")))
    if found:
        yield finding("external-outcome", row.index, "sumber_data",
                      f"Data bersumber dari statistik atau instansi lain ('{found.group(0)}').",
                      f"The data comes from macro statistics or another agency ('{found.group(0)}').",
                      evidence=[quote("sumber_data", row.text("sumber_data") or found.group(0))],
                      fix=("Pasangkan dengan indikator yang dikendalikan perangkat daerah sendiri.",
                           "Pair it with an indicator the agency itself controls."))


def document_findings(ctx: ReviewContext) -> Iterator[Finding]:
    """A column left empty in most rows, or a unit named as the source: one finding about the decree."""
    for name, code, label_id, label_en in (("sumber_data", "sumber-data-missing", "sumber data", "data source"),
                                           ("penanggung_jawab", "penanggung-jawab-missing", "penanggung jawab",
                                            "responsible position")):
        if name == "penanggung_jawab" and all(r.jabatan for r in ctx.rows):
            continue  # an IKI decree: each jabatan is responsible for its own rows
        if ctx.mostly_lacks(name):
            empty = [r.index for r in ctx.rows if not r.text(name) and r.index is not None]
            yield finding(code, None, name,
                          f"{len(empty)} dari {len(ctx.rows)} indikator tidak mencantumkan {label_id}.",
                          f"{len(empty)} of {len(ctx.rows)} indicators give no {label_en}.", rows=empty,
                          evidence=[quote(name, "—")])
    units = [r for r in ctx.rows if _names_a_unit(r.text("sumber_data"))]
    if len(units) >= 3:
        yield finding("source-not-a-source", None, "sumber_data",
                      f"{len(units)} indikator menyebut unit kerja sebagai sumber data (mis. "
                      f"'{units[0].text('sumber_data')}'), bukan dokumen atau sistemnya.",
                      f"{len(units)} indicators name a unit as their data source (e.g. "
                      f"'{units[0].text('sumber_data')}'), not its record or system.", severity="info", confidence=0.7,
                      rows=[r.index for r in units if r.index is not None],
                      evidence=[quote("sumber_data", r.text("sumber_data"), r.index) for r in units[:3]],
                      fix=("Sebutkan dokumen atau sistem yang dikelola unit itu.",
                           "Name the record or system that unit keeps."))


def _names_a_unit(source: str | None) -> bool:
    found = set(words(source))
    return bool(found & _UNIT_WORDS) and not found & _RECORD_WORDS


CHECKS = (sumber_data_missing, penanggung_jawab_missing, source_not_a_source, external_outcome)
DOCUMENT_CHECKS = (document_findings,)

"""Is the indicator at the level its holder should measure? Heads hold outcomes, sections outputs.

The indicator's level is read from its wording: a count of documents, reports, activities or
packages is an output; the availability of a document or the holding of an activity is an output
stated as a result. Region-wide impacts (exports, inflation, regional GDP, poverty) are no one
section's doing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.positions import HEAD, MIDDLE, SECTION, STAFF
from kinerja.review.text import announces_count, announces_percent, fold, opening_word, words

_OUTPUT_NOUNS = ("dokumen", "laporan", "kegiatan", "paket", "rapat", "surat", "berkas", "sosialisasi", "bimtek",
                 "pelatihan", "monitoring", "pemantauan", "koordinasi", "fasilitasi")
_OUTPUT_STATES = ("tersedianya", "tersusunnya", "terlaksananya", "terselenggaranya", "terpenuhinya",
                  "tersampaikannya", "terlaporkannya")
_MACRO = re.compile(r"\b(?:ekspor|eksport|export|impor|inflasi|ihk|indeks harga konsumen|pdrb|kemiskinan|"
                    r"pengangguran|ipm|pertumbuhan ekonomi|investasi daerah)\b")


def _output_wording(name: str, head: bool) -> str | None:
    """The output a name counts; a share of documents done well is a result for a bidang, not for a head."""
    found = words(name)
    first = opening_word(name)
    if first in _OUTPUT_STATES:
        return first
    if len(found) > 1 and (announces_count(name) or (head and announces_percent(name))):
        rest = [w for w in found[1:3] if w != "jumlah"]
        if rest and rest[0] in _OUTPUT_NOUNS:
            return rest[0]
    return None


def output_at_head(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    level = row.level
    if level not in (HEAD, MIDDLE) or not row.name:
        return
    wording = _output_wording(row.name, level == HEAD)
    if wording:
        who = row.holder or "IKU"
        yield finding("output-at-iku", row.index, "indikator",
                      f"Indikator {who} mengukur keluaran ('{wording}'), bukan hasil.",
                      f"The indicator of {who} measures an output ('{wording}'), not an outcome.",
                      confidence=0.85 if level == HEAD else 0.7, evidence=[quote("indikator", row.name)],
                      fix=("Ukur hasil yang diharapkan dari keluaran itu, mis. 'Persentase … yang … berkat …'; "
                           "pindahkan keluarannya ke indikator kepala seksi/subbagian.",
                           "Measure the result the output is for, e.g. 'Persentase … yang …'; move the output to "
                           "a section head's indicator."))


def outcome_beyond_position(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    level = row.level
    if level not in (MIDDLE, SECTION, STAFF):
        return
    found = _MACRO.search(fold(row.name))
    if found:
        who = row.holder or ""
        yield finding("outcome-beyond-position", row.index, "indikator",
                      f"'{found.group(0)}' wilayah dipegang {who}; jabatan ini tidak mengendalikannya.",
                      f"Region-wide '{found.group(0)}' is held by {who}; this position does not control it.",
                      confidence=0.85 if level != MIDDLE else 0.7, evidence=[quote("indikator", row.name)],
                      fix=("Ukur hasil langsung jabatan ini, mis. pelaku usaha yang difasilitasi yang berhasil "
                           "mengekspor.", "Measure this position's direct result, e.g. the share of the businesses "
                           "it supported that went on to export."))


CHECKS = (output_at_head, outcome_beyond_position)

"""Does the indicator fit its sasaran, and the duties of the position that holds it?

The words that name a unit's matter ('pembiayaan', 'kelembagaan dan pengawasan', 'perdagangan') are
read off the jabatan titles of the decree; a sasaran that speaks of another unit's matter and not of
its own position's belongs to that other unit.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.positions import Position, level_of
from kinerja.review.text import MEASURE_WORDS, content_stems, fold, opening_word, stem, words

_DOCUMENT_OPENERS = ("laporan", "dokumen", "surat", "berkas", "rapat", "notulen")
_CHANGE = ("peningkatan", "penurunan", "pertumbuhan", "perubahan", "pengurangan", "penguatan", "pemantapan",
           "pemerataan", "perluasan", "percepatan", "pengembangan")
_ACTIVITY = re.compile(r"^pe\w*an$|^fasilitasi$")


def sasaran_not_objective(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    sasaran = row.text("sasaran")
    if not sasaran:
        return
    first = opening_word(sasaran)
    if any(first.startswith(w) for w in MEASURE_WORDS if w not in ("peningkatan", "penurunan", "pertumbuhan",
                                                                    "perubahan", "kenaikan", "laju")):
        what_id, what_en = "berbunyi sebagai indikator", "is worded as an indicator"
    elif first in _DOCUMENT_OPENERS and len(words(sasaran)) <= 6:
        what_id, what_en = "berupa dokumen keluaran", "is an output document"
    elif row.is_iku and _ACTIVITY.match(first) and first not in _CHANGE and stem(first) != first:
        what_id, what_en = "berupa nama kegiatan", "is the name of an activity"
    else:
        return
    yield finding("sasaran-not-objective", row.index, "sasaran", f"Sasaran '{sasaran}' {what_id}.",
                  f"The sasaran '{sasaran}' {what_en}.", evidence=[quote("sasaran", sasaran)],
                  fix=("Rumuskan kondisi yang ingin dicapai: 'Meningkatnya …', 'Terwujudnya … yang …'.",
                       "State the condition to achieve: 'Meningkatnya …', 'Terwujudnya … yang …'."))


_EXTERNAL_MEASURE = re.compile(r"\bkepuasan masyarakat\b|\bikm\b|\bskm\b|\bpengguna layanan\b|\bpublik\b")


def internal_external(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    sasaran = fold(row.text("sasaran"))
    if not sasaran or "internal" not in sasaran:
        return
    measured = fold(f"{row.name} {row.text('formula_text') or ''} {row.text('sumber_data') or ''}")
    found = _EXTERNAL_MEASURE.search(measured)
    if found:
        yield finding("internal-external", row.index, "sasaran",
                      f"Sasaran tentang layanan internal diukur dengan '{found.group(0)}' (pengguna eksternal).",
                      f"A sasaran about internal service is measured by '{found.group(0)}' (external users).",
                      evidence=[quote("sasaran", row.text("sasaran")), quote("indikator", row.name)],
                      fix=("Ukur kepuasan pengguna internal (pegawai, bidang) atau ubah sasarannya.",
                           "Measure the satisfaction of internal users (staff, bidang) or change the sasaran."))


def sasaran_of_another_unit(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """'Meningkatnya produksi dan pemasaran usaha mikro' under the Kepala Seksi Pembiayaan Usaha Mikro."""
    own, sasaran = row.position, row.text("sasaran")
    if own is None or not sasaran or not own.matter:
        return
    earlier = [r for r in ctx.by_jabatan.get(fold(row.jabatan), []) if r.index is not None and row.index is not None
               and r.index < row.index and fold(r.text("sasaran")) == fold(sasaran)]
    if earlier:
        return  # said once, on the first row under that sasaran
    spoken = content_stems(sasaran)
    mine = own.duty_stems | content_stems(row.name) | content_stems(row.text("formula_text"))
    for other in ctx.all_positions:
        if other.jabatan == own.jabatan or level_of(other.jabatan) != level_of(own.jabatan):
            continue
        theirs, ours = other.matter - own.matter, own.matter - other.matter
        said_theirs = theirs & spoken
        if ours and not ours & spoken and said_theirs and not said_theirs & mine \
                and len(said_theirs) >= min(2, len(theirs)):
            yield finding("sasaran-mismatch", row.index, "sasaran",
                          f"Sasaran menyebut urusan '{other.jabatan}', bukan urusan {own.jabatan}.",
                          f"The sasaran speaks of the matter of '{other.jabatan}', not of {own.jabatan}'s.",
                          evidence=[quote("sasaran", sasaran), quote("jabatan", own.jabatan)],
                          fix=("Gunakan sasaran yang diturunkan dari tugas jabatan ini.",
                               "Use a sasaran derived from this position's own duties."))
            return


def tugas_copied(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    own = row.position
    if own is None or len(own.tugas) < 2 or not ctx.first_of_jabatan(row):
        return
    mine = fold(" ".join(own.tugas))
    for other in ctx.positions.values():
        if other.jabatan == own.jabatan:
            break  # only an earlier position can be the original
        if len(other.tugas) == len(own.tugas) and fuzz.ratio(fold(" ".join(other.tugas)), mine) >= 95:
            yield finding("tugas-copied", row.index, "jabatan",
                          f"Tugas {own.jabatan} sama persis dengan tugas {other.jabatan}.",
                          f"The duties of {own.jabatan} are those of {other.jabatan}, word for word.",
                          evidence=[quote("jabatan", own.tugas[0])],
                          fix=("Tulis tugas jabatan ini dari peraturan tentang susunan organisasinya.",
                               "Write this position's duties from the regulation on its organisation."))
            return


def superior_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """A Usaha Mikro seksi whose duties end 'yang diberikan oleh Kepala Bidang Koperasi'."""
    own = row.position
    if own is None or not ctx.first_of_jabatan(row) or not own.matter:
        return
    superior = own.superior
    if not superior:
        return
    theirs = Position(superior).matter
    if not theirs or theirs & own.matter:
        return
    fitting = [p for p in ctx.all_positions if level_of(p.jabatan) == level_of(superior) and p.matter & own.matter
               and fold(p.jabatan) != fold(superior)]
    if fitting:
        yield finding("superior-mismatch", row.index, "jabatan",
                      f"Tugas {own.jabatan} menyebut atasan '{superior}', padahal unitnya di bawah {fitting[0].jabatan}.",
                      f"The duties of {own.jabatan} name '{superior}' as superior, though the unit falls under "
                      f"{fitting[0].jabatan}.", evidence=[quote("jabatan", superior)])


def title_duties_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """Duties that name another unit ('… Sub Bagian Umum dan Kepegawaian' under Keuangan) and never the
    position's own matter."""
    own = row.position
    if own is None or not ctx.first_of_jabatan(row) or not own.duties or not own.matter:
        return
    duties = fold(own.duties)
    others = [p for p in ctx.all_positions if p.unit and fold(p.unit) != fold(own.unit) and len(words(p.unit)) >= 3
              and fold(p.unit) in duties]
    if others and not own.matter & own.duty_stems:
        yield finding("title-duties-mismatch", row.index, "jabatan",
                      f"Tugas '{own.jabatan}' menyebut {others[0].unit} dan tidak sekali pun urusannya sendiri.",
                      f"The duties of '{own.jabatan}' name {others[0].unit} and never its own matter.",
                      evidence=[quote("jabatan", own.jabatan), quote("jabatan", own.tugas[0] if own.tugas else "")])


CHECKS = (sasaran_not_objective, internal_external, sasaran_of_another_unit, tugas_copied, superior_mismatch,
          title_duties_mismatch)

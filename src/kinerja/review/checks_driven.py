"""Does the value move with performance? Not when it is fixed by the calendar or by obligation, set by
what others send in, or counts events that by definition never happen."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.phrase import parse
from kinerja.review.text import fold

_CALENDAR = re.compile(r"\b(?:bulanan|tiap bulan|setiap bulan\w*|per ?bulan|triwulan\w*|semester\w*|mingguan)\b")
_DOCUMENTS = frozenset({"laporan", "dokumen", "spj", "spp", "lpj", "spm"})
_FROM_OTHERS = re.compile(r"\bsurat masuk\b|\byang masuk\b|\bdiajukan oleh\b|\bditerima dari\b|\bdikirim oleh\b"
                          r"|\bpermohonan yang diterima\b|\busulan yang masuk\b")
_INCOMING = frozenset({"surat", "berkas", "permohonan", "usulan", "pengajuan", "pengaduan"})
_RESOLVED = re.compile(r"\b(?:\w*selesai\w*|ditangani|tertangani|penanganan|dimediasi)\b")
_PREVENTED = re.compile(r"\b(?:dicegah|tercegah|pencegahan|dihindari)\b")
_PEOPLE = frozenset({"pns", "asn", "pegawai", "orang", "karyawan"})


def _counts(row: Row) -> bool:
    return row.shape.kind == "count"


def fixed_by_obligation(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """'Jumlah Laporan Gaji Tiap Bulan': twelve a year whatever happens."""
    if not _counts(row):
        return
    for field in ("formula_text", "indikator"):
        text = fold(row.text(field))
        found = _CALENDAR.search(text)
        if found and parse(row.text(field)).head in _DOCUMENTS | {"dokumen"}:
            yield finding("fixed-by-obligation", row.index, field,
                          f"Yang dihitung adalah dokumen rutin '{found.group(0)}': jumlahnya ditentukan kalender.",
                          f"What is counted is a routine '{found.group(0)}' document: the calendar sets the number.",
                          evidence=[quote(field, row.text(field))],
                          fix=("Ukur ketepatan atau mutunya: 'Persentase laporan … yang disampaikan tepat waktu'.",
                               "Measure its timeliness or quality: 'Persentase laporan … yang disampaikan tepat "
                               "waktu'."))
            return


def driven_by_others(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    for field in ("formula_text", "indikator"):
        text = row.text(field)
        found = _FROM_OTHERS.search(fold(text))
        # what comes in is the thing counted ("Jumlah surat masuk"), not a qualifier of it
        if found and ((parse(text).head in _INCOMING and found.group(0).startswith(parse(text).head or "-"))
                      or "oleh" in found.group(0)):
            yield finding("driven-by-others", row.index, field,
                          f"Yang dihitung ditentukan pihak lain ('{found.group(0)}').",
                          f"What is counted is set by others ('{found.group(0)}').", evidence=[quote(field, row.text(field))],
                          fix=("Ukur layanan jabatan ini atas kiriman itu, mis. 'Persentase permohonan yang diproses "
                               "dalam N hari'.", "Measure this position's service on what comes in, e.g. 'Persentase "
                               "permohonan yang diproses dalam N hari'."))
            return


def count_needs_share(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """A count of resolved cases, or of staff served on time: it follows demand, not performance."""
    if not _counts(row):
        return
    phrase = parse(row.name)
    thing = phrase.head
    # the name counts resolutions ("Jumlah penyelesaian kasus", "perkara yang diselesaikan")
    resolved = _RESOLVED.search(" ".join((thing or "",) + phrase.conditions))
    timely = "tepat waktu" in fold(row.name) and thing in _PEOPLE
    if resolved or timely:
        shown = resolved.group(0) if resolved else "tepat waktu"
        yield finding("count-needs-share", row.index, "indikator",
                      f"Cacah '{shown}' tanpa penyebut: nilainya mengikuti banyaknya kasus, bukan kinerja.",
                      f"A count of '{shown}' with no denominator: it follows the caseload, not performance.",
                      evidence=[quote("indikator", row.name)],
                      fix=("Ukur bagiannya: 'Jumlah … yang … dibagi jumlah seluruh … yang … x 100%'.",
                           "Measure the share: 'Jumlah … yang … dibagi jumlah seluruh … yang … x 100%'."))


def unobservable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    found = _PREVENTED.search(fold(row.name))
    if found and row.shape.kind in ("count", None, "other"):
        yield finding("unobservable", row.index, "indikator",
                      f"Indikator menghitung yang '{found.group(0)}' — kejadian yang tidak terjadi.",
                      f"The indicator counts what was '{found.group(0)}' — events that did not happen.",
                      evidence=[quote("indikator", row.name)],
                      fix=("Ukur kejadian yang nyata: jumlah atau persentase perselisihan yang terjadi, dibanding "
                           "tahun lalu.", "Measure real events: the number or share of disputes that occurred, "
                           "against last year."))


CHECKS = (fixed_by_obligation, driven_by_others, count_needs_share, unobservable)

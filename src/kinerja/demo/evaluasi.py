"""The demo agency's Evaluasi AKIP: 2024 completed (scored, LHE issued, follow-up under way) and 2025
open (the planner has answered what Kinerja cannot propose; Kinerja's proposals wait to be accepted).

Made through the app's own services, as the planner and the evaluator would, so every row is checked
and audited like real work; dates are then set to when that work would have happened.
"""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from kinerja.catalog.models import PerangkatDaerah
from kinerja.documents import render
from kinerja.documents.content import Document, Paragraph, Section
from kinerja.evaluasi.models import Answer, Evaluation
from kinerja.evaluasi.services import bukti, cycle, follow_up
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.lke import Criterion
from kinerja.reports.models import PkProgram

COMPLETED, OPEN = 2024, 2025
PROGRAMMES = (("Program Perencanaan, Pengendalian dan Evaluasi Kinerja", Decimal("412500000")),
              ("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", Decimal("1875000000")),
              ("Program Penempatan Tenaga Kerja", Decimal("964000000")),
              ("Program Pengembangan Industri Kecil dan Menengah", Decimal("1230000000")))
# What the planner answers where Kinerja has nothing to propose, by scale: a plausible, uneven sheet.
_PATTERN = {"YT": ("Y", "Y", "Y", "T"), "AE": ("B", "A", "B", "C", "B", "B", "C"), "AAE": ("BB", "A")}
# Where the Inspektorat scores lower than the agency did, and why (it goes into the LHE).
_EVALUATOR = {
    "1.b.5": ("B", "Dua indikator Sekretariat memakai target tetap (100%, 1 dokumen) tanpa rumus yang dapat dihitung."),
    "2.b.6": ("C", "Realisasi baru dikumpulkan di aplikasi untuk sebagian indikator; bidang lain masih melapor "
                   "dengan lembar kerja."),
    "2.c.1": ("C", "Hasil pengukuran belum dipakai dalam perhitungan TPP."),
    "3.b.6": ("D", "LKjIP belum membandingkan capaian dengan kabupaten lain atau angka nasional."),
}
_RECOMMENDATIONS = (
    ("Kumpulkan realisasi triwulanan seluruh indikator di aplikasi, tidak hanya Bidang Pelatihan dan Penempatan, "
     "dan tetapkan batas waktu pengisian tiap triwulan.", "Kepala Sub Bagian Perencanaan dan Keuangan",
     date(2025, 6, 30), "2.b.6"),
    ("Rumuskan ulang indikator bertarget tetap (100%, 1 dokumen) menjadi ukuran hasil yang dapat dihitung.",
     "Sekretaris", date(2025, 9, 30), "1.b.5"),
    ("Gunakan hasil pengukuran kinerja dalam penyesuaian anggaran perubahan dan perhitungan TPP.", "Kepala Dinas",
     date(2025, 12, 31), "2.c.1"),
)


def evaluate(agency: PerangkatDaerah) -> int:
    """Both evaluations of ``agency``; nothing if it has any evaluation already. Returns how many were made."""
    users = {u.username: u for u in get_user_model().objects.filter(username__in=("perencana", "evaluator"))}
    if len(users) < 2 or Evaluation.objects.filter(agency=agency).exists():
        return 0
    planner, evaluator = users["perencana"], users["evaluator"]
    for year in (COMPLETED, OPEN):
        for order, (name, budget) in enumerate(PROGRAMMES):
            PkProgram.objects.get_or_create(agency=agency, tahun=year, program=name,
                                            defaults={"anggaran": budget, "order": order})
    _completed(agency, planner, evaluator)
    _open(agency, planner)
    return 2


def _at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _answer(criterion: Criterion, n: int) -> str:
    options = _PATTERN.get(criterion.scale.key) or criterion.scale.answers
    return options[n % len(options)]


def _answer_the_rest(planner, evaluation: Evaluation) -> None:
    """The planner's own answers where Kinerja proposes none."""
    proposed = dict(Answer.objects.filter(evaluation=evaluation).values_list("code", "proposed"))
    versions = dict(Answer.objects.filter(evaluation=evaluation).values_list("code", "version"))
    for n, criterion in enumerate(tree_of(evaluation.instrument).criteria()):
        if not proposed.get(criterion.code):
            cycle.save_usulan(planner, evaluation, criterion.code, _answer(criterion, n), "",
                              version=versions.get(criterion.code, 0))


def _guidance_pdf() -> SimpleUploadedFile:
    doc = Document("Pedoman Teknis Perencanaan Kinerja", [Section([
        Paragraph("PEDOMAN TEKNIS PERENCANAAN KINERJA", bold=True, align="center"),
        Paragraph("Dinas Perindustrian dan Tenaga Kerja Kabupaten Tanah Merah", align="center"),
        Paragraph("Pedoman ini mengatur penyusunan Renstra, Renja, Perjanjian Kinerja dan Rencana Aksi, "
                  "penetapan indikator kinerja utama dan individu, serta penjabarannya sampai tingkat seksi.",
                  align="justify")])])
    return SimpleUploadedFile("Pedoman Perencanaan Kinerja 2024.pdf", render(doc, "pdf"), "application/pdf")


def _lkjip(planner, evaluation: Evaluation, produced: date) -> None:
    linked = bukti.link_document(planner, evaluation, "3.a.1", "lkjip", evaluation.year)
    linked.uploaded_at = _at(produced)
    linked.save()


def _completed(agency: PerangkatDaerah, planner, evaluator) -> None:
    evaluation = cycle.open_evaluation(planner, agency, COMPLETED)
    bukti.attach(planner, evaluation, "1.a.1", _guidance_pdf())
    _lkjip(planner, evaluation, date(2025, 2, 20))
    cycle.refresh_proposals(planner, evaluation)
    cycle.accept_proposals(planner, evaluation)
    _answer_the_rest(planner, evaluation)
    evaluation = cycle.submit(planner, evaluation, version=evaluation.version)
    cycle.copy_usulan(evaluator, evaluation)
    for code, (answer, note) in _EVALUATOR.items():
        row = Answer.objects.get(evaluation=evaluation, code=code)
        cycle.save_penetapan(evaluator, evaluation, code, answer, note, version=row.version)
    evaluation = cycle.save_report_details(
        evaluator, evaluation, version=evaluation.version, lhe_number="700/045/ITDA/2025",
        summary="Dinas Perindustrian dan Tenaga Kerja telah menerapkan SAKIP dengan baik: indikator kinerja "
                "dijabarkan sampai kepala seksi dan capaian dihitung di aplikasi.\nPengukuran belum mencakup "
                "seluruh bidang dan hasilnya belum dipakai untuk anggaran dan TPP.",
        signer_name="Drs. H. Muhammad Yusran, M.Si.", signer_title="Inspektur Kabupaten Tanah Merah",
        signer_nip="19690405 199003 1 007")
    recs = [follow_up.add_recommendation(evaluator, evaluation, text=t, owner=o, due=d, code=c)
            for t, o, d, c in _RECOMMENDATIONS]
    evaluation = cycle.finalise(evaluator, evaluation, version=evaluation.version)
    evaluation.submitted_at, evaluation.finalised_at = _at(date(2025, 3, 14)), _at(date(2025, 4, 15))
    evaluation.save()
    first = follow_up.report(planner, recs[0], version=recs[0].version,
                             text="Sejak TW II 2025 seluruh bidang mengisi realisasi di aplikasi Kinerja; batas waktu "
                                  "tiap triwulan ditetapkan tanggal 10 bulan berikutnya.")
    follow_up.decide(evaluator, first.recommendation, accept=True, version=first.recommendation.version,
                     note="Diterima: realisasi TW II dan TW III 2025 lengkap.")
    follow_up.report(planner, recs[1], version=recs[1].version,
                     text="Konsep perubahan Keputusan IKI untuk dua indikator Sekretariat sedang dibahas.")


def _open(agency: PerangkatDaerah, planner) -> None:
    evaluation = cycle.open_evaluation(planner, agency, OPEN)
    _lkjip(planner, evaluation, date(2026, 3, 6))
    cycle.refresh_proposals(planner, evaluation)
    _answer_the_rest(planner, evaluation)


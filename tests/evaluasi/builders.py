"""Evaluations in any state for the `world` of tests/web (agency X = dinas-x), built through the services.

``evaluation(w, "final")`` walks the cycle as the planner and the evaluator would: opened with
Kinerja's proposals, every criterion answered, submitted, scored, with one recommendation, final.
"""
from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as
from kinerja.evaluasi.models import Answer, BuktiDukung, Evaluation, FollowUp, Recommendation
from kinerja.evaluasi.services import bukti, cycle, follow_up
from kinerja.evaluasi.services.instruments import tree_of
from web.factories import make_pemda, make_user

YEAR = 2025
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf_upload(name: str = "bukti.pdf", data: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, "application/pdf")


def answer_all(planner, evaluation: Evaluation, answer_of=lambda c: c.scale.answers[1]) -> None:
    for criterion in tree_of(evaluation.instrument).criteria():
        row = Answer.objects.filter(evaluation=evaluation, code=criterion.code).first()
        cycle.save_usulan(planner, evaluation, criterion.code, answer_of(criterion), "",
                          version=row.version if row else 0)


def evaluation(w, status: str = "open", year: int = YEAR, agency=None) -> Evaluation:
    """An evaluation of agency X (or ``agency``) in ``status``: open, submitted or final."""
    agency = agency or w.agency
    planner = w.user("planner") if agency == w.agency else w.user("planner_y")
    evaluator = w.user("evaluator")
    with acting_as(label="fixture"):
        e = cycle.open_evaluation(planner, agency, year)
        if status == "open":
            return e
        answer_all(planner, e)
        e = cycle.submit(planner, e, version=e.version)
        if status == "submitted":
            return e
        cycle.copy_usulan(evaluator, e)
        follow_up.add_recommendation(evaluator, e, text="Tetapkan batas waktu pengisian realisasi.", owner="Sekretaris")
        return cycle.finalise(evaluator, e, version=e.version)


def with_bukti(w, e: Evaluation, code: str = "1.a.1") -> BuktiDukung:
    with acting_as(label="fixture"):
        return bukti.attach(w.user("planner"), e, code, pdf_upload())


def recommendation(w, e: Evaluation) -> Recommendation:
    rec = e.recommendations.first()
    if rec is None:
        with acting_as(label="fixture"):
            rec = follow_up.add_recommendation(w.user("evaluator"), e, text="Perbaiki indikator proses.")
    return rec


def reported(w, e: Evaluation, *, with_file: bool = False) -> FollowUp:
    rec = recommendation(w, e)
    with acting_as(label="fixture"):
        return follow_up.report(w.user("planner"), rec, text="Sudah diperbaiki.", version=rec.version,
                                upload=pdf_upload("tindak-lanjut.pdf") if with_file else None)


def other_pemda_evaluator(w):
    """An evaluator of another pemda, added to the world's users as ``evaluator_other``."""
    if "evaluator_other" not in w.users:
        with acting_as(label="fixture"):
            other = make_pemda("Kota Lain", slug="kota-lain")
            w.users["evaluator_other"] = make_user("evaluator_other", {"kind": Role.Kind.EVALUATOR, "pemda": other})
    return w.users["evaluator_other"]


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()

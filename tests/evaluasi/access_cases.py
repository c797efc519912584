"""Access cases for the Evaluasi AKIP URLs (see tests/web/access_registry.py and docs/web.md).

An evaluation is a whole-agency matter: the planner, the agency head, the pemda admin and the pemda's
evaluator read it; unit-scoped users of the agency get 403; agency Y's planner, a user with no role and
another pemda's evaluator get 404. The planner answers (usulan), uploads evidence and reports
follow-up; the evaluator scores (penetapan), recommends, verifies and finalises — each refused the
other's actions with 403. Pemda pages are for the pemda's admins and evaluators; everyone else: 404.
"""
from __future__ import annotations

from evaluasi.builders import (evaluation, other_pemda_evaluator, pdf_upload, recommendation, reported,
                               with_bukti)
from kinerja.evaluasi.models import Answer, BuktiDukung, Evaluation, LkeInstrument
from web.access_registry import AccessCase

GET, POST = ("GET",), ("POST",)
YEAR = 2025
REDIRECT = (302,)


def x(w):
    other_pemda_evaluator(w)
    return {"slug": w.agency.slug}


def sheet_of(status):
    def kwargs(w):
        other_pemda_evaluator(w)
        evaluation(w, status)
        return {"slug": w.agency.slug, "tahun": YEAR}
    return kwargs


def code_of(status, code="1.a.1"):
    def kwargs(w):
        return {**sheet_of(status)(w), "code": code}
    return kwargs


def bukti_of(status):
    def kwargs(w):
        other_pemda_evaluator(w)
        b = with_bukti(w, evaluation(w, status))
        return {"slug": w.agency.slug, "tahun": YEAR, "pk": b.pk}
    return kwargs


def rec_of(status, reported_first=False, with_file=False):
    def kwargs(w):
        other_pemda_evaluator(w)
        e = evaluation(w, status)
        if reported_first:
            f = reported(w, e, with_file=with_file)
            return {"slug": w.agency.slug, "tahun": YEAR, "pk": f.pk if with_file else f.recommendation_id}
        return {"slug": w.agency.slug, "tahun": YEAR, "pk": recommendation(w, e).pk}
    return kwargs


def pemda(w):
    other_pemda_evaluator(w)
    return {"slug": w.pemda.slug}


def lke(w):
    other_pemda_evaluator(w)
    return {"slug": w.pemda.slug, "tahun": YEAR}


def lke_with_row(w):
    evaluation(w, "open", year=YEAR - 1)
    return lke(w)


def lke_of_last_year(w):
    evaluation(w, "open", year=YEAR - 1)
    return {**lke(w), "tahun": YEAR - 1}


def evaluations(w):
    return list(Evaluation.objects.all())


def answers(w):
    return list(Answer.objects.all()) + list(Evaluation.objects.all())


READ_OUTSIDERS = (("operator_a", 403), ("head_a", 403), ("planner_y", 404), ("nobody", 404),
                  ("evaluator_other", 404))
OUTSIDERS = (("operator_a", 403), ("planner_y", 404), ("evaluator_other", 404))
NOT_PLANNER = (("evaluator", 403), ("head", 403)) + OUTSIDERS
NOT_EVALUATOR = (("planner", 403), ("admin", 403), ("head", 403)) + OUTSIDERS
PEMDA_OUTSIDERS = (("planner", 404), ("head", 404), ("operator_a", 404), ("nobody", 404), ("evaluator_other", 404))


def answer_post(w):
    return {"answer": "T", "note": "disusupkan", "version": "0"}


CASES = [
    AccessCase("evaluasi:agency_home", x, READ_OUTSIDERS, GET, "head"),
    AccessCase("evaluasi:agency_home", lambda w: {"slug": w.other.slug}, (("planner", 404), ("operator_a", 404)), GET,
               "planner_y", note="agency Y"),
    AccessCase("evaluasi:start", x, NOT_PLANNER, POST, "planner", REDIRECT, post_data=lambda w: {"tahun": str(YEAR)},
               watched=evaluations),
    AccessCase("evaluasi:sheet", sheet_of("open"), READ_OUTSIDERS, GET, "evaluator"),
    AccessCase("evaluasi:sheet", sheet_of("final"), READ_OUTSIDERS, GET, "head", note="final"),
    AccessCase("evaluasi:refresh", sheet_of("open"), NOT_PLANNER, POST, "planner", REDIRECT, watched=answers),
    AccessCase("evaluasi:accept_all", sheet_of("open"), NOT_PLANNER, POST, "planner", REDIRECT, watched=answers),
    AccessCase("evaluasi:answer_save", code_of("open"), NOT_PLANNER, POST, "planner", REDIRECT,
               post_data=answer_post, watched=answers),
    AccessCase("evaluasi:score_save", code_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"answer": "T", "note": "x", "version": str(
                   Answer.objects.get(code="1.a.1").version)}, watched=answers),
    AccessCase("evaluasi:copy_usulan", sheet_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               watched=answers),
    AccessCase("evaluasi:submit", sheet_of("open"), NOT_PLANNER, POST, "planner", REDIRECT,
               post_data=lambda w: {"version": "1"}, watched=evaluations),
    AccessCase("evaluasi:return", sheet_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"version": str(Evaluation.objects.get().version), "reason": "lengkapi"},
               watched=evaluations),
    AccessCase("evaluasi:report_details", sheet_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"version": str(Evaluation.objects.get().version), "summary": "disusupkan"},
               watched=evaluations),
    AccessCase("evaluasi:finalise", sheet_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"version": str(Evaluation.objects.get().version)}, watched=evaluations),
    AccessCase("evaluasi:lhe", lambda w: {**sheet_of("final")(w), "fmt": "pdf"}, READ_OUTSIDERS, GET, "planner"),
    AccessCase("evaluasi:bukti_upload", code_of("open"), NOT_PLANNER, POST, "planner", REDIRECT,
               post_data=lambda w: {"file": pdf_upload()}, watched=answers),
    AccessCase("evaluasi:bukti_link", code_of("open"), NOT_PLANNER, POST, "planner", REDIRECT,
               post_data=lambda w: {"kind": "pohon-kinerja", "year": str(YEAR)}, watched=answers),
    AccessCase("evaluasi:bukti_download", bukti_of("open"), READ_OUTSIDERS, GET, "evaluator"),
    AccessCase("evaluasi:bukti_remove", bukti_of("open"), NOT_PLANNER, POST, "planner", REDIRECT,
               watched=lambda w: list(BuktiDukung.objects.all())),
    AccessCase("evaluasi:pack", sheet_of("final"), READ_OUTSIDERS, GET, "evaluator"),
    AccessCase("evaluasi:recommendation_add", sheet_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"text": "Rekomendasi siluman"}, watched=evaluations),
    AccessCase("evaluasi:recommendation_edit", rec_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"text": "diubah", "version": "1"},
               watched=lambda w: list(Evaluation.objects.get().recommendations.all())),
    AccessCase("evaluasi:recommendation_remove", rec_of("submitted"), NOT_EVALUATOR, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"version": "1"},
               watched=lambda w: list(Evaluation.objects.get().recommendations.all())),
    AccessCase("evaluasi:follow_up", sheet_of("final"), READ_OUTSIDERS, GET, "head"),
    AccessCase("evaluasi:follow_up_report", rec_of("final"), NOT_PLANNER, POST, "planner", REDIRECT,
               post_data=lambda w: {"text": "sudah", "version": "1"},
               watched=lambda w: list(Evaluation.objects.get().recommendations.all())),
    AccessCase("evaluasi:follow_up_decide", rec_of("final", reported_first=True), NOT_EVALUATOR, POST, "evaluator",
               REDIRECT, post_data=lambda w: {"decision": "accept", "version": str(
                   Evaluation.objects.get().recommendations.get().version)},
               watched=lambda w: list(Evaluation.objects.get().recommendations.all())),
    AccessCase("evaluasi:follow_up_download", rec_of("final", reported_first=True, with_file=True), READ_OUTSIDERS,
               GET, "evaluator"),
    AccessCase("evaluasi:pemda_overview", pemda, PEMDA_OUTSIDERS, GET, "evaluator",
               hidden=lambda w: ["Kota Lain"]),
    AccessCase("evaluasi:pemda_overview", pemda, (("evaluator_other", 404),), GET, "admin", note="pemda admin"),
    AccessCase("evaluasi:instrument", lke, PEMDA_OUTSIDERS, GET, "evaluator"),
    AccessCase("evaluasi:rubric_save", lambda w: {**lke(w), "code": "1.b.5"}, PEMDA_OUTSIDERS, POST, "admin",
               REDIRECT, post_data=lambda w: {"id_A": "Semua indikator SMART"},
               watched=lambda w: list(LkeInstrument.objects.all())),
    AccessCase("evaluasi:instrument_upload", lke, PEMDA_OUTSIDERS, POST, "evaluator", REDIRECT,
               watched=lambda w: list(LkeInstrument.objects.all())),
    AccessCase("evaluasi:instrument_copy", lke_with_row, PEMDA_OUTSIDERS, POST, "evaluator", REDIRECT,
               post_data=lambda w: {"from_year": str(YEAR - 1)}, watched=lambda w: list(LkeInstrument.objects.all())),
    AccessCase("evaluasi:instrument_json", lke_of_last_year, PEMDA_OUTSIDERS, GET, "evaluator",
               note="the pemda's tree of a year that has one"),
]

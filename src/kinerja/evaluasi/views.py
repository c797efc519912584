"""The agency's Evaluasi AKIP pages: the list of years, the LKE sheet (proposals, usulan, penetapan, bukti
dukung), the transitions of the cycle, and the LHE.

Reading goes through :mod:`kinerja.evaluasi.access`; every change through a service that asks Scope
again; refusals come back through :func:`kinerja.evaluasi.responses.act`.
"""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kinerja.catalog.models import Decree
from kinerja.catalog.views import agency_context
from kinerja.documents import MEDIA_TYPES, render as render_document
from kinerja.evaluasi.access import agency_or_403, evaluation_or_404
from kinerja.evaluasi.models import Evaluation
from kinerja.evaluasi.responses import act, language, version_of
from kinerja.evaluasi.services import cycle
from kinerja.evaluasi.services.bukti import DOCUMENT_KINDS
from kinerja.evaluasi.services.lhe import lhe_document, lhe_filename
from kinerja.evaluasi.services.scores import scores_of
from kinerja.evaluasi.services.sheet import sheet as build_sheet
from kinerja.reports.services.documents import KINDS

LHE_FORMATS = ("docx", "pdf")


def _sheet_url(agency, tahun: int) -> str:
    return reverse("evaluasi:sheet", args=[agency.slug, tahun])


@login_required
@require_GET
def agency_home(request, slug):
    agency, scope = agency_or_403(request.user, slug)
    evaluations = list(Evaluation.objects.filter(agency=agency).select_related("instrument").order_by("-year"))
    lines = [(e, scores_of(e)) for e in evaluations]
    taken = {e.year for e in evaluations}
    this_year = timezone.localdate().year
    choices = [y for y in range(this_year - 2, this_year + 1) if y not in taken]
    return render(request, "evaluasi/agency_home.html", agency_context(
        agency, scope, "evaluasi", lines=lines, choices=choices, can_start=scope.can_self_assess(agency),
        lang=language(), usual_year=this_year - 1))  # an evaluation is usually of the year just closed


@login_required
@require_POST
def start(request, slug):
    agency, scope = agency_or_403(request.user, slug)
    try:
        tahun = int(request.POST.get("tahun", ""))
    except ValueError:
        tahun = 0
    opened: list[Evaluation] = []
    response = act(request, lambda: opened.append(cycle.open_evaluation(request.user, agency, tahun)),
                   done=_("Penilaian mandiri dibuka dengan usulan dari data Kinerja."),
                   fallback=reverse("evaluasi:agency_home", args=[agency.slug]))
    return redirect(_sheet_url(agency, tahun)) if opened else response


@login_required
@require_GET
def sheet(request, slug, tahun):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    lang = language()
    scores, parts = build_sheet(evaluation, lang)
    S = Evaluation.Status
    can_answer = scope.can_self_assess(agency) and evaluation.status == S.OPEN
    can_score = scope.can_evaluate(agency) and evaluation.status == S.SUBMITTED
    answered = sum(1 for a in scores.answers.values() if a.usulan)
    pending = sum(1 for a in scores.answers.values() if a.proposed and not a.usulan)
    return render(request, "evaluasi/sheet.html", agency_context(
        agency, scope, "evaluasi", evaluation=evaluation, scores=scores, parts=parts, lang=lang,
        show_penetapan=evaluation.status != S.OPEN,
        can_answer=can_answer, can_score=can_score,
        can_add_bukti=scope.can_self_assess(agency) and evaluation.status != S.FINAL,
        can_evaluate=scope.can_evaluate(agency), can_self_assess=scope.can_self_assess(agency),
        answered=answered, criteria=len(scores.tree.criteria()), pending=pending,
        scored=sum(1 for a in scores.answers.values() if a.penetapan),
        document_kinds=[(k, KINDS[k].title) for k in DOCUMENT_KINDS],
        decrees=Decree.objects.filter(agency=agency).order_by("-tahun", "-pk"),
        recommendations=evaluation.recommendations.order_by("number"), lhe_formats=LHE_FORMATS))


def _post(request, slug, tahun, action, done):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    return act(request, lambda: action(evaluation), done=done, fallback=_sheet_url(agency, tahun))


@login_required
@require_POST
def refresh(request, slug, tahun):
    return _post(request, slug, tahun, lambda e: cycle.refresh_proposals(request.user, e),
                 _("Usulan dihitung ulang dari data Kinerja."))


@login_required
@require_POST
def accept_all(request, slug, tahun):
    return _post(request, slug, tahun, lambda e: cycle.accept_proposals(request.user, e),
                 _("Usulan Kinerja diterima untuk kriteria yang belum dijawab."))


def _answer_payload(row) -> dict:
    return {"version": row.version, "usulan": row.usulan, "penetapan": row.penetapan}


@login_required
@require_POST
def answer_save(request, slug, tahun, code):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    return act(request, lambda: cycle.save_usulan(request.user, evaluation, code, request.POST.get("answer"),
                                                  request.POST.get("note"), version=version_of(request)),
               done=_("Jawaban %(code)s disimpan.") % {"code": code[:32]}, fallback=_sheet_url(agency, tahun),
               payload=_answer_payload)


@login_required
@require_POST
def score_save(request, slug, tahun, code):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    return act(request, lambda: cycle.save_penetapan(request.user, evaluation, code, request.POST.get("answer"),
                                                     request.POST.get("note"), version=version_of(request)),
               done=_("Nilai penetapan %(code)s disimpan.") % {"code": code[:32]}, fallback=_sheet_url(agency, tahun),
               payload=_answer_payload)


@login_required
@require_POST
def copy_usulan(request, slug, tahun):
    return _post(request, slug, tahun, lambda e: cycle.copy_usulan(request.user, e),
                 _("Nilai usulan disalin ke penetapan untuk kriteria yang belum dinilai."))


@login_required
@require_POST
def submit(request, slug, tahun):
    return _post(request, slug, tahun, lambda e: cycle.submit(request.user, e, version=version_of(request)),
                 _("Penilaian mandiri diajukan ke evaluator."))


@login_required
@require_POST
def return_sheet(request, slug, tahun):
    return _post(request, slug, tahun,
                 lambda e: cycle.return_to_agency(request.user, e, request.POST.get("reason", ""),
                                                  version=version_of(request)),
                 _("Penilaian mandiri dikembalikan ke perangkat daerah."))


@login_required
@require_POST
def report_details(request, slug, tahun):
    post = request.POST
    return _post(request, slug, tahun, lambda e: cycle.save_report_details(
        request.user, e, summary=post.get("summary", ""), lhe_number=post.get("lhe_number", ""),
        signer_name=post.get("signer_name", ""), signer_title=post.get("signer_title", ""),
        signer_nip=post.get("signer_nip", ""), version=version_of(request)), _("Simpulan dan penanda tangan disimpan."))


@login_required
@require_POST
def finalise(request, slug, tahun):
    return _post(request, slug, tahun, lambda e: cycle.finalise(request.user, e, version=version_of(request)),
                 _("Evaluasi final; LHE dapat diunduh dan tindak lanjut dapat dilaporkan."))


@login_required
@require_GET
def lhe(request, slug, tahun, fmt):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    if fmt not in LHE_FORMATS:
        raise Http404
    response = HttpResponse(render_document(lhe_document(evaluation), fmt), content_type=MEDIA_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{lhe_filename(evaluation, fmt)}"'
    return response

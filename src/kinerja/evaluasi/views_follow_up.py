"""Recommendations (the evaluator's) and their follow-up (the agency's report, the evaluator's decision)."""
from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kinerja.catalog.views import agency_context
from kinerja.evaluasi.access import evaluation_or_404, recommendation_or_404
from kinerja.evaluasi.errors import EvaluasiError
from kinerja.evaluasi.models import Evaluation, Recommendation
from kinerja.evaluasi.responses import act, version_of
from kinerja.evaluasi.services import follow_up as service


def _due(text: str | None) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise EvaluasiError(f"Tanggal '{text[:20]}' tidak sah (tttt-bb-hh).", f"Invalid date '{text[:20]}' (yyyy-mm-dd).") \
            from None


def _sheet(agency, tahun: int) -> str:
    return reverse("evaluasi:sheet", args=[agency.slug, tahun]) + "#rekomendasi"


def _follow_up(agency, tahun: int) -> str:
    return reverse("evaluasi:follow_up", args=[agency.slug, tahun])


@login_required
@require_POST
def recommendation_add(request, slug, tahun):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    post = request.POST
    return act(request, lambda: service.add_recommendation(
        request.user, evaluation, text=post.get("text", ""), owner=post.get("owner", ""), due=_due(post.get("due")),
        code=post.get("code", "")), done=_("Rekomendasi ditambahkan."), fallback=_sheet(agency, tahun))


@login_required
@require_POST
def recommendation_edit(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    rec = recommendation_or_404(evaluation, pk)
    post = request.POST
    return act(request, lambda: service.edit_recommendation(
        request.user, rec, text=post.get("text", ""), owner=post.get("owner", ""), due=_due(post.get("due")),
        code=post.get("code", ""), version=version_of(request)), done=_("Rekomendasi disimpan."),
        fallback=_sheet(agency, tahun))


@login_required
@require_POST
def recommendation_remove(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    rec = recommendation_or_404(evaluation, pk)
    return act(request, lambda: service.remove_recommendation(request.user, rec, version=version_of(request)),
               done=_("Rekomendasi dihapus."), fallback=_sheet(agency, tahun))


@login_required
@require_GET
def follow_up(request, slug, tahun):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    recs = list(evaluation.recommendations.order_by("number").prefetch_related("follow_ups"))
    final = evaluation.status == Evaluation.Status.FINAL
    return render(request, "evaluasi/follow_up.html", agency_context(
        agency, scope, "evaluasi", evaluation=evaluation, recommendations=recs,
        can_report=final and scope.can_self_assess(agency), can_decide=scope.can_evaluate(agency),
        reportable=(Recommendation.Status.OPEN, Recommendation.Status.RETURNED),
        reported=Recommendation.Status.REPORTED))


@login_required
@require_POST
def follow_up_report(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    rec = recommendation_or_404(evaluation, pk)
    return act(request, lambda: service.report(request.user, rec, text=request.POST.get("text", ""),
                                               upload=request.FILES.get("file"), version=version_of(request)),
               done=_("Tindak lanjut dilaporkan; menunggu verifikasi evaluator."), fallback=_follow_up(agency, tahun))


@login_required
@require_POST
def follow_up_decide(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    rec = recommendation_or_404(evaluation, pk)
    accept = request.POST.get("decision") == "accept"
    return act(request, lambda: service.decide(request.user, rec, accept=accept, note=request.POST.get("note", ""),
                                               version=version_of(request)),
               done=_("Tindak lanjut diterima.") if accept else _("Tindak lanjut dikembalikan."),
               fallback=_follow_up(agency, tahun))

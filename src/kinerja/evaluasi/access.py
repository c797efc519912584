"""The app's access questions, answered only through :class:`~kinerja.accounts.access.Scope`.

An evaluation is a whole-agency matter: the agency's planner and head, and the pemda's admins and
evaluators read it; a unit-scoped user of the agency gets 403; anyone outside gets 404 (another
agency's planner, another pemda's evaluator). Who may change what is decided by the services, which
ask Scope again and raise :class:`~kinerja.evaluasi.errors.NotAllowed` (403) before writing anything.
"""
from __future__ import annotations

from django.http import Http404

from kinerja.accounts.access import Scope
from kinerja.catalog.models import PerangkatDaerah
from kinerja.evaluasi.models import BuktiDukung, Evaluation, FollowUp, Recommendation
from kinerja.reports.access import whole_agency_or_403


def agency_or_403(user, slug: str) -> tuple[PerangkatDaerah, Scope]:
    return whole_agency_or_403(user, slug)


def evaluation_or_404(user, slug: str, tahun: int) -> tuple[PerangkatDaerah, Scope, Evaluation]:
    agency, scope = whole_agency_or_403(user, slug)
    evaluation = (Evaluation.objects.select_related("instrument", "agency__pemda")
                  .filter(agency=agency, year=tahun).first())
    if evaluation is None:
        raise Http404
    return agency, scope, evaluation


def bukti_or_404(evaluation: Evaluation, pk: int) -> BuktiDukung:
    found = BuktiDukung.objects.select_related("evaluation__agency__pemda", "evaluation__instrument").filter(
        evaluation=evaluation, pk=pk).first()
    if found is None:
        raise Http404
    return found


def recommendation_or_404(evaluation: Evaluation, pk: int) -> Recommendation:
    found = Recommendation.objects.select_related("evaluation__agency__pemda", "evaluation__instrument").filter(
        evaluation=evaluation, pk=pk).first()
    if found is None:
        raise Http404
    return found


def follow_up_or_404(evaluation: Evaluation, pk: int) -> FollowUp:
    found = FollowUp.objects.filter(recommendation__evaluation=evaluation, pk=pk).exclude(stored_name="").first()
    if found is None:
        raise Http404
    return found

"""The reports app's two access questions, answered only through :class:`~kinerja.accounts.access.Scope`.

Agency documents contain the whole agency, so only users who read it whole (planner, head without a
unit, pemda admin, evaluator) get them; a unit-scoped user who may see the agency gets 403. A pemda
dashboard is for the pemda's admins and evaluators (``Scope.can_view_pemda``).
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from kinerja.accounts.access import Scope, agency_or_404
from kinerja.catalog.models import Pemda, PerangkatDaerah


def whole_agency_or_403(user, slug: str, *, edit: bool = False) -> tuple[PerangkatDaerah, Scope]:
    agency, scope = agency_or_404(user, slug, edit=edit)
    if not scope.reads_agency_whole(agency):
        raise PermissionDenied
    return agency, scope


def pemda_or_404(user, slug: str) -> tuple[Pemda, list[PerangkatDaerah], Scope]:
    scope = Scope.of(user)
    pemda = Pemda.objects.filter(slug=slug).first()
    if pemda is None:
        raise Http404
    if not scope.can_view_pemda(pemda):
        raise Http404
    agencies = list(PerangkatDaerah.objects.filter(pemda=pemda).select_related("pemda"))
    return pemda, agencies, scope

"""The evaluator's page: what is wrong with an agency's indicators, and why."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from kinerja.accounts.access import agency_or_404
from kinerja.catalog.views import agency_context
from kinerja.quality.services import review_agency


def _language() -> str:
    return "en" if (get_language() or "id").startswith("en") else "id"


@login_required
def agency_review(request, slug: str):
    agency, scope = agency_or_404(request.user, slug)
    review = review_agency(agency, scope)
    language = _language()

    def shown(f):
        return {"code": f.code, "severity": f.severity, "field": f.field, "message": f.message(language),
                "why": f.why(language)}

    items = [{"indicator": item.indicator, "worst": item.worst, "findings": [shown(f) for f in item.findings]}
             for item in review.items]
    return render(request, "quality/agency_review.html", agency_context(
        agency, scope, "quality", review=review, items=items, general=[shown(f) for f in review.general],
        partial=not scope.reads_agency_whole(agency)))

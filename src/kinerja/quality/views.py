"""The evaluator's page: what is wrong with an agency's indicators, and why; and the same as a report."""
from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from kinerja.accounts.access import agency_or_404
from kinerja.catalog.views import agency_context
from kinerja.documents import MEDIA_TYPES, render as render_document
from kinerja.documents.review_report import ReviewedIndicator, ReviewReport, build_review_report
from kinerja.quality.services import review_agency
from kinerja.quality.shown import shown
from kinerja.reports.services.issuer import agency_info
from kinerja.review import KINDS

REPORT_FORMATS = ("docx", "pdf")


def _language() -> str:
    return "en" if (get_language() or "id").startswith("en") else "id"


@login_required
@require_GET
def agency_review(request, slug: str):
    agency, scope = agency_or_404(request.user, slug)
    review = review_agency(agency, scope)
    language = _language()
    kind = request.GET.get("jenis")
    kind = kind if kind in KINDS else None
    items = []
    for item in review.items:
        findings = [shown(f, language) for f in item.findings if kind is None or f.kind == kind]
        if findings:
            items.append({"indicator": item.indicator, "worst": item.worst, "findings": findings})
    kinds = [{"key": key, "label": KINDS[key].label(language), "count": count} for key, count in review.by_kind.items()]
    return render(request, "quality/agency_review.html", agency_context(
        agency, scope, "quality", review=review, items=items, kinds=kinds, kind=kind,
        general=[shown(f, language) for f in review.general if kind is None or f.kind == kind],
        partial=not scope.reads_agency_whole(agency), formats=REPORT_FORMATS))


@login_required
@require_GET
def review_report(request, slug: str, fmt: str):
    """The same review as a .docx or .pdf a planner can hand to the Inspektorat."""
    agency, scope = agency_or_404(request.user, slug)
    if fmt not in REPORT_FORMATS:
        raise Http404
    review = review_agency(agency, scope)
    report = ReviewReport(
        agency=agency_info(agency), indicators=review.indicators, general=review.general, tanggal=date.today(),
        items=[ReviewedIndicator(item.indicator.name, item.indicator.position.name if item.indicator.position_id
                                 else item.indicator.penanggung_jawab or None, item.findings)
               for item in review.items], language=_language())
    response = HttpResponse(render_document(build_review_report(report), fmt), content_type=MEDIA_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="telaah-indikator-{agency.slug}.{fmt}"'
    return response

"""Dashboards (an agency's, limited to the units the user reads; a pemda's) and the pohon kinerja page."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from kinerja.accounts.access import agency_or_404
from kinerja.catalog.views import agency_context
from kinerja.documents.pohon import gaps, layout, svg
from kinerja.reports.access import pemda_or_404, whole_agency_or_403
from kinerja.reports.services.dashboard import agency_dashboard as build_agency_dashboard
from kinerja.reports.services.dashboard import pemda_dashboard as build_pemda_dashboard
from kinerja.reports.services.pohon import pohon_kinerja
from kinerja.reports.views import year_and_quarter

CHART_TITLES = {"capaian": "capaian-per-sasaran", "predikat": "sebaran-predikat", "tren_triwulan": "tren-triwulan",
                "tren_tahun": "tren-tahunan"}


def _charts(svgs: dict[str, str], prefix: str) -> list[dict]:
    # The SVGs are built by kinerja.documents.charts, which escapes every text it draws.
    return [{"id": key, "svg": mark_safe(s), "filename": f"{prefix}-{CHART_TITLES.get(key, key)}.png"}
            for key, s in svgs.items()]


@login_required
@require_GET
def agency_dashboard(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    tahun, tw = year_and_quarter(request, [agency])
    indicators = list(scope.indicators(agency).filter(is_active=True)
                      .select_related("objective", "unit", "position", "agency").order_by("objective__order", "order", "pk"))
    board = build_agency_dashboard(agency, indicators, tahun, tw)
    return render(request, "reports/agency_dashboard.html", agency_context(
        agency, scope, "dashboard", board=board, tahun=tahun, tw=tw, quarters=(1, 2, 3, 4),
        years=range(tahun - 4, tahun + 2), charts=_charts(board.charts, f"{agency.slug}-{tahun}-tw{tw}"),
        limited=not scope.reads_agency_whole(agency)))


@login_required
@require_GET
def pohon(request, slug):
    agency, scope = whole_agency_or_403(request.user, slug)
    tree = pohon_kinerja(agency)
    drawing = svg(tree.roots, title_text=f"Pohon kinerja {agency.name}", laid_out=layout(tree.roots)) if tree.roots else ""
    return render(request, "reports/pohon.html", agency_context(
        agency, scope, "pohon", drawing=mark_safe(drawing), gaps=gaps(tree.roots), tahun=None))


@login_required
@require_GET
def pemda_dashboard(request, slug):
    pemda, agencies, scope = pemda_or_404(request.user, slug)
    tahun, tw = year_and_quarter(request, agencies)
    lines, chart = build_pemda_dashboard(pemda, agencies, tahun, tw)
    return render(request, "reports/pemda_dashboard.html", {
        "pemda": pemda, "lines": lines, "tahun": tahun, "tw": tw, "quarters": (1, 2, 3, 4),
        "years": range(tahun - 4, tahun + 2), "can_admin": scope.administered_pemdas().filter(pk=pemda.pk).exists(),
        "charts": _charts({"perbandingan": chart}, f"{pemda.slug}-{tahun}-tw{tw}") if chart else []})

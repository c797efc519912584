"""One indicator: every field, its formula made readable, its place in the pohon kinerja, its history."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from kinerja.accounts.access import agency_or_404, object_or_404
from kinerja.audit.recorder import history_for
from kinerja.catalog.models import Indicator
from kinerja.catalog.views import agency_context
from kinerja.errors import KinerjaError
from kinerja.quality.services import review_agency
from kinerja.quality.shown import shown
from kinerja.formula import render_expression, stored_formula


def readable_formula(formula: dict) -> dict:
    """The structured formula for display: its expression rendered, its variables, any error. A stored
    formula that is not valid (from an older version) shows why instead of failing the page."""
    language = get_language() or "id"
    checked = stored_formula(formula)
    if checked.problem is not None:
        kind = formula.get("kind") if isinstance(formula, dict) else None
        return {"kind": kind if isinstance(kind, str) and kind else "?", "expression": None, "variables": [], "value": None, "bands": [],
                "error": checked.problem.message(language)}
    shown, error = checked.expression, None
    if checked.expression:
        try:
            shown = render_expression(checked.expression, checked.phrases, language=language)
        except KinerjaError as exc:
            error = exc.message(language)
    return {
        "kind": checked.kind,
        "expression": shown,
        "variables": sorted(checked.variables),
        "value": checked.value,
        "bands": [dict(b) for b in checked.bands],
        "error": error,
    }


@login_required
def indicator_detail(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    indicator = object_or_404(scope, agency, Indicator, pk)
    visible = scope.indicators(agency)
    # Reviewed among the indicators the user may read, so a copy finding never names a hidden one.
    language = "en" if (get_language() or "id").startswith("en") else "id"
    findings = ([shown(f, language) for f in review_agency(agency, scope).of(indicator)]
                if indicator.is_active else [])
    return render(request, "catalog/indicator_detail.html", agency_context(
        agency, scope, "search",
        indicator=indicator,
        formula=readable_formula(indicator.formula),
        supports=visible.filter(pk=indicator.supports_id).first(),
        supported_by=visible.filter(supports=indicator).select_related("unit", "position"),
        replaces=visible.filter(replaced_by=indicator),
        replaced_by=visible.filter(pk=indicator.replaced_by_id).first(),
        variables=indicator.variables.all(),
        history=history_for(indicator),
        kind="indikator",
        findings=findings,
    ))

"""Search over the indicators the user may read: words in name/definisi/formula, filters by unit
(with its sub-units), satuan and jabatan."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render

from kinerja.accounts.access import agency_or_404
from kinerja.catalog.views import agency_context


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@login_required
def search(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    visible = scope.indicators(agency)
    q = request.GET.get("q", "").strip()
    unit_id, position_id = _int(request.GET.get("unit")), _int(request.GET.get("jabatan"))
    satuan = request.GET.get("satuan", "").strip()
    show_inactive = request.GET.get("semua") == "1"

    results = visible.select_related("unit", "position", "decree", "objective")
    for word in q.split():
        # icontains, not a case-insensitive collation: SQLite and PostgreSQL must answer alike.
        results = results.filter(Q(name__icontains=word) | Q(definisi__icontains=word)
                                 | Q(formula_text__icontains=word))
    units = scope.units(agency)
    unit = units.filter(pk=unit_id).first() if unit_id else None
    if unit is not None:
        results = results.filter(unit__path__startswith=unit.path)
    elif unit_id:
        results = results.none()  # a unit outside the user's scope matches nothing, never everything
    if satuan:
        results = results.filter(satuan=satuan)
    positions = scope.positions(agency)
    position = positions.filter(pk=position_id).first() if position_id else None
    if position is not None:
        results = results.filter(Q(position=position) | Q(responsible_position=position))
    elif position_id:
        results = results.none()
    if not show_inactive:
        results = results.filter(is_active=True)
    page = Paginator(results.order_by("decree_id", "order", "pk"), 50).get_page(request.GET.get("hal"))
    query = request.GET.copy()
    query.pop("hal", None)
    return render(request, "catalog/search.html", agency_context(
        agency, scope, "search",
        page=page,
        q=q, unit_id=unit_id, position_id=position_id, satuan=satuan, show_inactive=show_inactive,
        units=units,
        positions=positions,
        satuan_choices=visible.exclude(satuan="").order_by("satuan").values_list("satuan", flat=True).distinct(),
        query=query.urlencode(),
    ))

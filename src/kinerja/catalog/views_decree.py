"""A decree and its Lampiran, laid out as the signed documents lay them out.

IKU: one table for the agency. IKI: one section per jabatan, with its tugas, fungsi and table.
Rows are limited to what the user may read, so an operator sees the part of the decree that is theirs.
"""
from __future__ import annotations

from itertools import groupby

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from kinerja.accounts.access import agency_or_404, object_or_404
from kinerja.audit.recorder import history_for
from kinerja.catalog.models import Decree, Indicator
from kinerja.catalog.views import agency_context


def sasaran_groups(rows: list[Indicator]) -> list[dict]:
    """Consecutive rows of one sasaran, so the sasaran cell spans them as a merged cell does."""
    return [{"objective": objective, "rows": list(group)}
            for objective, group in groupby(rows, key=lambda r: r.objective)]


def iki_sections(rows: list[Indicator]) -> list[dict]:
    by_position: dict = {}
    for row in rows:
        by_position.setdefault(row.position, []).append(row)
    # Rows without a jabatan (an import that could not place them) go last, not lost.
    order = sorted(by_position, key=lambda p: (p is None, p.order if p else 0, p.name if p else ""))
    return [{"position": p, "groups": sasaran_groups(by_position[p])} for p in order]


@login_required
def decree_detail(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    decree = object_or_404(scope, agency, Decree, pk)
    rows = list(scope.indicators(agency).filter(decree=decree)
                .select_related("objective", "position", "unit", "responsible_position")
                .order_by("order", "pk"))
    iku = [r for r in rows if r.jenis == Indicator.Jenis.IKU]
    iki = [r for r in rows if r.jenis == Indicator.Jenis.IKI]
    for number, row in enumerate(iku, 1):
        row.number = number
    return render(request, "catalog/decree_detail.html", agency_context(
        agency, scope, "decrees",
        decree=decree,
        iku_groups=sasaran_groups(iku),
        iki_sections=iki_sections(iki),
        n_rows=len(rows),
        partial=not scope.reads_agency_whole(agency),
        amended_by=decree.amended_by.all(),
        history=history_for(decree)[:20],
        kind="keputusan",
    ))

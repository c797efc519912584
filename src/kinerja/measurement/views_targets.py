"""The planner's target pages: the grid of an agency's targets for a year, the PK Perubahan of one
indicator, and the Renstra span.

Readers see the grid (operators only their units' indicators); the planner and the pemda admin
change it. A row outside the user's reading scope is a 404, a readable one they may not change a 403.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from kinerja.accounts.access import agency_or_404
from kinerja.catalog.models import Indicator, Objective
from kinerja.catalog.views import agency_context
from kinerja.errors import KinerjaError
from kinerja.measurement.errors import ConflictError, InvalidEntry
from kinerja.measurement.models import Renstra
from kinerja.measurement.services import targets as svc
from kinerja.measurement.views import _lang, _problems_json, _saved


def _year(year: int) -> int:
    if not 2000 <= year <= 2100:
        raise Http404
    return year


def _indicator(agency, scope, indicator_id: int) -> Indicator:
    """An indicator the user may read (else 404) and change (else 403)."""
    indicator = (Indicator.objects.filter(agency=agency, pk=indicator_id)
                 .select_related("unit", "agency__pemda").first())
    if indicator is None or not scope.can_view_indicator(indicator):
        raise Http404
    if not scope.can_edit_catalog(agency):
        raise PermissionDenied
    return indicator


def _grid_url(slug: str, year: int, indicator_id: int | None = None) -> str:
    url = reverse("measurement:targets", args=[slug, year])
    return f"{url}#target-{indicator_id}" if indicator_id else url


@login_required
@require_GET
def targets(request, slug, year):
    agency, scope = agency_or_404(request.user, slug)
    return _grid_page(request, agency, scope, _year(year))


def _grid_page(request, agency, scope, year: int, *, typed: dict[int, dict[str, str]] | None = None,
               status: int = 200):
    """The grid; ``typed`` puts a refused save's input back into its row (indicator id → column → text)."""
    renstra = svc.renstra_for(agency, year)
    indicators = (scope.indicators(agency).filter(is_active=True).select_related("objective", "unit")
                  .order_by("objective__order", "objective_id", "order", "pk"))
    groups: dict[Objective | None, list[svc.GridRow]] = {}
    for row in svc.grid_rows(indicators, year, renstra):
        row.typed = (typed or {}).get(row.indicator.pk, {})
        groups.setdefault(row.indicator.objective, []).append(row)
    can_edit = scope.can_edit_catalog(agency)
    return render(request, "measurement/targets.html", agency_context(
        agency, scope, "measurement", year=year, renstra=renstra, groups=list(groups.items()),
        columns=svc.COLUMNS, lang=_lang(), can_edit_targets=can_edit,
        spans=list(Renstra.objects.filter(agency=agency).order_by("first_year")),
        years=[year - 1, year + 1]), status=status)


def _answer(request, ok: bool, slug: str, year: int, indicator_id: int, *, problems: InvalidEntry | None = None,
            error: KinerjaError | None = None, data: dict | None = None):
    """JSON to the grid's script (422 when refused, 409 when someone else changed the cells first), or a
    redirect back to the grid with a message (a conflict: the grid again, 409, with what was typed)."""
    lang = _lang()
    conflict = isinstance(error, ConflictError)
    if "application/json" in request.headers.get("Accept", ""):
        if ok:
            return JsonResponse({"ok": True, "message": _saved(), **(data or {})})
        body = {"ok": False, "message": (problems or error).message(lang)}
        if problems is not None:
            body["problems"] = _problems_json(problems, lang)
        if conflict:
            body.update(conflict=True, cells=getattr(error, "cells", {}))
        return JsonResponse(body, status=409 if conflict else 422)
    if ok:
        messages.success(request, _saved())
    else:
        messages.error(request, (problems or error).message(lang))
    if conflict:
        agency, scope = agency_or_404(request.user, slug)
        typed = {column.name: request.POST[f"t_{column.name}"] for column in svc.COLUMNS
                 if f"t_{column.name}" in request.POST}
        return _grid_page(request, agency, scope, year, typed={indicator_id: typed}, status=409)
    return redirect(_grid_url(slug, year, indicator_id))


def _edits(post) -> tuple[dict[str, str | svc.CellEdit], bool | None]:
    """The cells a person changed, each with the version it was read at (a form without the originals
    — an older page — posts every cell as it is); and the cumulative flag if it changed."""
    edits: dict[str, str | svc.CellEdit] = {}
    for column in svc.COLUMNS:
        if f"t_{column.name}" not in post:
            continue
        new = post[f"t_{column.name}"]
        if f"o_{column.name}" not in post:
            edits[column.name] = new
        elif " ".join(new.split()) != " ".join(post[f"o_{column.name}"].split()):
            version = post.get(f"v_{column.name}", "")
            edits[column.name] = svc.CellEdit(new, int(version) if version.isdigit() else 0)
    cumulative = post.get("cumulative") == "1"
    if "o_cumulative" in post and (post.get("o_cumulative") == "1") == cumulative:
        return edits, None
    return edits, cumulative


@login_required
@require_POST
def target_save(request, slug, year, indicator_id):
    agency, scope = agency_or_404(request.user, slug)
    year = _year(year)
    indicator = _indicator(agency, scope, indicator_id)
    edits, cumulative = _edits(request.POST)
    try:
        svc.save_row(indicator, year, edits, cumulative=cumulative)
    except InvalidEntry as exc:
        return _answer(request, False, slug, year, indicator.pk, problems=exc)
    except KinerjaError as exc:
        return _answer(request, False, slug, year, indicator.pk, error=exc)
    row = svc.grid_rows([indicator], year, svc.renstra_for(agency, year))[0]
    return _answer(request, True, slug, year, indicator.pk,
                   data={"cells": {c.name: row.raw(c.name) for c in svc.COLUMNS}, "versions": dict(row.versions),
                         "cumulative": row.cumulative})


@login_required
@require_POST
def target_revise(request, slug, year, indicator_id):
    """Set the PK Perubahan: revised target, reason and decree number; the original PK is kept."""
    agency, scope = agency_or_404(request.user, slug)
    year = _year(year)
    indicator = _indicator(agency, scope, indicator_id)
    version = request.POST.get("version", "")
    try:
        svc.revise_pk(indicator, year, request.POST.get("raw", ""), request.POST.get("reason", ""),
                      request.POST.get("decree_number", ""), version=int(version) if version.isdigit() else None)
    except InvalidEntry as exc:
        return _answer(request, False, slug, year, indicator.pk, problems=exc)
    except KinerjaError as exc:
        return _answer(request, False, slug, year, indicator.pk, error=exc)
    return _answer(request, True, slug, year, indicator.pk)


@login_required
@require_POST
def target_withdraw(request, slug, year, indicator_id):
    """Withdraw the PK Perubahan of the year: the original PK applies again."""
    agency, scope = agency_or_404(request.user, slug)
    year = _year(year)
    indicator = _indicator(agency, scope, indicator_id)
    version = request.POST.get("version", "")
    try:
        withdrawn = svc.withdraw_revision(indicator, year, version=int(version) if version.isdigit() else None)
    except ConflictError as exc:
        return _answer(request, False, slug, year, indicator.pk, error=exc)
    if withdrawn:
        messages.success(request, gettext("PK Perubahan ditarik."))
    return redirect(_grid_url(slug, year, indicator.pk))


@login_required
@require_POST
def renstra_save(request, slug):
    """Create or change the agency's Renstra span (first year and length)."""
    agency, _scope = agency_or_404(request.user, slug, edit=True)
    text_year, text_length = request.POST.get("first_year", ""), request.POST.get("length", "5")
    back = request.POST.get("year", "")
    span = None
    if str(request.POST.get("span", "")).isdigit():
        span = Renstra.objects.filter(agency=agency, pk=int(request.POST["span"])).first()
        if span is None:
            raise Http404
    if not (text_year.strip().isdigit() and text_length.strip().isdigit()):
        messages.error(request, "Tahun awal dan lama Renstra harus bilangan bulat. / "
                                "The Renstra first year and length must be whole numbers.")
    else:
        try:
            span = svc.set_renstra(agency, int(text_year), int(text_length), span)
        except KinerjaError as exc:
            messages.error(request, exc.message(_lang()))
        else:
            messages.success(request, f"Renstra {span.first_year}–{span.last_year} tersimpan. / saved.")
    fallback = span.first_year if span else timezone.localdate().year
    year = int(back) if back.isdigit() and 2000 <= int(back) <= 2100 else fallback
    return redirect(_grid_url(slug, year))

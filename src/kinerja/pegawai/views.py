"""SKP draft pages: the agency's positions and units for a year, one position's draft (page, .xlsx,
.json, aspek edits), and a unit's proposed predikat with the distribution check.

Access through :class:`~kinerja.accounts.access.Scope` only: a position or unit outside the reader's
units is a 404; an aspek change by someone who may read but not draft is a 403.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kinerja.accounts.access import Scope, agency_or_404, object_or_404
from kinerja.catalog.models import Indicator, PerangkatDaerah, Position, Unit
from kinerja.catalog.views import agency_context
from kinerja.errors import KinerjaError
from kinerja.measurement.models import Evidence, Realisasi
from kinerja.pegawai.drafts import build_draft, unit_predikat
from kinerja.pegawai.services import save_aspek
from kinerja.skp.distribution import EMPLOYEE_KEYS, EMPLOYEE_LABELS, DistributionCheck, check_distribution
from kinerja.skp.model import ASPEK, ASPEK_LABELS, SkpDraft
from kinerja.skp.predikat import DEFAULT_BANDS
from kinerja.skp.render_xlsx import render_skp_xlsx

YEARS = range(1900, 2201)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _year(year: int) -> int:
    if year not in YEARS:
        raise Http404
    return year


def _lang() -> str:
    return "en" if (get_language() or "id").startswith("en") else "id"


def evidence_link(request: HttpRequest, agency: PerangkatDaerah) -> Callable[[Evidence], str]:
    def url(item: Evidence) -> str:
        return request.build_absolute_uri(reverse("measurement:evidence_download", args=[agency.slug, item.pk]))
    return url


def _draft(request: HttpRequest, slug: str, year: int, pk: int) -> tuple[PerangkatDaerah, Scope, Position, SkpDraft]:
    agency, scope = agency_or_404(request.user, slug)
    position = object_or_404(scope, agency, Position, pk)
    return agency, scope, position, build_draft(scope, position, _year(year), evidence_link(request, agency))


@login_required
def skp_start(request: HttpRequest, slug: str) -> HttpResponse:
    agency, scope = agency_or_404(request.user, slug)
    return redirect("pegawai:home", slug=agency.slug, year=timezone.localdate().year)


@login_required
def skp_home(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    agency, scope = agency_or_404(request.user, slug)
    positions = scope.positions(agency).select_related("unit").order_by("order", "name", "pk")
    units: list[Unit | None] = list(scope.units(agency).order_by("path", "order"))
    if scope.reads_agency_whole(agency):
        units.insert(0, None)
    return render(request, "pegawai/home.html", agency_context(
        agency, scope, "skp", year=_year(year), positions=positions,
        predikat=unit_predikat(scope, agency, units, year), lang=_lang(),
        years=range(year - 2, year + 2)))


@login_required
def skp_draft(request: HttpRequest, slug: str, year: int, pk: int) -> HttpResponse:
    agency, scope, position, draft = _draft(request, slug, year, pk)
    statuses = dict(Realisasi.Status.choices)
    periods = [(row, p, statuses.get(p.status, "–")) for row in draft.rows for p in row.periods]
    return render(request, "pegawai/draft.html", agency_context(
        agency, scope, "skp", year=year, position=position, draft=draft, lang=_lang(), periods=periods,
        can_draft=scope.can_draft_skp(position),
        aspek_choices=[(a, ASPEK_LABELS[a][1 if _lang() == "en" else 0]) for a in ASPEK]))


@login_required
def skp_xlsx(request: HttpRequest, slug: str, year: int, pk: int) -> HttpResponse:
    agency, scope, position, draft = _draft(request, slug, year, pk)
    response = HttpResponse(render_skp_xlsx(draft), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="skp-{slugify(position.name)[:60]}-{year}.xlsx"'
    return response


@login_required
def skp_json(request: HttpRequest, slug: str, year: int, pk: int) -> HttpResponse:
    agency, scope, position, draft = _draft(request, slug, year, pk)
    return HttpResponse(json.dumps(draft.to_json(), ensure_ascii=False, indent=1),
                        content_type="application/json; charset=utf-8")


class AspekForm(forms.Form):
    aspek = forms.ChoiceField(choices=[(a, a) for a in ASPEK])
    version = forms.IntegerField(min_value=0, max_value=2**31 - 1)


@require_POST
@login_required
def skp_aspek(request: HttpRequest, slug: str, year: int, pk: int, indicator_id: int) -> HttpResponse:
    agency, scope = agency_or_404(request.user, slug)
    position = object_or_404(scope, agency, Position, pk)
    indicator = Indicator.objects.filter(agency=agency, position=position, pk=indicator_id).first()
    if indicator is None or not scope.can_view_indicator(indicator):
        raise Http404
    if not scope.can_draft_skp(position):
        raise PermissionDenied
    form = AspekForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Pilihan aspek tidak sah."))
        return redirect("pegawai:draft", slug=agency.slug, year=_year(year), pk=position.pk)
    try:
        save_aspek(scope, indicator, _year(year), form.cleaned_data["aspek"], version=form.cleaned_data["version"])
    except KinerjaError as exc:
        messages.error(request, exc.message(_lang()))
    else:
        messages.success(request, _("Aspek '%(indicator)s' disimpan.") % {"indicator": indicator.name})
    return redirect(reverse("pegawai:draft", args=[agency.slug, year, position.pk]) + f"#baris-{indicator.pk}")


def _check(request: HttpRequest, organisation: str | None) -> tuple[dict[str, int], DistributionCheck | None, str]:
    """The counts typed into the distribution form and their check (nothing is saved)."""
    counts, problem = {}, ""
    for key in EMPLOYEE_KEYS:
        raw = request.GET.get(key, "").strip()
        if not raw:
            counts[key] = 0
        elif raw.isdigit() and len(raw) <= 7:
            counts[key] = int(raw)
        else:
            problem = _("Jumlah pegawai harus bilangan bulat 0–1.000.000.")
            counts[key] = 0
    if problem or organisation is None or not any(k in request.GET for k in EMPLOYEE_KEYS):
        return counts, None, problem
    try:
        return counts, check_distribution(organisation, counts), ""
    except KinerjaError as exc:
        return counts, None, exc.message(_lang())


def _predikat_page(request: HttpRequest, agency: PerangkatDaerah, scope: Scope, unit: Unit | None,
                   year: int) -> HttpResponse:
    found = unit_predikat(scope, agency, [unit], year)[0]
    band = found.proposal.band
    organisation = request.GET.get("predikat_organisasi") or (band.key if band else None)
    if organisation not in {b.key for b in DEFAULT_BANDS}:
        organisation = band.key if band else None
    counts, check, problem = _check(request, organisation)
    return render(request, "pegawai/predikat.html", agency_context(
        agency, scope, "skp", year=year, unit=unit, found=found, lang=_lang(), organisation=organisation,
        bands=DEFAULT_BANDS, counts=[(k, EMPLOYEE_LABELS[k][1 if _lang() == "en" else 0], counts[k])
                                     for k in EMPLOYEE_KEYS],
        check=check, problem=problem))


@login_required
def unit_predikat_page(request: HttpRequest, slug: str, year: int, pk: int) -> HttpResponse:
    agency, scope = agency_or_404(request.user, slug)
    unit = object_or_404(scope, agency, Unit, pk)
    return _predikat_page(request, agency, scope, unit, _year(year))


@login_required
def agency_predikat_page(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    agency, scope = agency_or_404(request.user, slug)
    if not scope.reads_agency_whole(agency):
        raise PermissionDenied
    return _predikat_page(request, agency, scope, None, _year(year))

"""Agency pages: the list, one agency with its unit/position tree, units, positions, agency records.

Every view starts from :func:`agency_or_404` / :func:`object_or_404`, which decide access; a view
never checks roles itself.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kinerja.accounts.access import Scope, agency_or_404, object_or_404
from kinerja.audit.conflicts import save_unless_changed
from kinerja.audit.recorder import history_for
from kinerja.catalog.forms import AgencyForm
from kinerja.catalog.models import Decree, Position, Unit


def agency_context(agency, scope: Scope, active: str, **extra) -> dict:
    """What every page inside an agency needs for its header and tabs."""
    return {
        "agency": agency,
        "can_edit": scope.can_edit_catalog(agency),
        "can_admin": scope.can_admin_agency(agency),
        "reads_whole": scope.reads_agency_whole(agency),
        "active": active,
        **extra,
    }


@login_required
def home(request):
    agencies = list(Scope.of(request.user).agencies()[:2])
    if len(agencies) == 1:
        return redirect(agencies[0])
    return redirect("catalog:agency_list")


@login_required
def agency_list(request):
    scope = Scope.of(request.user)
    groups: dict = {}
    for agency in scope.agencies():
        groups.setdefault(agency.pemda, []).append(agency)
    return render(request, "catalog/agency_list.html", {
        "groups": sorted(((pemda, agencies, scope.can_view_pemda(pemda)) for pemda, agencies in groups.items()),
                         key=lambda item: item[0].name),
        "can_create": scope.is_pemda_admin,
    })


def unit_tree(scope: Scope, agency) -> list[dict]:
    """The units the user may read, depth-first with siblings in their set order, each with its
    positions and the number of indicators it reports."""
    units = list(scope.units(agency).annotate(n_indicators=Count("indicators")))
    visible = {u.pk for u in units}
    children: dict[int | None, list[Unit]] = {}
    for u in units:
        # A unit whose parent is out of sight is a root of what this user sees.
        children.setdefault(u.parent_id if u.parent_id in visible else None, []).append(u)
    positions: dict[int, list[Position]] = {}
    for p in scope.positions(agency).exclude(unit=None):
        positions.setdefault(p.unit_id, []).append(p)
    rows: list[dict] = []

    def walk(parent_id, depth):
        for u in sorted(children.get(parent_id, []), key=lambda u: (u.order, u.name)):
            rows.append({"unit": u, "depth": depth, "positions": positions.get(u.pk, [])})
            walk(u.pk, depth + 1)

    walk(None, 0)
    return rows


@login_required
def agency_detail(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    loose_positions = Position.objects.filter(agency=agency, unit=None) if scope.reads_agency_whole(agency) else []
    decrees = Decree.objects.filter(agency=agency).annotate(n_indicators=Count("indicators"))
    return render(request, "catalog/agency_detail.html", agency_context(
        agency, scope, "structure",
        tree=unit_tree(scope, agency),
        loose_positions=loose_positions,
        decrees=decrees,
        n_indicators=scope.indicators(agency).filter(is_active=True).count(),
    ))


@login_required
def agency_create(request):
    scope = Scope.of(request.user)
    pemdas = scope.administered_pemdas()
    if not pemdas.exists():
        raise PermissionDenied
    form = AgencyForm(request.POST or None, pemdas=pemdas)
    if request.method == "POST" and form.is_valid():
        agency = form.save()
        messages.success(request, _("Perangkat daerah %(name)s dibuat.") % {"name": agency.name})
        return redirect(agency)
    return render(request, "catalog/agency_form.html", {"form": form})


@login_required
def agency_edit(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    if not scope.can_admin_agency(agency):
        raise PermissionDenied
    form = AgencyForm(request.POST or None, instance=agency, pemdas=scope.administered_pemdas())
    if request.method == "POST" and form.is_valid() and save_unless_changed(form):
        messages.success(request, _("Perubahan disimpan."))
        return redirect(form.instance)
    return render(request, "catalog/agency_form.html", agency_context(agency, scope, "structure", form=form),
                  status=409 if form.conflict else 200)


@login_required
def unit_detail(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    unit = object_or_404(scope, agency, Unit, pk)
    subtree = unit.subtree()
    indicators = scope.indicators(agency).filter(unit__in=subtree).select_related("unit", "decree")
    return render(request, "catalog/unit_detail.html", agency_context(
        agency, scope, "structure",
        unit=unit,
        ancestors=[u for u in Unit.objects.filter(pk__in=[int(x) for x in unit.path.split("/") if x])
                   .exclude(pk=unit.pk) if scope.can_view_unit(u)],
        children=unit.children.order_by("order", "name"),
        positions=unit.positions.all(),
        indicators=indicators,
        history=history_for(unit)[:20],
        kind="unit",
    ))


@login_required
def position_detail(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    position = object_or_404(scope, agency, Position, pk)
    indicators = scope.indicators(agency).filter(position=position).select_related("objective", "decree")
    return render(request, "catalog/position_detail.html", agency_context(
        agency, scope, "structure",
        position=position,
        indicators=indicators,
        subordinates=[p for p in position.subordinates.all() if scope.can_view_position(p)],
        history=history_for(position)[:20],
        kind="jabatan",
    ))

"""Create, edit and delete for the agency-owned catalog rows, one set of views for every kind.

The URLconf passes ``kind`` (the Indonesian path segment: "unit", "jabatan", "keputusan", "sasaran",
"variabel", "indikator"); :data:`KINDS` says which model and form it means. Saves and deletes are
recorded by the audit signals, attributed to the signed-in user by the ActorMiddleware.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import router, transaction
from django.db.models.deletion import Collector
from django.db.models import Count, ProtectedError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kinerja.accounts.access import agency_or_404, object_or_404
from kinerja.accounts.models import Role
from kinerja.audit.conflicts import save_unless_changed
from kinerja.catalog import forms
from kinerja.catalog.models import Decree, Indicator, Objective, Position, Unit, Variable
from kinerja.catalog.views import agency_context


@dataclass(frozen=True)
class Kind:
    model: type
    form: type
    tab: str
    detail: str | None  # URL name of the object's page; None = back to the list
    listing: str         # where to go after a delete


KINDS: dict[str, Kind] = {
    "unit": Kind(Unit, forms.UnitForm, "structure", "catalog:unit_detail", "catalog:agency_detail"),
    "jabatan": Kind(Position, forms.PositionForm, "structure", "catalog:position_detail", "catalog:agency_detail"),
    "keputusan": Kind(Decree, forms.DecreeForm, "decrees", "catalog:decree_detail", "catalog:agency_detail"),
    "sasaran": Kind(Objective, forms.ObjectiveForm, "objectives", None, "catalog:objective_list"),
    "variabel": Kind(Variable, forms.VariableForm, "variables", None, "catalog:variable_list"),
    "indikator": Kind(Indicator, forms.IndicatorForm, "search", "catalog:indicator_detail", "catalog:search"),
}


def _after_save(kind: Kind, obj) -> str:
    if kind.detail:
        return reverse(kind.detail, args=[obj.agency.slug, obj.pk])
    return reverse(kind.listing, args=[obj.agency.slug])


def _initial(request, form_class) -> dict:
    """Pre-fill a new row from the query string (e.g. "add an indicator to this decree")."""
    return {k: v for k, v in request.GET.items() if k in form_class.base_fields}


@login_required
def create(request, slug, kind):
    spec = KINDS[kind]
    agency, scope = agency_or_404(request.user, slug, edit=True)
    form = spec.form(request.POST or None, agency=agency, initial=_initial(request, spec.form))
    if request.method == "POST" and form.is_valid():
        obj = form.save()
        messages.success(request, _("%(object)s disimpan.") % {"object": obj})
        return redirect(_after_save(spec, obj))
    return render(request, "catalog/object_form.html", agency_context(
        agency, scope, spec.tab, form=form, kind=kind, verbose=spec.model._meta.verbose_name, obj=None))


@login_required
def edit(request, slug, pk, kind):
    spec = KINDS[kind]
    agency, scope = agency_or_404(request.user, slug)
    obj = object_or_404(scope, agency, spec.model, pk, edit=True)
    form = spec.form(request.POST or None, instance=obj, agency=agency)
    if request.method == "POST" and form.is_valid() and save_unless_changed(form):
        messages.success(request, _("%(object)s disimpan.") % {"object": form.instance})
        return redirect(_after_save(spec, form.instance))
    return render(request, "catalog/object_form.html", agency_context(
        agency, scope, spec.tab, form=form, kind=kind, verbose=spec.model._meta.verbose_name, obj=obj),
        status=409 if form.conflict else 200)


def _protected_message(error: ProtectedError) -> list[str]:
    shown = [f"{o._meta.verbose_name}: {o}" for o in list(error.protected_objects)[:10]]
    more = len(error.protected_objects) - len(shown)
    if more > 0:
        shown.append(_("dan %(n)s lainnya") % {"n": more})
    return [_("Masih dipakai oleh data lain, jadi tidak dapat dihapus. Hapus atau pindahkan dulu:")] + shown


def delete_blockers(obj) -> list[str]:
    """Why ``obj`` may not be deleted; empty when it may. Asked before the confirmation is shown, so
    nobody confirms a deletion that cannot happen."""
    if isinstance(obj, Unit) and Role.objects.filter(unit=obj).exists():
        # Role.unit cascades: deleting the unit would silently take its operators' access away.
        return [_("Unit ini masih menjadi tempat peran pengguna; pindahkan atau hapus peran itu dulu.")]
    try:
        # Collecting is a dry run of the delete: it raises on PROTECT without touching a row.
        Collector(using=router.db_for_write(type(obj))).collect([obj])
    except ProtectedError as exc:
        return _protected_message(exc)
    return []


@login_required
def delete(request, slug, pk, kind):
    spec = KINDS[kind]
    agency, scope = agency_or_404(request.user, slug)
    obj = object_or_404(scope, agency, spec.model, pk, edit=True)
    problems = delete_blockers(obj)
    if request.method == "POST" and not problems:
        label = str(obj)
        try:
            with transaction.atomic():
                obj.delete()
        except ProtectedError as exc:
            problems = _protected_message(exc)
        else:
            messages.success(request, _("%(object)s dihapus. Catatannya tetap ada di riwayat.") % {"object": label})
            return redirect(reverse(spec.listing, args=[agency.slug]))
    return render(request, "catalog/object_confirm_delete.html", agency_context(
        agency, scope, spec.tab, obj=obj, kind=kind, verbose=spec.model._meta.verbose_name,
        problems=problems), status=409 if problems and request.method == "POST" else 200)


@login_required
def objective_list(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    objectives = Objective.objects.filter(agency=agency).annotate(n_indicators=Count("indicators"))
    return render(request, "catalog/objective_list.html", agency_context(
        agency, scope, "objectives", objectives=objectives))


@login_required
def variable_list(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    variables = Variable.objects.filter(agency=agency).annotate(n_indicators=Count("indicators"))
    return render(request, "catalog/variable_list.html", agency_context(
        agency, scope, "variables", variables=variables))


"""The audit trail as pages: an agency's whole history, and one object's (even after its deletion)."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from kinerja.accounts.access import agency_or_404, object_or_404
from kinerja.audit.models import AuditEntry
from kinerja.audit.recorder import history_for
from kinerja.catalog.views import agency_context
from kinerja.catalog.views_edit import KINDS


@login_required
def agency_history(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    # The whole trail names every unit's changes; a user who reads only some units may not see it.
    if not scope.reads_agency_whole(agency):
        raise PermissionDenied
    entries = AuditEntry.objects.filter(agency_id=agency.pk).select_related("content_type", "actor")
    page = Paginator(entries, 50).get_page(request.GET.get("hal"))
    return render(request, "catalog/agency_history.html", agency_context(agency, scope, "history", page=page))


@login_required
def object_history(request, slug, kind, pk):
    if kind not in KINDS:
        raise Http404
    agency, scope = agency_or_404(request.user, slug)
    model = KINDS[kind].model
    obj = model.objects.filter(agency=agency, pk=pk).first()
    if obj is not None:
        object_or_404(scope, agency, model, pk)
        entries = history_for(obj)
    else:
        # A deleted row can no longer be placed in the unit tree; only agency-wide readers see its trail.
        if not scope.reads_agency_whole(agency):
            raise Http404
        entries = AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(model),
                                            object_id=str(pk), agency_id=agency.pk).select_related("actor")
        if not entries.exists():
            raise Http404
    return render(request, "catalog/object_history.html", agency_context(
        agency, scope, KINDS[kind].tab, obj=obj, kind=kind, verbose=model._meta.verbose_name,
        entries=entries, label=obj if obj is not None else entries.first().object_repr))

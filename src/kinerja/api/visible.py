"""The rows a user may read, across every agency in their scope, as querysets the resources filter further.

Each function composes :class:`~kinerja.accounts.access.Scope` (which alone decides access): agencies
the user reads whole contribute all their rows; agencies the user reaches only through some units
contribute the rows of those units (``Scope.unit_filter``). Rows of one agency are asked for with
``agency=`` so that a slug outside the scope answers 404 rather than an empty list.
"""
from __future__ import annotations

from collections.abc import Callable

from django.db.models import Model, Q, QuerySet
from django.http import Http404

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Decree, Indicator, Pemda, PerangkatDaerah, Position, Unit


def agency(scope: Scope, slug: str) -> PerangkatDaerah:
    found = scope.agencies().filter(slug=slug).first()
    if found is None:
        raise Http404
    return found


def _rows(scope: Scope, model: type[Model], slug: str | None,
          partial: Callable[[PerangkatDaerah], Q | None]) -> QuerySet:
    agencies = [agency(scope, slug)] if slug else list(scope.agencies())
    whole = [a.pk for a in agencies if scope.reads_agency_whole(a)]
    q = Q(agency_id__in=whole)
    for a in agencies:
        if a.pk not in whole:
            q |= Q(agency=a) & (partial(a) or Q(pk__in=[]))
    return model.objects.filter(q)


def pemdas(scope: Scope) -> QuerySet[Pemda]:
    return Pemda.objects.filter(pk__in=scope.agencies().values("pemda_id")).order_by("name", "pk")


def agencies(scope: Scope) -> QuerySet[PerangkatDaerah]:
    return scope.agencies().order_by("pemda__name", "name", "pk")


def units(scope: Scope, slug: str | None = None) -> QuerySet[Unit]:
    return _rows(scope, Unit, slug, lambda a: Q(pk__in=scope.units(a).values("pk")))


def positions(scope: Scope, slug: str | None = None) -> QuerySet[Position]:
    return _rows(scope, Position, slug, lambda a: scope.unit_filter(a))


def indicators(scope: Scope, slug: str | None = None) -> QuerySet[Indicator]:
    return _rows(scope, Indicator, slug, lambda a: scope.unit_filter(a))


def decrees(scope: Scope, slug: str | None = None) -> QuerySet[Decree]:
    # Decrees are agency-level rows: whoever reads the agency reads its decrees (Scope.can_view).
    agencies_ = [agency(scope, slug)] if slug else list(scope.agencies())
    return Decree.objects.filter(agency__in=agencies_)


def one(queryset: QuerySet, pk: int) -> Model:
    """Row ``pk`` of a visible queryset, else 404 (another unit's, agency's or pemda's row alike)."""
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def subtree(scope: Scope, unit_id: int) -> Q:
    """Rows whose unit is ``unit_id`` or below it; 404 if that unit is outside the scope."""
    unit = one(units(scope), unit_id)
    return Q(unit__path__startswith=unit.path)


def by_slug(queryset: QuerySet, slug: str) -> Model:
    found = queryset.filter(slug=slug).first()
    if found is None:
        raise Http404
    return found

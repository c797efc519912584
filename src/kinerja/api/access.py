"""Whose tokens a user may see, make and revoke, composed from :class:`~kinerja.accounts.access.Scope`.

Everyone manages their own personal tokens. A pemda admin manages the service accounts of the pemdas
they administer, and their tokens. Another person's personal tokens are nobody else's business: not
listed, and 404 when asked for.
"""
from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from kinerja.accounts.access import Scope
from kinerja.api.models import ApiToken, ServiceAccount


def service_accounts(scope: Scope) -> QuerySet[ServiceAccount]:
    return ServiceAccount.objects.filter(pemda__in=scope.administered_pemdas()).select_related("user", "pemda")


def manageable_tokens(scope: Scope) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(Q(user=scope.user) | Q(user__service_account__in=service_accounts(scope)))


def service_account_or_404(scope: Scope, pk: int) -> ServiceAccount:
    found = service_accounts(scope).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def token_or_404(scope: Scope, pk: int) -> ApiToken:
    found = manageable_tokens(scope).select_related("user").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found

"""The token pages in the account area: one's own tokens, and (for pemda admins) service accounts.

A new token is shown once, on a page that is never cached; afterwards only its prefix is known.
Making and revoking tokens and service accounts is recorded by the audit signals.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kinerja.accounts.access import Scope
from kinerja.api.access import manageable_tokens, service_account_or_404, service_accounts, token_or_404
from kinerja.api.forms import ServiceAccountForm, TokenForm
from kinerja.api.models import ServiceAccount
from kinerja.api.tokens import TokenError, issue_token, revoke_token


def _lang() -> str:
    return "en" if (get_language() or "id").startswith("en") else "id"


def _shown(request: HttpRequest, token, raw: str, back: str) -> HttpResponse:
    return render(request, "api/token_shown.html", {"token": token, "raw": raw, "back": back})


@never_cache
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    scope = Scope.of(request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            token, raw = issue_token(request.user, name=form.cleaned_data["name"],
                                     can_write=form.cleaned_data["can_write"], days=form.cleaned_data["days"],
                                     created_by=request.user)
        except TokenError as exc:
            form.add_error(None, exc.message(_lang()))
        else:
            return _shown(request, token, raw, "api_tokens:list")
    return render(request, "api/token_list.html", {
        "form": form, "tokens": request.user.api_tokens.order_by("-created_at", "-pk"),
        "can_manage_services": scope.is_pemda_admin,
    })


@require_POST
@login_required
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    scope = Scope.of(request.user)
    token = token_or_404(scope, pk)
    if revoke_token(token, by=request.user):
        messages.success(request, _("Token %(prefix)s dicabut.") % {"prefix": token.prefix})
    if token.user_id == request.user.pk:
        return redirect("api_tokens:list")
    return redirect("api_tokens:service_detail", pk=token.user.service_account.pk)


@never_cache
@login_required
def service_list(request: HttpRequest) -> HttpResponse:
    scope = Scope.of(request.user)
    if not scope.is_pemda_admin:
        raise PermissionDenied
    form = ServiceAccountForm(request.POST or None, scope=scope)
    if request.method == "POST" and form.is_valid():
        role = form.role_for(None)
        if not scope.can_grant(role):
            raise PermissionDenied
        with transaction.atomic():
            user = get_user_model()(is_active=True)
            form.apply_to(user)
            user.set_unusable_password()  # a script never signs in: it only holds tokens
            user.save()
            role.user = user
            role.save()
            account = ServiceAccount.objects.create(user=user, pemda=role.pemda,
                                                    description=form.cleaned_data["description"],
                                                    created_by=request.user)
        messages.success(request, _("Akun layanan %(name)s dibuat.") % {"name": user.username})
        return redirect("api_tokens:service_detail", pk=account.pk)
    return render(request, "api/service_list.html", {"form": form, "accounts": service_accounts(scope)})


@never_cache
@login_required
def service_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scope = Scope.of(request.user)
    account = service_account_or_404(scope, pk)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            token, raw = issue_token(account.user, name=form.cleaned_data["name"],
                                     can_write=form.cleaned_data["can_write"], days=form.cleaned_data["days"],
                                     created_by=request.user)
        except TokenError as exc:
            form.add_error(None, exc.message(_lang()))
        else:
            return _shown(request, token, raw, "api_tokens:service_list")
    return render(request, "api/service_detail.html", {
        "account": account, "form": form, "roles": account.user.roles.select_related("pemda", "agency", "unit"),
        "tokens": manageable_tokens(scope).filter(user=account.user).order_by("-created_at", "-pk"),
    })

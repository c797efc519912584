"""The signed-in user's own pages: who they are, where their roles reach, their password."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import redirect, render
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from kinerja.accounts.access import Scope
from kinerja.accounts.signin_audit import record_account_event

PASSWORD_CHANGED = gettext_noop("Kata sandi diganti oleh pemiliknya")


@login_required
def profile(request):
    scope = Scope.of(request.user)
    return render(request, "accounts/profile.html", {
        "roles": sorted(scope.roles, key=lambda r: r.kind),
        "agencies": scope.agencies(),
    })


@login_required
def password_change(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            record_account_event(user, request=request, reason=PASSWORD_CHANGED, by=user)
        update_session_auth_hash(request, user)  # stay signed in on this device
        messages.success(request, _("Kata sandi diganti."))
        return redirect("accounts:profile")
    return render(request, "accounts/password_change.html", {"form": form})

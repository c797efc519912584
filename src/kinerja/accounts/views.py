"""The signed-in user's own pages: who they are, where their roles reach, their password."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kinerja.accounts.access import Scope


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
        user = form.save()
        update_session_auth_hash(request, user)  # stay signed in on this device
        messages.success(request, _("Kata sandi diganti."))
        return redirect("accounts:profile")
    return render(request, "accounts/password_change.html", {"form": form})

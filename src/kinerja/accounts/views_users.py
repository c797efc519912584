"""User and role management: pemda admins run the accounts of their pemda, planners assign the
operators and unit heads of their agency.

Access is decided by :class:`~kinerja.accounts.access.Scope` (``user_or_404``, ``can_grant``); a user
outside the caller's reach is a 404, an action they may see but not take is a 403. Users are never
deleted, only deactivated, so every audit entry keeps its actor. Account and role changes are recorded
by the audit signals; actions that change no audited field (unlocking, a password reset) are recorded
explicitly with a reason, so they are attributable too.
"""
from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kinerja.accounts.access import Scope, user_or_404
from kinerja.accounts.forms import RoleGrantForm, UserCreateForm, UserEditForm, generate_password
from kinerja.accounts.models import Role
from kinerja.accounts.signin_audit import record_account_event
from kinerja.accounts.two_factor.policy import is_enrolled
from kinerja.audit.conflicts import save_unless_changed
from kinerja.audit.models import SignIn

PAGE_SIZE = 50


def locked_usernames(usernames: list[str]) -> set[str]:
    """Which of ``usernames`` django-axes currently refuses at sign-in."""
    from axes.helpers import get_cool_off
    from axes.models import AccessAttempt

    attempts = AccessAttempt.objects.filter(username__in=usernames,
                                            failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    cool_off = get_cool_off()
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return set(attempts.values_list("username", flat=True))


UNLOCKED = gettext_noop("Kunci masuk dibuka")
PASSWORD_RESET = gettext_noop("Kata sandi diatur ulang")


@login_required
def user_list(request):
    scope = Scope.of(request.user)
    if not scope.can_manage_users():
        raise PermissionDenied
    users = scope.managed_users().order_by("username").prefetch_related(
        Prefetch("roles", queryset=scope.visible_roles(), to_attr="shown_roles"))
    query = request.GET.get("q", "").strip()
    if query:
        users = users.filter(Q(username__icontains=query) | Q(first_name__icontains=query)
                             | Q(last_name__icontains=query) | Q(email__icontains=query))
    page = Paginator(users, PAGE_SIZE).get_page(request.GET.get("hal"))
    return render(request, "accounts/users/list.html", {
        "page": page, "q": query, "query": f"q={query}" if query else "",
        "locked": locked_usernames([u.username for u in page]),
        "can_create": scope.can_create_users(),
    })


@login_required
def user_detail(request, pk):
    target, scope = user_or_404(request.user, pk)
    return _detail(request, target, scope)


def _detail(request, target, scope, grant_form=None, status=200):
    roles = [(role, scope.can_grant(role)) for role in scope.visible_roles(target).order_by("kind", "pk")]
    if grant_form is None and scope.grantable_kinds():
        grant_form = RoleGrantForm(scope=scope, user=target)
    return render(request, "accounts/users/detail.html", {
        "target": target, "roles": roles, "grant_form": grant_form,
        "can_admin": scope.can_admin_user(target),
        "is_locked": bool(locked_usernames([target.username])),
        "has_two_factor": is_enrolled(target),
        # Where and when someone signs in is for the account's admins, not for a planner.
        "sign_ins": SignIn.objects.filter(user=target)[:30] if scope.can_admin_user(target) else [],
        "entries": scope.user_history(target)[:100],
    }, status=status)


@never_cache
@login_required
def user_create(request):
    scope = Scope.of(request.user)
    if not scope.can_create_users():
        raise PermissionDenied
    form = UserCreateForm(request.POST or None, scope=scope)
    if request.method == "POST" and form.is_valid():
        role = form.role_for(None)
        if not scope.can_grant(role):
            raise PermissionDenied
        password = generate_password() if form.generated else form.cleaned_data["password1"]
        with transaction.atomic():
            # Built from the form's fields only: never a superuser or staff, whatever is posted.
            user = get_user_model()(is_active=True)
            form.apply_to(user)
            user.set_password(password)
            user.save()
            role.user = user
            role.save()
        messages.success(request, _("Pengguna %(name)s dibuat.") % {"name": user.username})
        if form.generated:
            return render(request, "accounts/users/password_shown.html", {"target": user, "password": password})
        return redirect("accounts:user_detail", pk=user.pk)
    return render(request, "accounts/users/form.html", {"form": form, "target": None})


@login_required
def user_edit(request, pk):
    target, scope = user_or_404(request.user, pk, admin=True)
    form = UserEditForm(request.POST or None, instance=target)
    if request.method == "POST" and form.is_valid() and save_unless_changed(
            form, save=lambda: (form.apply_to(target), target.save())):
        messages.success(request, _("Data pengguna %(name)s disimpan.") % {"name": target.username})
        return redirect("accounts:user_detail", pk=target.pk)
    return render(request, "accounts/users/form.html", {"form": form, "target": target},
                  status=409 if form.conflict else 200)


@require_POST
@login_required
def user_deactivate(request, pk):
    target, scope = user_or_404(request.user, pk, admin=True)
    if target.pk == request.user.pk:
        messages.error(request, _("Anda tidak dapat menonaktifkan akun Anda sendiri."))
    elif target.is_active:
        target.is_active = False
        target.save(update_fields=["is_active"])
        messages.success(request, _("Pengguna %(name)s dinonaktifkan; ia tidak dapat masuk lagi.")
                         % {"name": target.username})
    return redirect("accounts:user_detail", pk=target.pk)


@require_POST
@login_required
def user_reactivate(request, pk):
    target, scope = user_or_404(request.user, pk, admin=True)
    if not target.is_active:
        target.is_active = True
        target.save(update_fields=["is_active"])
        messages.success(request, _("Pengguna %(name)s diaktifkan kembali.") % {"name": target.username})
    return redirect("accounts:user_detail", pk=target.pk)


@require_POST
@login_required
def user_unlock(request, pk):
    from axes.utils import reset

    target, scope = user_or_404(request.user, pk, admin=True)
    reason = " ".join(request.POST.get("reason", "").split())[:500]
    if not reason:
        messages.error(request, _("Tuliskan alasan membuka kunci (mis. pemiliknya sudah dihubungi)."))
    elif reset(username=target.username):
        record_account_event(target, request=request, reason=f"{UNLOCKED}: {reason}")
        messages.success(request, _("Kunci masuk %(name)s dibuka.") % {"name": target.username})
    else:
        messages.info(request, _("Akun %(name)s tidak sedang terkunci.") % {"name": target.username})
    return redirect("accounts:user_detail", pk=target.pk)


@never_cache
@require_POST
@login_required
def user_password_reset(request, pk):
    target, scope = user_or_404(request.user, pk, admin=True)
    if target.pk == request.user.pk:
        messages.error(request, _("Ganti kata sandi Anda sendiri melalui halaman akun."))
        return redirect("accounts:user_detail", pk=target.pk)
    password = generate_password()
    with transaction.atomic():
        target.set_password(password)
        target.save(update_fields=["password"])
        record_account_event(target, request=request, reason=PASSWORD_RESET)
    return render(request, "accounts/users/password_shown.html", {"target": target, "password": password})


@require_POST
@login_required
def role_grant(request, pk):
    target, scope = user_or_404(request.user, pk)
    if not scope.grantable_kinds():
        raise PermissionDenied
    form = RoleGrantForm(request.POST, scope=scope, user=target)
    if not form.is_valid():
        return _detail(request, target, scope, grant_form=form)
    role = form.role_for(target)
    if not scope.can_grant(role):
        raise PermissionDenied
    role.save()
    messages.success(request, _("Peran %(role)s diberikan kepada %(name)s.")
                     % {"role": role.get_kind_display(), "name": target.username})
    return redirect("accounts:user_detail", pk=target.pk)


@require_POST
@login_required
def role_revoke(request, pk, role_pk):
    target, scope = user_or_404(request.user, pk)
    role = scope.visible_roles(target).filter(pk=role_pk).first()
    if role is None:
        raise Http404
    if not scope.can_grant(role):
        raise PermissionDenied
    if (target.pk == request.user.pk and role.kind == Role.Kind.PEMDA_ADMIN
            and not Role.objects.filter(user=target, kind=Role.Kind.PEMDA_ADMIN).exclude(pk=role.pk).exists()):
        # Revoking it would leave nobody able to give it back from this account.
        messages.error(request, _("Anda tidak dapat mencabut peran admin terakhir Anda sendiri."))
        return redirect("accounts:user_detail", pk=target.pk)
    label = role.get_kind_display()
    role.delete()
    messages.success(request, _("Peran %(role)s dicabut dari %(name)s.") % {"role": label, "name": target.username})
    if not scope.can_view_user(target):
        return redirect("accounts:user_list")
    return redirect("accounts:user_detail", pk=target.pk)

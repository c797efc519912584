"""The two-factor pages: enrol an authenticator app, give a code at sign-in, recovery codes, turn it
off (when not required), an admin's reset of someone else's, and a pemda's policy.

Every change is an audit entry on the account (``event``), and a wrong code a ``failed`` entry.
Pages that show a secret (the QR code, recovery codes) are never cached.
"""
from __future__ import annotations

import base64

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kinerja.accounts.access import Scope, user_or_404
from kinerja.accounts.models import TwoFactorPolicy
from kinerja.accounts.signin_audit import record_account_event, record_sign_in
from kinerja.accounts.two_factor.policy import has_authenticator, is_enrolled, is_required
from kinerja.audit.models import SignIn

RECOVERY_CODES = 10
ENROLLED = gettext_noop("Verifikasi dua langkah diaktifkan")
NEW_CODES = gettext_noop("Kode pemulihan baru dibuat")
TURNED_OFF = gettext_noop("Verifikasi dua langkah dimatikan")
RESET_BY_ADMIN = gettext_noop("Verifikasi dua langkah diatur ulang oleh admin")
RECOVERY_USED = gettext_noop("Masuk dengan kode pemulihan")
WRONG_CODE = gettext_noop("Kode verifikasi salah")


class CodeForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Kode"), max_length=16, strip=True,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                                         "autofocus": True}))

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split()).replace("-", "").lower()


class ReasonForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Alasan"), max_length=500, strip=True)


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return reverse("catalog:home")


def _qr_svg(device: TOTPDevice) -> str:
    # Drawn here, as inline SVG: no CDN, no image request that could leak the secret.
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)


def _new_recovery_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Kode pemulihan"), confirmed=True)
    codes = [StaticToken.random_token() for _n in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def _show_codes(request, codes: list[str], next_url: str):
    return render(request, "accounts/two_factor/recovery_codes.html", {"codes": codes, "next": next_url})


@never_cache
@login_required
def overview(request):
    return render(request, "accounts/two_factor/overview.html", {
        "enrolled": has_authenticator(request.user), "required": is_required(request.user),
        "codes_left": StaticToken.objects.filter(device__user=request.user).count(),
    })


@never_cache
@login_required
def enrol(request):
    user = request.user
    if is_enrolled(user) and not user.is_verified():
        # A password alone must not add a second device to an account that has one.
        return redirect(f"{reverse('accounts:two_factor_verify')}?next={reverse('accounts:two_factor_enrol')}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").last()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Aplikasi autentikator"), confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                device.confirmed = True
                device.save()
                codes = _new_recovery_codes(user)
                record_account_event(user, request=request, reason=ENROLLED)
            otp_login(request, device)
            messages.success(request, _("Verifikasi dua langkah aktif."))
            return _show_codes(request, codes, _next(request))
        form.add_error("code", _("Kode tidak cocok. Periksa jam ponsel Anda dan coba kode yang baru."))
    return render(request, "accounts/two_factor/enrol.html", {
        "form": form, "qr": mark_safe(_qr_svg(device)),
        "secret": base64.b32encode(device.bin_key).decode(), "required": is_required(user),
        "next": request.GET.get("next", ""),
    }, status=400 if form.errors else 200)


@never_cache
@login_required
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(_next(request))
    if not is_enrolled(user):
        return redirect("accounts:two_factor_enrol")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        for device in TOTPDevice.objects.filter(user=user, confirmed=True):
            if device.verify_token(code):
                otp_login(request, device)
                return redirect(_next(request))
        for device in StaticDevice.objects.filter(user=user, confirmed=True):
            if device.verify_token(code):  # a recovery code works once: django-otp deletes it
                otp_login(request, device)
                record_sign_in(user, SignIn.Kind.LOGIN, request=request, reason=RECOVERY_USED)
                messages.warning(request, _("Anda masuk dengan kode pemulihan; sisa %(n)s kode. Buat kode baru "
                                            "bila hampir habis.") % {"n": device.token_set.count()})
                return redirect(_next(request))
        record_sign_in(user, SignIn.Kind.FAILED, request=request, reason=WRONG_CODE)
        form.add_error("code", _("Kode salah atau sudah dipakai. Setelah beberapa kali salah, tunggu sebentar "
                                 "sebelum mencoba lagi."))
    return render(request, "accounts/two_factor/verify.html", {"form": form, "next": request.GET.get("next", "")},
                  status=400 if form.errors else 200)


@never_cache
@require_POST
@login_required
def recovery_codes(request):
    if not (has_authenticator(request.user) and request.user.is_verified()):
        raise PermissionDenied
    with transaction.atomic():
        codes = _new_recovery_codes(request.user)
        record_account_event(request.user, request=request, reason=NEW_CODES)
    return _show_codes(request, codes, reverse("accounts:two_factor"))


@require_POST
@login_required
def turn_off(request):
    user = request.user
    if is_required(user):
        messages.error(request, _("Verifikasi dua langkah wajib untuk peran Anda; tidak dapat dimatikan."))
        return redirect("accounts:two_factor")
    if not user.is_verified():
        raise PermissionDenied
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        record_account_event(user, request=request, reason=TURNED_OFF)
    messages.success(request, _("Verifikasi dua langkah dimatikan."))
    return redirect("accounts:two_factor")


@require_POST
@login_required
def admin_reset(request, pk):
    """A pemda admin removes someone's devices (a lost phone); they enrol again at their next sign-in."""
    target, scope = user_or_404(request.user, pk, admin=True)
    form = ReasonForm(request.POST)
    if target.pk == request.user.pk:
        messages.error(request, _("Atur verifikasi dua langkah Anda sendiri melalui halaman akun."))
    elif not form.is_valid():
        messages.error(request, _("Tuliskan alasan pengaturan ulang."))
    else:
        with transaction.atomic():
            TOTPDevice.objects.filter(user=target).delete()
            StaticDevice.objects.filter(user=target).delete()
            record_account_event(target, request=request,
                                 reason=f"{RESET_BY_ADMIN}: {form.cleaned_data['reason']}")
        messages.success(request, _("Verifikasi dua langkah %(name)s diatur ulang.") % {"name": target.username})
    return redirect("accounts:user_detail", pk=target.pk)


class PolicyForm(forms.ModelForm):
    class Meta:
        model = TwoFactorPolicy
        fields = ["required_for_all"]


@login_required
def policy(request):
    scope = Scope.of(request.user)
    pemdas = list(scope.administered_pemdas())
    if not pemdas:
        raise PermissionDenied
    rows = [(p, TwoFactorPolicy.objects.filter(pemda=p).first()) for p in pemdas]
    return render(request, "accounts/two_factor/policy.html", {"rows": rows})


@require_POST
@login_required
def policy_set(request, pemda_pk):
    scope = Scope.of(request.user)
    if not scope.is_pemda_admin:
        raise PermissionDenied
    pemda = scope.administered_pemdas().filter(pk=pemda_pk).first()
    if pemda is None:  # another pemda's policy: not revealed
        raise Http404
    row = TwoFactorPolicy.objects.filter(pemda=pemda).first() or TwoFactorPolicy(pemda=pemda)
    form = PolicyForm(request.POST, instance=row)
    if form.is_valid():
        form.save()
        messages.success(request, _("Kebijakan verifikasi dua langkah %(pemda)s disimpan.") % {"pemda": pemda.name})
    return redirect("accounts:two_factor_policy")

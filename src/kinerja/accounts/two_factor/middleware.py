"""Keep a session that has only passed the password on the two-factor pages.

Runs after django-otp's OTPMiddleware (which gives ``request.user.is_verified()``). A signed-in user
who has a device but has not given a code this session goes to the verification page; one who must
use two-factor sign-in and has no device goes to enrolment. Everything else answers the same
redirect, so no page, download or POST is reachable with the password alone.
"""
from __future__ import annotations

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from kinerja.accounts.two_factor.policy import is_enrolled, is_required


def _open_paths() -> tuple[str, ...]:
    return (
        reverse("accounts:two_factor_verify"),
        reverse("accounts:two_factor_enrol"),
        reverse("accounts:logout"),
        reverse("set_language"),
        settings.STATIC_URL,
    )


class TwoFactorMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (getattr(settings, "KINERJA_TWO_FACTOR", True) and user is not None and user.is_authenticated
                and not user.is_verified() and not request.path.startswith(_open_paths())):
            if is_enrolled(user):
                return _to("accounts:two_factor_verify", request)
            if is_required(user):
                return _to("accounts:two_factor_enrol", request)
        return self.get_response(request)


def _to(name: str, request):
    return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")

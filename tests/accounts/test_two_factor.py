"""Two-factor sign-in with real TOTP codes (django-otp's own TOTP), real recovery codes, real sessions."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kinerja.accounts.models import TwoFactorPolicy
from kinerja.audit.models import AuditEntry, SignIn

pytestmark = pytest.mark.two_factor
PASSWORD = "sandi-uji-kinerja-77"


def code_for(device: TOTPDevice, *, offset: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + offset * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def people(world):
    for key in ("admin", "operator_a", "evaluator"):
        user = world.user(key)
        user.set_password(PASSWORD)
        user.save()
    return world


def sign_in(client, username: str):
    return client.post(reverse("accounts:login"), {"username": username, "password": PASSWORD})


def enrol(client) -> tuple[TOTPDevice, list[str]]:
    page = client.get(reverse("accounts:two_factor_enrol"))
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=page.wsgi_request.user, confirmed=False)
    response = client.post(reverse("accounts:two_factor_enrol"), {"code": code_for(device)})
    assert response.status_code == 200
    return device, response.context["codes"]


def test_a_pemda_admin_must_enrol_before_anything_else(client, people):
    sign_in(client, "admin")
    response = client.get(reverse("accounts:user_list"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:two_factor_enrol"))
    page = client.get(reverse("accounts:two_factor_enrol")).content.decode()
    # The QR code is drawn on the server as inline SVG: no image request, no CDN, no script.
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert "<path" in svg and "src=" not in svg and "href" not in svg and "<script" not in page
    device, codes = enrol(client)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get(reverse("accounts:user_list")).status_code == 200
    event = AuditEntry.objects.filter(action="event", object_id=str(people.user("admin").pk)).order_by("pk").last()
    assert event.reason == "Verifikasi dua langkah diaktifkan"


def test_a_wrong_code_does_not_enrol(client, people):
    sign_in(client, "evaluator")
    client.get(reverse("accounts:two_factor_enrol"))
    device = TOTPDevice.objects.get(user=people.user("evaluator"))
    wrong = f"{(int(code_for(device)) + 1) % 10**6:06d}"
    response = client.post(reverse("accounts:two_factor_enrol"), {"code": wrong})
    assert response.status_code == 400 and "Kode tidak cocok" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(reverse("catalog:agency_list")).status_code == 302


def test_the_next_sign_in_asks_for_a_code(client, people):
    sign_in(client, "admin")
    device, codes = enrol(client)
    client.post(reverse("accounts:logout"))
    sign_in(client, "admin")
    response = client.get(reverse("accounts:user_list"))
    assert response["Location"].startswith(reverse("accounts:two_factor_verify"))
    # A POST with only the password gets nowhere either.
    blocked = client.post(reverse("accounts:user_unlock", args=[people.user("operator_a").pk]), {"reason": "x"})
    assert blocked.status_code == 302 and blocked["Location"].startswith(reverse("accounts:two_factor_verify"))
    bad = client.post(reverse("accounts:two_factor_verify"), {"code": "000000" if code_for(device) != "000000" else "111111"})
    assert bad.status_code == 400
    assert SignIn.objects.filter(kind="failed", reason="Kode verifikasi salah").exists()
    # After a failure django-otp throttles the device: even the right code waits a moment.
    assert client.post(reverse("accounts:two_factor_verify"), {"code": code_for(device, offset=1)}).status_code == 400
    device.refresh_from_db()
    device.throttling_failure_timestamp -= __import__("datetime").timedelta(seconds=60)
    device.save()
    good = client.post(reverse("accounts:two_factor_verify") + "?next=/akun/pengguna/",
                       {"code": code_for(device, offset=1), "next": "/akun/pengguna/"})
    assert good.status_code == 302 and good["Location"] == "/akun/pengguna/"
    assert client.get(reverse("accounts:user_list")).status_code == 200


def test_a_recovery_code_works_once(client, people):
    sign_in(client, "admin")
    _device, codes = enrol(client)
    for attempt in range(2):
        client.post(reverse("accounts:logout"))
        sign_in(client, "admin")
        response = client.post(reverse("accounts:two_factor_verify"), {"code": codes[0]})
        if attempt == 0:
            assert response.status_code == 302
            assert client.get(reverse("accounts:user_list")).status_code == 200
        else:
            assert response.status_code == 400
    assert StaticToken.objects.filter(device__user=people.user("admin")).count() == 9


def test_the_next_redirect_stays_on_this_site(client, people):
    sign_in(client, "admin")
    device, _codes = enrol(client)
    client.post(reverse("accounts:logout"))
    sign_in(client, "admin")
    response = client.post(reverse("accounts:two_factor_verify"), {"code": code_for(device, offset=1),
                                                                  "next": "https://jahat.example/"})
    assert response["Location"] == reverse("catalog:home")


def test_an_operator_may_choose(client, people):
    sign_in(client, "operator_a")
    assert client.get(reverse("catalog:agency_list")).status_code == 200
    device, _codes = enrol(client)
    client.post(reverse("accounts:logout"))
    sign_in(client, "operator_a")
    assert client.get(reverse("catalog:agency_list"))["Location"].startswith(reverse("accounts:two_factor_verify"))
    client.post(reverse("accounts:two_factor_verify"), {"code": code_for(device, offset=1)})
    assert client.post(reverse("accounts:two_factor_turn_off")).status_code == 302
    assert not TOTPDevice.objects.filter(user=people.user("operator_a")).exists()


def test_a_pemda_may_require_it_for_everyone(client, people):
    sign_in(client, "admin")
    enrol(client)
    response = client.post(reverse("accounts:two_factor_policy_set", args=[people.pemda.pk]),
                           {"required_for_all": "on"})
    assert response.status_code == 302 and TwoFactorPolicy.objects.get(pemda=people.pemda).required_for_all
    client.post(reverse("accounts:logout"))
    sign_in(client, "operator_a")
    assert client.get(reverse("catalog:agency_list"))["Location"].startswith(reverse("accounts:two_factor_enrol"))


def test_a_required_role_cannot_turn_it_off(client, people):
    sign_in(client, "admin")
    enrol(client)
    response = client.post(reverse("accounts:two_factor_turn_off"), follow=True)
    assert "tidak dapat dimatikan" in response.content.decode()
    assert TOTPDevice.objects.filter(user=people.user("admin"), confirmed=True).exists()


def test_an_admin_resets_a_lost_phone_with_a_reason(client, people):
    op = people.user("operator_a")
    sign_in(client, "operator_a")
    enrol(client)
    client.post(reverse("accounts:logout"))
    sign_in(client, "admin")
    enrol(client)
    url = reverse("accounts:two_factor_reset", args=[op.pk])
    client.post(url, {"reason": ""})
    assert TOTPDevice.objects.filter(user=op).exists()
    client.post(url, {"reason": "Ponsel hilang, dikonfirmasi lewat telepon"})
    assert not TOTPDevice.objects.filter(user=op).exists()
    entry = AuditEntry.objects.filter(action="event", object_id=str(op.pk)).order_by("pk").last()
    assert entry.actor_label == "admin" and entry.reason.endswith("Ponsel hilang, dikonfirmasi lewat telepon")


def test_a_password_alone_cannot_add_a_second_device(client, people):
    sign_in(client, "admin")
    enrol(client)
    client.post(reverse("accounts:logout"))
    sign_in(client, "admin")
    response = client.get(reverse("accounts:two_factor_enrol"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:two_factor_verify"))
    assert TOTPDevice.objects.filter(user=people.user("admin")).count() == 1


def test_new_recovery_codes_replace_the_old(client, people):
    sign_in(client, "admin")
    _device, old = enrol(client)
    response = client.post(reverse("accounts:two_factor_recovery_codes"))
    new = response.context["codes"]
    assert response.status_code == 200 and "no-store" in response["Cache-Control"] and not set(old) & set(new)
    assert set(StaticToken.objects.filter(device__user=people.user("admin")).values_list("token", flat=True)) == set(new)


def test_the_pages_speak_english(client, people):
    client.cookies["django_language"] = "en"
    sign_in(client, "admin")
    text = client.get(reverse("accounts:two_factor_enrol")).content.decode()
    assert "Turn on two-step verification" in text
    assert re.search(r"<svg[^>]*>", text)

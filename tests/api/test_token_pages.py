"""The token pages: a personal token made and shown once, revoked; service accounts by pemda admins."""
from __future__ import annotations

from django.urls import reverse

from kinerja.accounts.models import Role
from kinerja.api.models import ApiToken, ServiceAccount
from kinerja.api.tokens import issue_token

from .helpers import API, bearer


def test_a_user_makes_a_token_and_sees_it_once(login, client):
    page = login("operator_a").post(reverse("api_tokens:list"), {"name": "Skrip rekap", "days": 30})
    assert page.status_code == 200
    token = ApiToken.objects.get(name="Skrip rekap")
    raw = page.context["raw"]
    assert raw.startswith(token.prefix) and raw in page.content.decode()
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    assert not token.can_write and token.created_by == token.user
    listing = client.get(reverse("api_tokens:list")).content.decode()
    assert token.prefix in listing and raw not in listing
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 200


def test_bad_input_keeps_the_form(login):
    page = login("planner").post(reverse("api_tokens:list"), {"name": "", "days": "1.234,5"})
    assert page.status_code == 200 and page.context["form"].errors
    assert not ApiToken.objects.exists()


def test_revoking_from_the_page(login, world, client):
    token, raw = issue_token(world.user("planner"), name="x")
    response = login("planner").post(reverse("api_tokens:revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.is_revoked and token.revoked_by == world.user("planner")
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 401


def test_a_pemda_admin_makes_a_service_account_and_its_token(login, world, client):
    admin = login("admin")
    response = admin.post(reverse("api_tokens:service_list"), {
        "username": "portal-satu-data", "full_name": "Portal Satu Data", "email": "", "description": "harvest",
        "kind": Role.Kind.PLANNER, "place": f"pd-{world.agency.pk}"})
    assert response.status_code == 302
    account = ServiceAccount.objects.get(user__username="portal-satu-data")
    assert not account.user.has_usable_password() and account.pemda == world.pemda
    page = admin.post(reverse("api_tokens:service_detail", args=[account.pk]),
                      {"name": "harvest", "days": 90, "can_write": "on"})
    raw = page.context["raw"]
    token = ApiToken.objects.get(user=account.user)
    assert token.can_write and token.created_by == world.user("admin")
    # The service account reads what its planner role reads: agency X, not Y.
    names = {u["name"] for u in client.get(f"{API}/units/", **bearer(raw)).json()["items"]}
    assert world.unit_a.name in names and world.unit_y.name not in names


def test_the_profile_page_links_the_token_page(login):
    assert reverse("api_tokens:list") in login("operator_a").get(reverse("accounts:profile")).content.decode()

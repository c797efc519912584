"""A pemda admin creates an operator of one unit through the user pages; the new operator logs in and
sees that unit's indicators and no others."""
from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from kinerja.catalog.models import Indicator, Unit
from support.browser import log_in, path_of, screenshot

pytestmark = pytest.mark.browser

UNIT = "Seksi Pengupahan dan Jaminan Sosial"
USERNAME, PASSWORD = "operator.upah", "Upah-Minimum-Tanah-Merah-77"


def test_admin_creates_an_operator_who_sees_only_their_unit(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    unit = Unit.objects.get(agency=agency, name=UNIT)
    own = set(Indicator.objects.filter(agency=agency, unit__path__startswith=unit.path, is_active=True)
              .values_list("name", flat=True))
    elsewhere = Indicator.objects.filter(agency=agency, is_active=True).exclude(name__in=own).first()
    assert own and elsewhere is not None

    log_in(page, "admin", demo.password)
    page.goto(reverse("accounts:user_list"))
    page.get_by_role("link", name="Tambah pengguna").click()
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=full_name]", "Operator Pengupahan")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.select_option("select[name=kind]", "operator")
    page.select_option("select[name=place]", f"unit-{unit.pk}")
    screenshot(page, "users-01-create-form")
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name="Simpan").click()
    created = demo.user(USERNAME)
    assert path_of(page) == reverse("accounts:user_detail", args=[created.pk])
    expect(page.get_by_role("heading", level=1)).to_have_text("Operator Pengupahan")
    roles = page.locator("section.card table.table:not(.history)")
    expect(roles).to_contain_text("Operator unit")
    expect(roles).to_contain_text(UNIT)
    screenshot(page, "users-02-created")

    page.context.clear_cookies()
    log_in(page, USERNAME, PASSWORD)
    page.goto(reverse("measurement:entry_home", args=[agency.slug]))
    expect(page.locator("table.entry-home tbody th[scope=row]")).to_have_text([UNIT])
    page.goto(reverse("measurement:capaian_table", args=[agency.slug, "2025"]))
    shown = page.locator(".capaian-table td.ind-name").all_inner_texts()
    assert set(shown) == own and len(shown) == len(own)
    screenshot(page, "users-03-operator-capaian")

    response = page.goto(reverse("catalog:indicator_detail", args=[agency.slug, elsewhere.pk]))
    assert response.status == 404

"""An operator reads their part of the IKI decree and is refused another unit's edit page."""
from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from support.browser import log_in, path_of, screenshot

pytestmark = pytest.mark.browser

OWN = ["Jumlah tenaga kerja yang ditempatkan", "Persentase peningkatan jumlah penempatan tenaga kerja",
       "Jumlah Bursa Kerja Khusus yang aktif"]
OTHER_UNIT = "Jumlah IKM yang dibina"


def test_operator_sees_own_indicators_and_is_refused_elsewhere(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    iki = demo.decree("800/113/DPTK/2024")
    log_in(page, "operator1", demo.password)
    screenshot(page, "operator-01-home")

    page.goto(reverse("catalog:decree_detail", args=[agency.slug, iki.pk]))
    expect(page.get_by_role("heading", level=2).first).to_contain_text(iki.nomor)
    for name in OWN:
        expect(page.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=OTHER_UNIT, exact=True)).to_have_count(0)
    screenshot(page, "operator-02-iki-decree")

    page.get_by_role("link", name=OWN[0], exact=True).click()
    own = demo.indicator(OWN[0])
    expect(page.get_by_role("heading", name=OWN[0])).to_be_visible()
    assert path_of(page) == reverse("catalog:indicator_detail", args=[agency.slug, own.pk])
    screenshot(page, "operator-03-indicator")

    other = demo.indicator(OTHER_UNIT)
    response = page.goto(reverse("catalog:indicator_edit", args=[agency.slug, other.pk]))
    assert response.status in (403, 404), response.status
    expect(page.locator("textarea[name=formula_text]")).to_have_count(0)
    screenshot(page, "operator-04-refused-other-unit")

    # Operators enter realisasi; changing the catalog is the planner's, even for their own rows.
    response = page.goto(reverse("catalog:indicator_edit", args=[agency.slug, own.pk]))
    assert response.status == 403
    other.refresh_from_db()
    assert other.name == OTHER_UNIT

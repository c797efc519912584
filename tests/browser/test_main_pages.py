"""The main pages render for a pemda admin; each is saved as a screenshot for people to look at."""
from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from support.browser import log_in, screenshot

pytestmark = pytest.mark.browser


def test_main_pages_render(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    iku = demo.decree("800/112/DPTK/2024")
    perubahan = demo.decree("800/245/DPTK/2024")
    weighted = demo.indicator("Indeks kepatuhan dan kinerja intern Dinas")
    page.goto(reverse("accounts:login"))
    screenshot(page, "page-01-login")
    log_in(page, "admin", demo.password)

    pages = [
        ("page-02-agencies", reverse("catalog:agency_list"), "Dinas Koperasi dan Usaha Mikro"),
        ("page-03-agency", reverse("catalog:agency_detail", args=[agency.slug]), "Seksi Pengupahan dan Jaminan Sosial"),
        ("page-04-iku-decree", reverse("catalog:decree_detail", args=[agency.slug, iku.pk]), "Tingkat Kesempatan Kerja"),
        ("page-05-perubahan", reverse("catalog:decree_detail", args=[agency.slug, perubahan.pk]), iku.nomor),
        ("page-06-indicator", reverse("catalog:indicator_detail", args=[agency.slug, weighted.pk]), "Memuaskan"),
        ("page-07-history", reverse("catalog:agency_history", args=[agency.slug]), "demo"),
    ]
    for name, url, text in pages:
        response = page.goto(url)
        assert response.status == 200, (url, response.status)
        expect(page.locator("body")).to_contain_text(text)
        screenshot(page, name)

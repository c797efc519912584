"""In a real browser: an operator enters TW I variables, a planner verifies, the capaian appears with its
predicate and explanation; another unit's operator cannot open that entry."""
from __future__ import annotations

import shutil

import pytest
from django.conf import settings as django_settings
from django.test import Client

from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]


@pytest.fixture
def live_world(transactional_db):
    from measurement.conftest import World  # noqa: PLC0415 - the same builder as the other tests

    return World()


def session_of(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


def browser_as(playwright, live_server, session):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    context = browser.new_context(base_url=live_server.url, locale="id-ID")
    context.add_cookies([{"name": django_settings.SESSION_COOKIE_NAME,
                          "value": session,
                          "url": live_server.url}])
    return browser, context.new_page()


def test_operator_enters_planner_verifies_capaian_appears(live_server, live_world):
    from playwright.sync_api import sync_playwright

    w = live_world
    ind = w.indicator("a / b * 100", {"a": ("Jumlah ditempatkan", "orang"), "b": ("Jumlah pencari kerja", "orang")},
                      targets={"2025-Q1": "50"})
    # Sessions are made before Playwright starts its event loop: the ORM refuses to run inside it.
    name, pk, slug = ind.name, ind.pk, w.agency.slug
    grid = f"/realisasi/{slug}/unit/{w.unit.pk}/{TW1.key}/"
    operator, planner, outsider = (session_of(u) for u in (w.operator, w.planner, w.other_operator))
    with sync_playwright() as p:
        browser, page = browser_as(p, live_server, operator)
        page.goto(grid)
        page.fill("input[name=v_a]", "45")
        page.fill("input[name=v_b]", "100")
        page.press("input[name=v_b]", "Enter")  # quick keyboard entry: Enter saves the row
        page.wait_for_selector(".row-message.ok")
        detail_url = page.get_attribute(f"#row-{pk} .status a", "href")
        answer = page.goto(detail_url)
        assert answer.status == 200, page.content()[:3000]
        page.click("button:has-text('Ajukan')")
        page.wait_for_selector("text=Diajukan")
        browser.close()

        browser, page = browser_as(p, live_server, planner)
        page.goto(f"/verifikasi/{slug}/")
        page.click(f"text={name}")
        page.click("button:has-text('Verifikasi')")
        page.wait_for_selector("strong.status:has-text('Terverifikasi')")
        page.goto(f"/capaian/{slug}/{TW1.key}/")
        row = page.locator(f"tr:has-text('{name}')").first
        predicate = row.locator("td.predicate")
        assert predicate.inner_text().strip() == "Tinggi"  # 45 / 50 × 100% = 90%: 76 ≤ 90 < 91
        assert predicate.get_attribute("style")  # coloured by the band
        assert "45 / 50 × 100% = 90%" in row.get_attribute("title")  # the explanation on hover
        browser.close()

        browser, page = browser_as(p, live_server, outsider)
        response = page.goto(detail_url)
        assert response.status == 404
        browser.close()

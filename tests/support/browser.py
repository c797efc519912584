"""Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

Playwright never downloads a browser here: it launches /usr/bin/chromium (or $KINERJA_CHROMIUM) with the
flags that keep Chromium off the network it cannot reach. Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    wanted = os.environ.get("KINERJA_CHROMIUM", "/usr/bin/chromium")
    return wanted if Path(wanted).exists() else shutil.which("chromium")


@pytest.fixture
def browser(monkeypatch) -> Iterator:
    """A Chromium for one test. Per test, not per session: a Playwright left running would hold an event
    loop in the worker, and any other test that starts its own Playwright there would fail."""
    executable = chromium_path()
    if executable is None:
        message = "Chromium tidak terpasang / Chromium is not installed (scripts/install-system-deps.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    monkeypatch.setenv("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    # The sync API keeps an event loop in this thread; Django would then refuse the tests' own ORM calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900},
                                  locale="id-ID")
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, username: str, password: str) -> None:
    login = reverse("accounts:login")
    page.goto(login)
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        # Enter submits the login form itself; the page has other forms (language, log out).
        page.press("input[name=password]", "Enter")
    assert not page.url.split("?")[0].endswith(login), f"{username} could not log in: {page.url}"


def path_of(page) -> str:
    return re.sub(r"^https?://[^/]+", "", page.url)

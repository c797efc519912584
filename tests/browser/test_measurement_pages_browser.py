"""A planner types targets into the target grid: good cells are saved and survive a reload, a cell that is
not a number is refused in Indonesian and in English and nothing of its row is saved."""
from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from kinerja.measurement.models import Target
from support.browser import log_in, screenshot

pytestmark = pytest.mark.browser

SAVED = "Persentase lulusan pelatihan yang ditempatkan"  # the demo leaves its 2025 PK target empty
REFUSED = "Tingkat Kesempatan Kerja"


def targets_of(indicator) -> dict[tuple[str, str], str]:
    return {(t.kind, t.period): t.raw for t in Target.objects.filter(indicator=indicator, year=2025)}


def save_row(page, row) -> None:
    row.locator("form.target-row button[type=submit]").click()


def switch_language(page, code: str) -> None:
    with page.expect_navigation():
        page.click(f"button[name=language][value={code}]")


def test_planner_sets_targets_and_a_bad_cell_saves_nothing(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    saved, refused = demo.indicator(SAVED), demo.indicator(REFUSED)
    assert ("pk", "2025") not in targets_of(saved)
    refused_before = targets_of(refused)
    log_in(page, "perencana", demo.password)
    page.goto(reverse("measurement:targets", args=[agency.slug, 2025]))
    screenshot(page, "targets-01-grid")

    row = page.locator(f"#target-{saved.pk}")
    row.locator("input[name=t_pk]").fill("82,5")
    row.locator("input[name=t_tw1]").fill("81")
    save_row(page, row)
    expect(row.locator(".row-message.ok")).to_be_visible()

    bad = page.locator(f"#target-{refused.pk}")
    bad.locator("input[name=t_pk]").fill("99")
    bad.locator("input[name=t_tw1]").fill("abc")
    save_row(page, bad)
    expect(bad.locator(".row-message.error")).to_be_visible()
    expect(bad.locator(".cell-message[data-for=tw1]")).to_contain_text("tidak dapat dibaca")
    expect(bad.locator("input[name=t_tw1]")).to_have_attribute("aria-invalid", "true")
    expect(bad.locator("input[name=t_pk]")).not_to_have_attribute("aria-invalid", "true")
    screenshot(page, "targets-02-refused-id")

    switch_language(page, "en")
    bad = page.locator(f"#target-{refused.pk}")
    bad.locator("input[name=t_pk]").fill("99")
    bad.locator("input[name=t_tw1]").fill("abc")
    save_row(page, bad)
    expect(bad.locator(".cell-message[data-for=tw1]")).to_contain_text("cannot be read")
    screenshot(page, "targets-03-refused-en")

    assert targets_of(refused) == refused_before  # not even the valid PK cell of that row
    after = targets_of(saved)
    assert after[("pk", "2025")] == "82,5" and after[("rencana_aksi", "2025-Q1")] == "81"
    assert Target.objects.get(indicator=saved, kind="pk", year=2025).parsed["value"] == 82.5

    page.reload()
    row, bad = page.locator(f"#target-{saved.pk}"), page.locator(f"#target-{refused.pk}")
    expect(row.locator("input[name=t_pk]")).to_have_value("82,5")
    expect(row.locator("input[name=t_tw1]")).to_have_value("81")
    expect(bad.locator("input[name=t_pk]")).to_have_value(refused_before[("pk", "2025")])
    expect(bad.locator("input[name=t_tw1]")).to_have_value(refused_before.get(("rencana_aksi", "2025-Q1"), ""))
    switch_language(page, "id")
    screenshot(page, "targets-04-after-reload")


@pytest.mark.parametrize("width", [1280, 390])
def test_measurement_pages_fit_the_screen(page, live_demo_data, width):
    """Every measurement page opens for the person who uses it; on a phone only the wide grids scroll,
    inside their own box, never the page itself."""
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    unit = demo.indicator("Jumlah tenaga kerja yang ditempatkan").unit
    grid = [agency.slug, unit.pk, "2025-Q1"]
    page.set_viewport_size({"width": width, "height": 900})
    pages = {
        "operator1": {
            "entry-home": reverse("measurement:entry_home", args=[agency.slug]),
            "entry-grid": reverse("measurement:entry_grid", args=grid),
            "template-upload": reverse("measurement:template_upload", args=grid),
        },
        "perencana": {
            "queue": reverse("measurement:queue", args=[agency.slug]),
            "capaian": reverse("measurement:capaian_table", args=[agency.slug, "2025"]),
            "targets": reverse("measurement:targets", args=[agency.slug, 2025]),
            "scales": reverse("measurement:scales", args=[agency.slug]),
        },
    }
    for username, urls in pages.items():
        page.context.clear_cookies()
        log_in(page, username, demo.password)
        for name, url in urls.items():
            response = page.goto(url)
            assert response.status == 200, (name, response.status)
            expect(page.locator("nav.tabs.sub a[aria-current=page]")).to_have_count(1)
            screenshot(page, f"measurement-{name}-{width}")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name} is {overflow}px wider than a {width}px screen"

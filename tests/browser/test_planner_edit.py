"""A planner edits an indicator and sees the change, attributed to them, in its history."""
from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from kinerja.audit.recorder import history_for
from support.browser import log_in, path_of, screenshot

pytestmark = pytest.mark.browser

NEW_SOURCE = "Register BKK dan laporan tahunan Bursa Kerja Khusus"


def test_planner_edits_indicator_and_sees_history(page, live_demo_data):
    demo = live_demo_data
    agency = demo.agency("disperinaker")
    indicator = demo.indicator("Jumlah Bursa Kerja Khusus yang aktif")
    formula_before = indicator.formula
    log_in(page, "perencana", demo.password)

    page.goto(reverse("catalog:indicator_detail", args=[agency.slug, indicator.pk]))
    page.get_by_role("link", name="Ubah", exact=True).first.click()
    assert path_of(page) == reverse("catalog:indicator_edit", args=[agency.slug, indicator.pk])
    field = page.locator("[name=sumber_data]")
    expect(field).to_have_value(indicator.sumber_data)
    field.fill(NEW_SOURCE)
    screenshot(page, "planner-01-edit")
    with page.expect_navigation():
        field.press("Enter")

    assert path_of(page) == reverse("catalog:indicator_detail", args=[agency.slug, indicator.pk])
    history = page.locator("#riwayat")
    expect(history).to_contain_text(NEW_SOURCE)
    expect(history).to_contain_text("perencana")
    screenshot(page, "planner-02-history")

    indicator.refresh_from_db()
    assert indicator.sumber_data == NEW_SOURCE
    assert indicator.formula == formula_before, "saving the form keeps the structured formula"
    latest = history_for(indicator).first()
    assert latest.actor_label == "perencana"
    assert ("sumber_data", "Register BKK Seksi Penempatan", NEW_SOURCE) in latest.changed_fields()

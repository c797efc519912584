"""The planner opens the agency dashboard (charts drawn, a chart saved as PNG), the pohon kinerja
(searches a node, collapses a branch) and downloads a Perjanjian Kinerja; screenshots at desktop and
phone width go to test-artifacts/screenshots/."""
from __future__ import annotations

import io

import pytest
from django.urls import reverse
from docx import Document as DocxDocument
from playwright.sync_api import expect

from kinerja.demo.history import TAHUN
from support.browser import log_in, screenshot

pytestmark = pytest.mark.browser

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_dashboard_pohon_and_pk_download(page, live_demo_data):
    demo = live_demo_data  # its first agency carries a measured history
    agency = demo.agency("disperinaker")
    log_in(page, "perencana", demo.password)

    page.goto(reverse("reports:agency_dashboard", args=[agency.slug]) + f"?tahun={TAHUN}&tw=3")
    expect(page.locator("svg.kinerja-chart")).to_have_count(4)
    expect(page.locator("#berisiko")).to_be_visible()
    screenshot(page, "reports-01-dashboard")
    with page.expect_download() as chart:
        page.locator("#grafik-capaian button.chart-png").click()
    png = chart.value.path().read_bytes()
    assert png.startswith(PNG_MAGIC) and len(png) > 2000
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "reports-02-dashboard-phone")
    chart_width = page.locator("#grafik-capaian svg").bounding_box()["width"]
    assert chart_width <= 390  # the chart scales to a phone, it does not overflow the page
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(reverse("reports:pohon", args=[agency.slug]))
    nodes = page.locator("svg.pohon-kinerja g.pohon-node")
    expect(nodes.first).to_be_visible()
    page.fill("#pohon-search", "bursa kerja khusus")
    hits = page.locator("g.pohon-node.pohon-hit")
    expect(hits).to_have_count(1)
    expect(hits.first).to_contain_text("Bursa Kerja Khusus")
    screenshot(page, "reports-03-pohon-search")
    page.fill("#pohon-search", "")
    root_toggle = page.locator("g.pohon-toggle").first
    visible_before = page.locator("g.pohon-node:not(.pohon-hidden)").count()
    root_toggle.click()
    assert page.locator("g.pohon-node:not(.pohon-hidden)").count() < visible_before
    root_toggle.click()
    assert page.locator("g.pohon-node:not(.pohon-hidden)").count() == visible_before

    page.goto(reverse("reports:documents", args=[agency.slug]) + f"?tahun={TAHUN}")
    screenshot(page, "reports-04-documents")
    with page.expect_download() as pk:
        page.locator('tr[data-kind="perjanjian-kinerja"] a', has_text=".docx").click()
    assert pk.value.suggested_filename == f"perjanjian-kinerja-{agency.slug}-{TAHUN}.docx"
    doc = DocxDocument(io.BytesIO(pk.value.path().read_bytes()))
    assert any(f"PERJANJIAN KINERJA TAHUN {TAHUN}" in p.text for p in doc.paragraphs)

"""Helpers shared by the test folders: the browser (Playwright on Debian's Chromium) and its pages."""

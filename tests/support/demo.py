"""The demo data as a test fixture, with lookups by the names people see."""
from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from kinerja.catalog.models import Decree, Indicator, PerangkatDaerah
from kinerja.demo.loader import LoadReport, load_demo
from kinerja.demo.tanah_merah import DEMO


class DemoData:
    password = DEMO.password

    def __init__(self, report: LoadReport) -> None:
        self.report = report

    @staticmethod
    def agency(slug: str = "disperinaker") -> PerangkatDaerah:
        return PerangkatDaerah.objects.get(slug=slug)

    @staticmethod
    def decree(nomor: str) -> Decree:
        return Decree.objects.get(nomor=nomor)

    @staticmethod
    def indicator(name: str, agency: str = "disperinaker") -> Indicator:
        return Indicator.objects.get(agency__slug=agency, name=name)

    @staticmethod
    def user(username: str):
        return get_user_model().objects.get(username=username)


@pytest.fixture
def demo_data(db) -> DemoData:
    """The demo loaded into the test database (rolled back after the test)."""
    return DemoData(load_demo())


@pytest.fixture
def live_demo_data(transactional_db) -> DemoData:
    """The demo loaded where a live server's thread can see it (flushed after the test)."""
    return DemoData(load_demo())

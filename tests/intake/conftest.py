from __future__ import annotations

import pytest

from kinerja.catalog.models import Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit, Variable
from kinerja.intake.models import DecreePosition
from web.factories import build_world

CATALOG_MODELS = (Pemda, PerangkatDaerah, Unit, Position, Decree, Objective, Indicator, Variable, DecreePosition,
                  Indicator.variables.through)


def table_counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in CATALOG_MODELS}


@pytest.fixture(autouse=True)
def _private_files(settings, tmp_path):
    settings.PRIVATE_FILES_DIR = tmp_path / "files"


@pytest.fixture
def pemda(db):
    return Pemda.objects.create(name="Kabupaten Contoh", slug="contoh")


@pytest.fixture
def agency(pemda):
    return PerangkatDaerah.objects.create(pemda=pemda, name="Dinas Tenaga Kerja", slug="disnaker")


@pytest.fixture
def other_agency(pemda):
    return PerangkatDaerah.objects.create(pemda=pemda, name="Dinas Koperasi", slug="diskop")


@pytest.fixture
def world(db):
    return build_world()


from support.browser import browser, page  # noqa: E402,F401  (fixtures for the browser test)
from support.demo import live_demo_data  # noqa: E402,F401

"""Fixtures: the demo data, and the demo agency with a measured history (see measured.py)."""
from __future__ import annotations

import pytest
from support.demo import demo_data  # noqa: F401  (fixture)

from reports.measured import measure
from web.factories import build_world


@pytest.fixture
def measured(demo_data):
    measure(demo_data.agency())
    return demo_data


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def login(client, world):
    """``login("planner")`` signs the test client in as that world user and returns the client."""
    def sign_in(key: str):
        client.force_login(world.user(key))
        return client
    return sign_in

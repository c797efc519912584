"""Fixtures: the demo data, and the demo agency with a measured history (see measured.py)."""
from __future__ import annotations

import pytest
from support.demo import demo_data, live_demo_data  # noqa: F401  (fixtures)

from reports.measured import measure

@pytest.fixture
def measured(demo_data):
    measure(demo_data.agency())
    return demo_data

"""Fixtures: the demo data, and the demo agency with a measured history (see kinerja.demo.history)."""
from __future__ import annotations

import pytest
from support.demo import demo_data  # noqa: F401  (fixture)



@pytest.fixture
def measured(demo_data):
    """The demo data; its first agency carries a measured history (kinerja.demo.history)."""
    return demo_data

import pytest

from web.factories import build_world


@pytest.fixture
def world(db):
    return build_world()

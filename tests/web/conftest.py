import pytest

from .factories import build_world


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

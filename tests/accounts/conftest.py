"""The catalog world of tests/web (one pemda, agencies X and Y, a user for every role), and a fast
password hasher: these tests set real passwords."""
from __future__ import annotations

import pytest

from web.factories import build_world


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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

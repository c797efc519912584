"""Suite-wide hooks.

Every test that touches the database is tagged ``database`` (from its fixtures or its ``django_db``
mark, so nobody has to remember a marker); ``scripts/run-tests.sh`` runs those again on PostgreSQL
with ``-m "database or postgres"``. Tests marked ``postgres`` need PostgreSQL itself and are skipped
on SQLite.
"""
from __future__ import annotations

import os

import pytest

# Fixtures that give a test the database (directly or through the request/response cycle).
DATABASE_FIXTURES = frozenset({
    "db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
    "client", "async_client", "admin_client", "admin_user", "live_server",
})


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://", "pgsql://"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "database: uses the database; run again on PostgreSQL by `make test` (set automatically)")
    config.addinivalue_line("markers", "two_factor: runs with two-factor sign-in enforced (off elsewhere)")


def uses_database(item: pytest.Item) -> bool:
    if item.get_closest_marker("django_db") is not None:
        return True
    return bool(DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    needs_postgres = pytest.mark.skip(reason="perlu PostgreSQL / needs PostgreSQL (DATABASE_URL=postgres://…)")
    postgres = on_postgres()
    for item in items:
        if uses_database(item):
            item.add_marker(pytest.mark.database)
        if item.get_closest_marker("postgres") is not None and not postgres:
            item.add_marker(needs_postgres)


@pytest.fixture(scope="session", autouse=True)
def _close_connection_pools(request: pytest.FixtureRequest):
    """On PostgreSQL the settings turn Django's connection pool on; a pooled connection stays open after
    ``close()``, which would keep the test database from being dropped. Empty the pools first (this
    fixture is torn down before the database set-up it asks for)."""
    if not on_postgres():
        yield
        return
    request.getfixturevalue("django_db_setup")
    yield
    from django.db import connections

    blocker = request.getfixturevalue("django_db_blocker")
    with blocker.unblock():
        for connection in connections.all():
            if hasattr(connection, "close_pool"):
                connection.close_pool()


@pytest.fixture(autouse=True)
def _two_factor_only_where_tested(request: pytest.FixtureRequest) -> None:
    """Two-factor sign-in is enforced in production; a test about anything else signs in with a
    password (or ``force_login``) alone. Tests marked ``two_factor`` run with it enforced."""
    if request.node.get_closest_marker("two_factor") is not None:
        return
    from django.conf import settings

    if settings.configured:
        previous = settings.KINERJA_TWO_FACTOR
        settings.KINERJA_TWO_FACTOR = False
        request.addfinalizer(lambda: setattr(settings, "KINERJA_TWO_FACTOR", previous))


@pytest.fixture
def world(db):
    """The catalog world of tests/web: one pemda, agencies X and Y, a user for every role."""
    from web.factories import build_world

    return build_world()


@pytest.fixture
def login(client, world):
    """``login("planner")`` signs the test client in as that world user and returns the client."""
    def sign_in(key: str):
        client.force_login(world.user(key))
        return client
    return sign_in

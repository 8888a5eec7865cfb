"""Shared fixtures: a real, migrated database set up as a site: a SQLite file in a temporary
folder, or in the PostgreSQL leg (`--postgres`) a fresh database on the server (tests/backends.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JEJARING_LANG"] = "en"  # CLI messages in the source language unless a test asks

from argon2 import PasswordHasher

from app.config import Config, load_config
from app.persistence import keyfile
from app.services import accounts, office
from app.services.desk import Desk, open_desk
from tests import backends

#: The first administrator's password in every test desk (and JEJARING_PASSWORD in CLI tests).
ADMIN_PASSWORD = "Kuala-Lumpur-2026"

# Argon2 with the production cost (64 MiB, ~0.25 s) for every desk of the suite would add minutes;
# the rules are the same at a lower cost (the CLI tests run the real thing in their subprocesses).
accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
# The same for the key file's wraps (every desk of the suite is encrypted, like a real one).
keyfile.WRAP_COST = keyfile.WrapCost(time_cost=1, memory_cost=1024, parallelism=1)


def sqlite_file(config: Config) -> Any:
    """A DB-API connection to the desk's SQLite file for tests that edit it directly: through
    SQLCipher with the data key that setup left or the first administrator's password unwraps."""
    import sqlcipher3

    from app.services.desk import database_path

    path = database_path(config)
    keys = keyfile.load(keyfile.path_for(path))
    entry = keys.entry(SETUP.admin_username)
    if keys.setup_key:
        key = bytes.fromhex(keys.setup_key)
    else:
        assert entry is not None
        key = keyfile.unwrap(entry, ADMIN_PASSWORD, SETUP.admin_username)
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = {keyfile.sqlcipher_key(key)}")
    return connection


SETUP = office.OfficeSetup(
    site_code="KBRI-KUL",
    site_name="KBRI Kuala Lumpur",
    agency_code="KBRI-KUL",
    country="MY",
    city="Kuala Lumpur",
    admin_username="admin",
    admin_name="Siti Rahmawati",
    admin_password=ADMIN_PASSWORD,
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres",
        action="store_true",
        help=f"run the database tests on PostgreSQL ({backends.ENV} names the server)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself (skipped on PostgreSQL)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL leg runs only the tests that touch a database (the others ran already)."""
    if not config.getoption("--postgres"):
        return
    uses_database = {"database_url", "postgres_server"}
    kept, dropped = [], []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if item.get_closest_marker("sqlite_only") or not fixtures & uses_database:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[backends.PostgresServer]:
    """The test server of the PostgreSQL leg (tests that need it skip in the SQLite leg)."""
    if not request.config.getoption("--postgres"):
        pytest.skip("runs in the PostgreSQL leg (pytest --postgres)")
    url = backends.server_url()
    if url is None:
        pytest.exit(f"the PostgreSQL leg needs a server: {backends.HOW}", returncode=4)
    server = backends.PostgresServer(url)
    try:
        server.check()
    except Exception as error:
        first = (str(error).strip().splitlines() or [""])[0]
        pytest.exit(f"cannot reach the PostgreSQL server in {backends.ENV}: {first}", returncode=4)
    yield server
    server.close()


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for the SQLite file in the data folder, else a fresh database on the server."""
    if not request.config.getoption("--postgres"):
        yield None
        return
    server: backends.PostgresServer = request.getfixturevalue("postgres_server")
    url = server.new_database()
    yield url
    server.drop(url)


@pytest.fixture
def config(tmp_path: Path, database_url: str | None) -> Config:
    return load_config(tmp_path / "data", database_url)


@pytest.fixture
def fresh_desk(config: Config) -> Iterator[Desk]:
    """A migrated, seeded database that has not been set up (the first start)."""
    desk = open_desk(config)
    yield desk
    desk.close()


@pytest.fixture
def desk(fresh_desk: Desk) -> Desk:
    """A desk set up as the KBRI Kuala Lumpur site with one administrator."""
    office.initialize(fresh_desk, SETUP)
    return fresh_desk


@pytest.fixture
def demo_desk(desk: Desk) -> Desk:
    from app.services import demo

    demo.load_demo(desk, cases=40, seed=7)
    return desk

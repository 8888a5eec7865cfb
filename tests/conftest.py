"""Shared fixtures: a real, migrated SQLite database in a temporary folder, set up as a site."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JEJARING_LANG"] = "en"  # CLI messages in the source language unless a test asks

from argon2 import PasswordHasher

from app.config import Config, load_config
from app.services import accounts, office
from app.services.desk import Desk, open_desk

#: The first administrator's password in every test desk (and JEJARING_PASSWORD in CLI tests).
ADMIN_PASSWORD = "Kuala-Lumpur-2026"

# Argon2 with the production cost (64 MiB, ~0.25 s) for every desk of the suite would add minutes;
# the rules are the same at a lower cost (the CLI tests run the real thing in their subprocesses).
accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

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


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config(tmp_path / "data")


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

"""Shared fixtures: a real, migrated SQLite database in a temporary folder, set up as a site."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JEJARING_LANG"] = "en"  # CLI messages in the source language unless a test asks

from app.config import Config, load_config
from app.services import office
from app.services.desk import Desk, open_desk

SETUP = office.OfficeSetup(
    site_code="KBRI-KUL",
    site_name="KBRI Kuala Lumpur",
    agency_code="KBRI-KUL",
    country="MY",
    city="Kuala Lumpur",
    admin_username="admin",
    admin_name="Siti Rahmawati",
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

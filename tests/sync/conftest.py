"""Fixtures of the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.sites import SyncSite, make_sites


@pytest.fixture
def three(tmp_path: Path) -> Iterator[list[SyncSite]]:
    """The embassy, the BP2MI desk and the ministry hub, enrolled with each other."""
    made = make_sites(tmp_path)
    yield made
    for site in made:
        site.desk.close()

"""Run `jejaring` as a person types it: the installed console script, in a fresh data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD

JEJARING = str(Path(sys.executable).with_name("jejaring"))

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def jejaring(home: Path) -> Run:
    def run(
        *args: str,
        lang: str = "en",
        timeout: float = 120,
        env: dict[str, str] | None = None,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        environment = {
            **os.environ,
            "JEJARING_HOME": str(home),
            "JEJARING_LANG": lang,
            # the first administrator runs every command (tests of sign-in override these)
            "JEJARING_USER": "admin",
            "JEJARING_PASSWORD": ADMIN_PASSWORD,
            "QT_QPA_PLATFORM": "offscreen",
            **(env or {}),
        }
        return subprocess.run(
            [JEJARING, *args],
            capture_output=True,
            text=True,
            env={k: v for k, v in environment.items() if v is not None},
            timeout=timeout,
            check=False,
            input=stdin,
        )

    return run


@pytest.fixture
def initialised(jejaring: Run) -> Run:
    result = jejaring(
        "init",
        "--site-code",
        "KJRI-HKG",
        "--site-name",
        "KJRI Hong Kong",
        "--agency",
        "KJRI-HKG",
        "--country",
        "HK",
        "--admin",
        "admin",
    )
    assert result.returncode == 0, result.stderr
    return jejaring

"""Run `jejaring` as a person types it: the installed console script, in a fresh data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

JEJARING = str(Path(sys.executable).with_name("jejaring"))

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def jejaring(home: Path) -> Run:
    def run(*args: str, lang: str = "en", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "JEJARING_HOME": str(home),
            "JEJARING_LANG": lang,
            "QT_QPA_PLATFORM": "offscreen",
        }
        return subprocess.run(
            [JEJARING, *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
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

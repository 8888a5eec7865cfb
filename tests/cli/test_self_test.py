"""`jejaring --self-test` as support staff type it: one line per step, exit 0, nothing touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run
from ui.self_test import SelfTest, StepFailed

STEPS = (
    "start Qt",
    "create temporary data folder",
    "migrate database",
    "open setup wizard",
    "set up test site",
    "load 20 sample cases",
    "unlock the encrypted database",
    "open main window",
    "show view Dashboard",
    "show view Cases",
    "show view Meetings",
    "show view Correspondence",
    "show view Sync",
    "show view Audit",
    "show view Settings",
    "switch language to Bahasa Indonesia",
    "switch language back to English",
    "close main window",
)


@pytest.mark.sqlite_only  # the installed program opening its window: once is enough
def test_self_test_passes_with_a_line_per_step(jejaring_process: Run, home: Path) -> None:
    result = jejaring_process("--self-test", lang="en", timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line[5:] for line in lines if line.startswith("ok   ")] == list(STEPS)
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1].startswith("Self-test passed")
    assert not (home / "jejaring.sqlite3").exists()  # the person's own data folder is left alone


def test_a_failing_step_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    test = SelfTest()
    assert test.step("first", lambda: 1) == 1

    def broken() -> None:
        raise RuntimeError("no database driver\nsecond line")

    with pytest.raises(StepFailed):
        test.step("second", broken)
    assert test.failed == "second"
    assert capsys.readouterr().out.splitlines() == [
        "ok   first",
        "FAIL second: RuntimeError: no database driver",
    ]

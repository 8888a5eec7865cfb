"""app/files.py: a file appears whole or not at all, readable by its user only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.files import replacing, write_atomically


def test_a_written_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "letter.pdf"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["letter.pdf"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # personal data: this user only


def test_a_failed_write_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "cases.xlsx"
    target.write_bytes(b"yesterday's export")
    with pytest.raises(RuntimeError), replacing(target, suffix=".xlsx") as partial:
        assert partial.suffix == ".xlsx" and partial.parent == tmp_path
        partial.write_bytes(b"half of today's")
        raise RuntimeError("the disk is full")
    assert target.read_bytes() == b"yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["cases.xlsx"]

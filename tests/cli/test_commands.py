"""The CLI commands of the foundation, run as typed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app import __version__
from tests.cli.conftest import Rows, Run


def test_version(jejaring_process: Run) -> None:
    result = jejaring_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"jejaring {__version__}"


def test_init_sets_up_the_site(jejaring_process: Run, rows: Rows) -> None:
    """The installed program, started as a person starts it."""
    result = jejaring_process(
        "init",
        "--site-code",
        "kbri-kul",
        "--site-name",
        "KBRI Kuala Lumpur",
        "--agency",
        "KBRI-KUL",
        "--country",
        "MY",
        "--admin",
        "siti",
    )
    assert result.returncode == 0, result.stderr
    assert "KBRI-KUL" in result.stdout
    assert rows("SELECT code, country FROM site") == [("KBRI-KUL", "MY")]
    assert rows("SELECT username, role FROM officer") == [("siti", "administrator")]


def test_init_twice_is_refused(initialised: Run) -> None:
    again = initialised(
        "init",
        "--site-code",
        "OTHER",
        "--site-name",
        "Other",
        "--agency",
        "BP2MI",
        "--admin",
        "admin",
    )
    assert again.returncode == 1
    assert again.stderr.strip() == "jejaring: This desk is already set up as site KJRI-HKG."


def test_bad_input_is_one_clear_line_and_nothing_is_saved(jejaring: Run, rows: Rows) -> None:
    result = jejaring("init", "--site-code", "x", "--site-name", "X", "--agency", "BP2MI", "--admin", "admin")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("jejaring: A site code has 2 to 16 capital letters")
    unknown = jejaring(
        "init", "--site-code", "ABC", "--site-name", "X", "--agency", "NOPE", "--admin", "admin"
    )
    assert unknown.stderr.strip() == "jejaring: There is no agency with the code NOPE."
    assert rows("SELECT count(*) FROM site") == [(0,)]
    assert rows("SELECT count(*) FROM local_state WHERE key = 'site_code'") == [(0,)]


def test_messages_follow_the_language(jejaring: Run) -> None:
    result = jejaring(
        "init", "--site-code", "ABC", "--site-name", "X", "--agency", "NOPE", "--admin", "admin", lang="id"
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "jejaring: Tidak ada instansi dengan kode NOPE."


def test_demo_needs_a_set_up_desk(jejaring: Run) -> None:
    result = jejaring("demo", "--cases", "5")
    assert result.returncode == 1
    assert "jejaring init" in result.stderr


def test_demo_adds_cases_with_valid_niks(initialised: Run, rows: Rows) -> None:
    from stdnum.id import nik

    result = initialised("demo", "--cases", "25")
    assert result.returncode == 0, result.stderr
    assert "25" in result.stdout
    numbers = [str(n) for (n,) in rows("SELECT number FROM case_file ORDER BY number")]
    niks = [n for (n,) in rows("SELECT nik FROM worker WHERE nik IS NOT NULL")]
    countries = {c for (c,) in rows("SELECT DISTINCT country FROM case_file")}
    assert len(numbers) == 25 and all(n.startswith("KJRI-HKG/") for n in numbers)
    assert niks and all(nik.is_valid(n) for n in niks)
    assert countries <= {"MY", "SA", "HK", "TW", "SG", "AE", "QA", "KW"}


@pytest.mark.sqlite_only  # `db backup` copies the SQLite file (a server is backed up with pg_dump)
def test_db_upgrade_backup_and_dump(initialised: Run, home: Path, tmp_path: Path) -> None:
    upgrade = initialised("db", "upgrade")
    assert upgrade.returncode == 0 and "up to date" in upgrade.stdout
    backup = initialised(
        "db",
        "backup",
        "--out",
        str(tmp_path / "copy.jjb"),
        env={"JEJARING_BACKUP_PASSPHRASE": "frasa sandi cadangan"},
    )
    assert backup.returncode == 0, backup.stderr
    assert zipfile.is_zipfile(tmp_path / "copy.jjb")  # restored in tests/cli/test_atrest_cli.py
    first = initialised("db", "dump")
    second = initialised("db", "dump", "--out", str(tmp_path / "dump.jsonl"))
    assert first.returncode == second.returncode == 0
    assert (tmp_path / "dump.jsonl").read_text(encoding="utf-8") == first.stdout
    lines = first.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    keys = [(r["entity"], r["record"]["id"]) for r in records]
    assert keys == sorted(keys)
    assert {"agency", "site", "officer", "unit", "case_category"} <= {r["entity"] for r in records}
    assert all(
        line == json.dumps(r, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        for line, r in zip(lines, records, strict=True)
    )


def test_two_sites_seed_identical_reference_records(initialised: Run, tmp_path: Path) -> None:
    import os
    import subprocess

    from tests.cli.conftest import JEJARING

    other = subprocess.run(
        [JEJARING, "--data-dir", str(tmp_path / "other"), "db", "dump"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "JEJARING_LANG": "en"},
    )
    mine = initialised("db", "dump")
    shared = {line for line in mine.stdout.splitlines() if '"origin_site":"_seed"' in line}
    assert shared and shared == {
        line for line in other.stdout.splitlines() if '"origin_site":"_seed"' in line
    }


@pytest.mark.sqlite_only
def test_backup_of_a_missing_folder_fails_cleanly(initialised: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = initialised("db", "backup", "--out", str(blocker / "copy.sqlite3"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1

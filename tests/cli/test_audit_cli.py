"""`jejaring audit ...` as typed: verify finds a forged row and says where, list and export filter."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.cli.conftest import Run, sqlite_home


def _demo(initialised: Run) -> Run:
    result = initialised("demo", "--cases", "12")
    assert result.returncode == 0, result.stderr
    return initialised


@pytest.mark.sqlite_only  # forges a row in the SQLite file
def test_verify_reports_ok_then_the_first_forged_entry(initialised: Run, home: Path) -> None:
    jejaring = _demo(initialised)
    ok = jejaring("audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Audit trail OK: ") and " entries, chain head " in ok.stdout

    with sqlite_home(home) as db:
        (victim,) = db.execute(
            "SELECT id FROM audit_entry WHERE entity = 'worker' AND actor = 'admin' ORDER BY id LIMIT 1"
        ).fetchone()
        db.execute(
            'UPDATE audit_entry SET changes = \'{"full_name":[null,"Someone Else"]}\' WHERE id = ?', (victim,)
        )
    forged = jejaring("audit", "verify")
    assert forged.returncode == 1
    assert (
        f"Audit entry {victim} (" in forged.stderr
        and "by admin) was altered after it was written" in forged.stderr
    )
    assert f"{victim - 1} entries before it are sound." in forged.stderr
    indonesian = jejaring("audit", "verify", lang="id")
    assert indonesian.returncode == 1 and f"Entri audit {victim} (" in indonesian.stderr
    assert "telah diubah setelah ditulis" in indonesian.stderr


def test_list_and_export_filter_by_record_officer_and_action(initialised: Run, tmp_path: Path) -> None:
    jejaring = _demo(initialised)
    number = jejaring("case", "list", "--limit", "1").stdout.split()[0]
    shown = jejaring("case", "show", number)
    assert shown.returncode == 0, shown.stderr
    listing = jejaring("audit", "list", "--record", number, "--limit", "50")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines and all(" case_file:" in line or " worker:" in line for line in lines)
    assert " read " in lines[0]  # `case show` was logged, newest first
    assert "Siti" not in lines[0] and "view=case_show" in lines[0]

    out = tmp_path / "trail.csv"
    export = jejaring("audit", "export", "--officer", "admin", "--action", "update", "--to", str(out))
    assert export.returncode == 0, export.stderr
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Entry" and len(rows) > 1
    assert {r[2] for r in rows[1:]} == {"admin"} and {r[4] for r in rows[1:]} == {"changed"}
    assert export.stdout == f"Audit entries written to {out}: {len(rows) - 1}.\n"

    bad = jejaring("audit", "list", "--from", "2026-02-30")
    assert bad.returncode == 1 and "is not a date" in bad.stderr
    unknown = jejaring("audit", "list", "--record", "NOPE/1")
    assert unknown.returncode == 1 and "neither ENTITY:ID nor a case number" in unknown.stderr

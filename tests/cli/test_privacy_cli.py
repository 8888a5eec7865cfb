"""`jejaring worker basis|report` as typed; the report is read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import Run, sqlite_home


def test_basis_then_report(initialised: Run, tmp_path: Path) -> None:
    assert initialised("demo", "--cases", "6").returncode == 0
    number = initialised("case", "list", "--limit", "1").stdout.split()[0]
    refused = initialised("worker", "basis", number, "--basis", "consent")
    assert refused.returncode == 1 and "Give the date the worker consented." in refused.stderr
    done = initialised(
        "worker", "basis", number, "--basis", "consent", "--consent-on", "2026-03-02", "--form", "written"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Lawful basis recorded: Consent (written, 2 March 2026).\n"

    out = tmp_path / "report.pdf"
    report = initialised("worker", "report", number, "--to", str(out), lang="id")
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("Laporan data pribadi LDP-") and str(out) in report.stdout
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert (
        "LAPORAN DATA PRIBADI" in text and number in text and "Persetujuan (tertulis, 2 Maret 2026)" in text
    )
    listing = initialised("audit", "list", "--action", "print", "--limit", "1")
    assert "form=subject_report" in listing.stdout

    wrong = initialised("worker", "report", number, "--to", str(tmp_path / "report.docx"))
    assert wrong.returncode == 1 and "Write the report to a .pdf file." in wrong.stderr
    unknown = initialised("worker", "report", "1234", "--to", str(out))
    assert unknown.returncode == 1 and "No worker has the NIK, id or case number “1234”." in unknown.stderr


@pytest.mark.sqlite_only  # ages a case in the SQLite file
def test_retention_rules_due_and_anonymise(initialised: Run, home: Path) -> None:

    assert initialised("demo", "--cases", "6").returncode == 0
    rules = initialised("retention", "rules", "--set", "closed_case=7")
    assert rules.returncode == 0, rules.stderr
    assert "closed_case      7 years" in rules.stdout and "communication    3 years" in rules.stdout
    bad = initialised("retention", "rules", "--set", "closed_case=many")
    assert bad.returncode == 1 and "Write KIND=YEARS" in bad.stderr
    assert initialised("retention", "due").stdout.endswith("0 records due for anonymisation.\n")

    number = initialised("case", "list", "--limit", "1").stdout.split()[0]
    # a case closed in 2015 (written as the change capture would not: the test only needs the dates)
    with sqlite_home(home) as db:
        db.execute(
            "UPDATE case_file SET status = 'closed', closed_on = '2015-01-05' WHERE number = ?", (number,)
        )
    due = initialised("retention", "due")
    assert f"closed_case    {number}" in due.stdout and "1 records due" in due.stdout
    refused = initialised("retention", "anonymise", "NOPE/1")
    assert refused.returncode == 1 and "Not due for anonymisation: NOPE/1." in refused.stderr
    done = initialised("retention", "anonymise", number)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "1 records anonymised.\n"
    assert "0 records due" in initialised("retention", "due").stdout
    shown = initialised("case", "show", number).stdout
    assert "Worker: —" in shown


def test_breach_register_as_typed(initialised: Run, tmp_path: Path) -> None:
    added = initialised(
        "breach", "add", "--found", "2026-11-20 09:15", "--what", "Laptop stolen.", "--subjects", "12"
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Breach PDP-1/KJRI-HKG/2026 registered.\n")
    assert "notice due 2026-11-23 09:15 (OVERDUE)" in added.stdout
    future = initialised("breach", "add", "--found", "2099-01-01 00:00", "--what", "x")
    assert future.returncode == 1 and "cannot be found in the future" in future.stderr
    told = initialised(
        "breach",
        "notified",
        "PDP-1/KJRI-HKG/2026",
        "--authority",
        "2026-11-21 10:00",
        "--subjects",
        "2026-11-21 12:00",
    )
    assert "authority told: 2026-11-21 10:00   people told: 2026-11-21 12:00" in told.stdout
    assert "(OVERDUE)" not in told.stdout
    out = tmp_path / "notice.pdf"
    letter = initialised("breach", "letter", "PDP-1/KJRI-HKG/2026", "--to", str(out), lang="id")
    assert letter.returncode == 0, letter.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Lembaga Pelindungan Data Pribadi" in text and "23 November 2026 09.15" in text

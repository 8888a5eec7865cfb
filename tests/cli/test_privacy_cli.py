"""`jejaring worker basis|report` as typed; the report is read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.cli.conftest import Run


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

"""The letter and comms commands, run as typed."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.cli.conftest import Run
from tests.unit.test_letters import scan_pdf


def test_register_reply_sign_and_list(initialised: Run, tmp_path: Path) -> None:
    today = date.today()
    scan = scan_pdf(tmp_path / "surat.pdf")
    registered = initialised(
        "letter",
        "register",
        "--subject",
        "Permohonan data PMI",
        "--from-agency",
        "BP2MI",
        "--their-number",
        "B-12/BP2MI/2026",
        "--reply-by",
        str(today + timedelta(days=5)),
        "--scan",
        str(scan),
    )
    assert registered.returncode == 0, registered.stderr
    agenda = f"KJRI-HKG/SM/{today.year}/00001"
    assert agenda in registered.stdout
    waiting = json.loads(initialised("letter", "list", "--json", "--awaiting-reply").stdout)
    assert [r["reference"] for r in waiting] == [agenda]
    drafted = initialised(
        "letter",
        "draft",
        "--subject",
        "Tanggapan permohonan data",
        "--to",
        "Kepala BP2MI",
        "--classification",
        "PL.01",
        "--signer",
        "admin",
        "--reply-to",
        agenda,
        "--copy",
        "Arsip",
    )
    assert drafted.returncode == 0, drafted.stderr
    letter_id = drafted.stdout.strip().rsplit(" ", 1)[-1]
    assert initialised("letter", "sign", letter_id).returncode == 1  # not approved yet
    assert initialised("letter", "approve", letter_id).returncode == 0
    signed = initialised("letter", "sign", letter_id)
    number = f"B-1/KJRI-HKG/PL.01/{today.month:02}/{today.year}"
    assert signed.returncode == 0 and number in signed.stdout
    assert json.loads(initialised("letter", "list", "--json", "--awaiting-reply").stdout) == []
    outgoing = json.loads(initialised("letter", "list", "--json", "--kind", "out").stdout)
    assert [r["reference"] for r in outgoing] == [number]
    shown = json.loads(initialised("letter", "show", agenda, "--json").stdout)
    assert shown["replies"][0]["reference"] == number and len(shown["files"]) == 1
    text = initialised("letter", "show", number, lang="id")
    assert text.returncode == 0 and "Kepala BP2MI" in text.stdout
    listed = initialised("letter", "list")
    assert number in listed.stdout and agenda in listed.stdout


def test_bad_input_is_one_clear_line(initialised: Run, tmp_path: Path) -> None:
    not_a_scan = tmp_path / "notes.txt"
    not_a_scan.write_text("hello")
    bad = initialised("letter", "register", "--subject", "Hal", "--from-name", "X", "--scan", str(not_a_scan))
    assert bad.returncode == 1 and bad.stderr.startswith("jejaring: Attach a scan (PDF)")
    early = initialised(
        "letter",
        "register",
        "--subject",
        "Hal",
        "--from-name",
        "X",
        "--received",
        "2026-03-10",
        "--reply-by",
        "2026-03-01",
    )
    assert early.returncode == 1 and "reply-by date is before" in early.stderr
    pattern = initialised("letter", "pattern", "out", "{serial}/{year}")
    assert pattern.returncode == 1 and "{unit_code} or {site}" in pattern.stderr
    assert json.loads(initialised("letter", "list", "--json").stdout) == []
    missing = initialised("letter", "show", "B-9/NOPE/2026")
    assert missing.returncode == 1 and "There is no letter" in missing.stderr


def test_comms_log_and_list_by_case(initialised: Run) -> None:
    assert initialised("demo", "--cases", "3").returncode == 0
    case = json.loads(initialised("case", "list", "--json").stdout)[0]["number"]
    logged = initialised(
        "comms",
        "log",
        "--channel",
        "whatsapp",
        "--with",
        "Ibu Sumarni",
        "--phone",
        "+852 9123 4567",
        "--summary",
        "Menanyakan kabar anaknya",
        "--case",
        case,
    )
    assert logged.returncode == 0, logged.stderr
    rows = json.loads(initialised("comms", "list", "--json", "--case", case).stdout)
    mine = [r for r in rows if r["counterpart"] == "Ibu Sumarni"]
    assert mine and mine[0]["counterpart_phone"] == "+85291234567" and mine[0]["case_number"] == case
    shown = json.loads(initialised("case", "show", case, "--json").stdout)
    assert any("Ibu Sumarni" in item["text"] for item in shown["timeline"])
    bad = initialised("comms", "log", "--channel", "pigeon", "--with", "X", "--summary", "s")
    assert bad.returncode == 1 and "pigeon" in bad.stderr

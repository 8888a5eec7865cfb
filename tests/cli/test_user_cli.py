"""`jejaring user ...` and signing in on every command, as typed."""

from __future__ import annotations

import json

from tests.cli.conftest import Run

TEMPORARY = "Sementara-2026"


def test_an_administrator_adds_an_officer_who_signs_in_and_changes_the_temporary_password(
    initialised: Run,
) -> None:
    added = initialised(
        "user",
        "add",
        "budi",
        "--role",
        "case_officer",
        "--name",
        "Budi Santoso",
        "--password-stdin",
        stdin=TEMPORARY + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert "Added budi (case_officer) at KJRI-HKG." in added.stdout
    listed = initialised("user", "list")
    assert "budi" in listed.stdout and "must change password" in listed.stdout
    as_budi = {"JEJARING_USER": "budi", "JEJARING_PASSWORD": TEMPORARY}
    refused = initialised("case", "list", env=as_budi)
    assert refused.returncode == 1
    assert "choose a new one first (jejaring user passwd budi)" in refused.stderr
    changed = initialised(
        "user", "passwd", "budi", env={**as_budi, "JEJARING_NEW_PASSWORD": "Jalan-Sudirman-12"}
    )
    assert changed.returncode == 0, changed.stderr
    ok = initialised("case", "list", env={"JEJARING_USER": "budi", "JEJARING_PASSWORD": "Jalan-Sudirman-12"})
    assert ok.returncode == 0, ok.stderr
    # a case officer does not manage accounts
    denied = initialised(
        "user", "disable", "admin", env={"JEJARING_USER": "budi", "JEJARING_PASSWORD": "Jalan-Sudirman-12"}
    )
    assert denied.returncode == 1 and "Your role does not allow this: managing accounts." in denied.stderr


def test_wrong_password_lock_and_disabled_account_are_clear_messages(initialised: Run) -> None:
    initialised("user", "add", "dewi", "--role", "auditor", env={"JEJARING_NEW_PASSWORD": TEMPORARY})
    wrong = {"JEJARING_USER": "dewi", "JEJARING_PASSWORD": "not-her-password-1"}
    for _ in range(4):
        result = initialised("case", "list", env=wrong)
        assert result.returncode == 1 and "Wrong username or password." in result.stderr
    locked = initialised("case", "list", env=wrong)
    assert "the account is locked for 15 minutes" in locked.stderr
    right = initialised("case", "list", env={"JEJARING_USER": "dewi", "JEJARING_PASSWORD": TEMPORARY})
    assert "This account is locked" in right.stderr
    # an administrator's reset unlocks; a disabled account is refused with its own message
    assert (
        initialised("user", "passwd", "dewi", env={"JEJARING_NEW_PASSWORD": "Baru-Sekali-2026"}).returncode
        == 0
    )
    assert initialised("user", "disable", "dewi").stdout.strip() == "dewi is disabled."
    disabled = initialised(
        "case", "list", env={"JEJARING_USER": "dewi", "JEJARING_PASSWORD": "Baru-Sekali-2026"}
    )
    assert disabled.returncode == 1 and "This account is disabled." in disabled.stderr
    indonesian = initialised(
        "case", "list", lang="id", env={"JEJARING_USER": "dewi", "JEJARING_PASSWORD": "Baru-Sekali-2026"}
    )
    assert "Akun ini dinonaktifkan" in indonesian.stderr


def test_a_command_needs_to_know_who_runs_it(initialised: Run) -> None:
    anonymous = initialised("case", "list", env={"JEJARING_USER": "", "JEJARING_PASSWORD": None})  # type: ignore[dict-item]
    assert anonymous.returncode == 1 and "--user USERNAME" in anonymous.stderr
    no_password = initialised("--user", "admin", "case", "list", env={"JEJARING_PASSWORD": None})  # type: ignore[dict-item]
    assert no_password.returncode == 1 and "No password given" in no_password.stderr


def test_setup_takes_the_password_from_standard_input_and_checks_it(jejaring: Run) -> None:
    place = (
        "--site-code",
        "KBRI-SIN",
        "--site-name",
        "KBRI Singapura",
        "--agency",
        "BP2MI",
        "--admin",
        "admin",
    )
    weak = jejaring("init", *place, "--password-stdin", stdin="short\n")
    assert weak.returncode == 1 and "at least 10 characters" in weak.stderr
    good = jejaring("init", *place, "--password-stdin", stdin="Orchard-Road-2026\n")
    assert good.returncode == 0, good.stderr
    signed = jejaring("case", "list", env={"JEJARING_PASSWORD": "Orchard-Road-2026"})
    assert signed.returncode == 0, signed.stderr


def test_a_sensitive_case_is_masked_until_the_glass_is_broken_with_a_reason(initialised: Run) -> None:
    assert initialised("demo", "--cases", "40").returncode == 0
    rows = json.loads(initialised("case", "list", "--json", "--limit", "500").stdout)
    # the list names the categories; these are flagged sensitive in the reference list
    sensitive = {
        "Tindak Kekerasan dari Majikan",
        "Tindak Pidana Perdagangan Orang (TPPO)",
        "Depresi/Sakit Jiwa",
    }
    number = next(r["number"] for r in rows if r["category"] in sensitive)
    story = json.loads(initialised("case", "show", number, "--json").stdout)["summary"]
    assert story  # the administrator reads it
    initialised("user", "add", "lain", "--role", "case_officer", env={"JEJARING_NEW_PASSWORD": TEMPORARY})
    as_lain = {"JEJARING_USER": "lain", "JEJARING_PASSWORD": TEMPORARY}
    initialised("user", "passwd", "lain", env={**as_lain, "JEJARING_NEW_PASSWORD": "Jalan-Sudirman-12"})
    as_lain["JEJARING_PASSWORD"] = "Jalan-Sudirman-12"
    masked = initialised("case", "show", number, env=as_lain)
    assert masked.returncode == 0 and story not in masked.stdout and "--break-glass REASON" in masked.stdout
    short = initialised("case", "show", number, "--break-glass", "perlu", env=as_lain)
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    opened = initialised("case", "show", number, "--break-glass", "Menggantikan Budi yang cuti", env=as_lain)
    assert opened.returncode == 0 and story in opened.stdout
    # a new command is a new sign-in: masked again
    assert story not in initialised("case", "show", number, env=as_lain).stdout

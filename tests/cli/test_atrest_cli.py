"""Encryption at rest from the command line, as typed: `init` shows the recovery key once, every
command unlocks the encrypted desk with JEJARING_PASSWORD, encrypted backups restore, exports are
written encrypted when asked, and the recovery key replaces a forgotten password."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pyrage
import pytest

from app.persistence import keyfile
from app.services.desk import is_plain_file
from tests.cli.conftest import INIT, Run
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "frasa sandi kantor 2026"


def _recovery_code(stderr: str) -> str:
    marker = stderr.split("computer): ", 1)[1]
    return marker.split()[0]


def test_init_encrypts_the_new_desk_and_shows_the_recovery_key_once(jejaring: Run, home: Path) -> None:
    result = jejaring(*INIT)
    assert result.returncode == 0, result.stderr
    code = _recovery_code(result.stderr)
    assert len(code) == 39 and code not in (home / "jejaring.keys").read_text()
    assert not is_plain_file(home / "jejaring.sqlite3")
    listed = jejaring("case", "list")
    assert listed.returncode == 0, listed.stderr
    assert "RECOVERY KEY" not in listed.stderr  # shown once only
    wrong = jejaring("case", "list", env={"JEJARING_PASSWORD": "Salah-Sandi-000"})
    assert wrong.returncode == 1 and "Wrong username or password." in wrong.stderr


def test_the_recovery_key_replaces_a_forgotten_administrator_password(jejaring: Run) -> None:
    code = _recovery_code(jejaring(*INIT).stderr)
    refused = jejaring(
        "user",
        "recover",
        "admin",
        env={"JEJARING_RECOVERY_KEY": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "JEJARING_PASSWORD": None},
        stdin="Lupa-Sandi-2027\n",
    )
    assert refused.returncode == 1 and "recovery key is not right" in refused.stderr
    recovered = jejaring(
        "user",
        "recover",
        "admin",
        "--password-stdin",
        env={"JEJARING_RECOVERY_KEY": code.lower(), "JEJARING_PASSWORD": None},
        stdin="Lupa-Sandi-2027\n",
    )
    assert recovered.returncode == 0, recovered.stderr
    old = jejaring("case", "list")
    assert old.returncode == 1
    new = jejaring("case", "list", env={"JEJARING_PASSWORD": "Lupa-Sandi-2027"})
    assert new.returncode == 0, new.stderr


def test_an_encrypted_backup_restores_into_an_empty_data_folder(
    initialised: Run, tmp_path: Path, home: Path
) -> None:
    opened = initialised("demo", "--cases", "3")
    assert opened.returncode == 0, opened.stderr
    target = tmp_path / "kantor.jjb"
    env = {"JEJARING_BACKUP_PASSPHRASE": PASSPHRASE}
    short = initialised("db", "backup", "--out", str(target), env={"JEJARING_BACKUP_PASSPHRASE": "pendek"})
    assert short.returncode == 1 and "at least 12 characters" in short.stderr and not target.exists()
    written = initialised("db", "backup", "--out", str(target), env=env)
    assert written.returncode == 0, written.stderr
    assert zipfile.is_zipfile(target) and b"SQLite format 3" not in target.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    over = initialised("db", "restore", str(target), env=env)  # never over the desk itself
    assert over.returncode == 1 and "There is already a database" in over.stderr
    wrong = initialised(
        "--data-dir",
        str(elsewhere),
        "db",
        "restore",
        str(target),
        env={"JEJARING_BACKUP_PASSPHRASE": "bukan frasa yang benar"},
    )
    assert wrong.returncode == 1 and "passphrase is not right" in wrong.stderr
    restored = initialised("--data-dir", str(elsewhere), "db", "restore", str(target), env=env)
    assert restored.returncode == 0, restored.stderr
    assert "Restored site KJRI-HKG" in restored.stdout and "RECOVERY KEY" in restored.stderr
    before = initialised("case", "list").stdout
    after = initialised("--data-dir", str(elsewhere), "case", "list")
    assert after.returncode == 0, after.stderr
    assert after.stdout == before and before.strip()


def test_exports_are_written_encrypted_when_asked(initialised: Run, tmp_path: Path) -> None:
    assert initialised("demo", "--cases", "3").returncode == 0
    target = tmp_path / "kasus.csv"
    env = {"JEJARING_EXPORT_PASSPHRASE": PASSPHRASE}
    exported = initialised("case", "export", str(target), "--encrypt", env=env)
    assert exported.returncode == 0, exported.stderr
    sealed = tmp_path / "kasus.csv.age"
    assert not target.exists() and sealed.exists()
    assert list(tmp_path.glob(".jejaring-*")) == []  # the clear temporary file is gone
    clear = pyrage.passphrase.decrypt(sealed.read_bytes(), PASSPHRASE)
    plain = initialised("case", "export", str(target))
    assert plain.returncode == 0
    assert clear == target.read_bytes() and b"KJRI-HKG/" in clear
    audit = initialised("audit", "export", "--to", str(tmp_path / "audit.xlsx"), "--encrypt", env=env)
    assert audit.returncode == 0, audit.stderr
    assert (tmp_path / "audit.xlsx.age").read_bytes().startswith(b"age-encryption.org/v1")


def test_a_copied_database_without_its_key_file_gets_a_clear_message(initialised: Run, home: Path) -> None:
    keys = home / "jejaring.keys"
    keys.rename(home / "elsewhere.keys")
    refused = initialised("case", "list")
    assert refused.returncode == 1
    assert "is encrypted and its key file" in refused.stderr and "Traceback" not in refused.stderr
    assert not keys.exists()
    (home / "elsewhere.keys").rename(keys)
    keys.write_text("{ broken")
    damaged = initialised("case", "list", lang="id")
    assert damaged.returncode == 1 and "rusak" in damaged.stderr
    assert keyfile.KeyFile  # the module the message names
    assert ADMIN_PASSWORD

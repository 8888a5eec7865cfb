"""Encryption at rest of the local SQLite desk, with real SQLCipher and real files: a copied
database file is unreadable without the credentials, sign-in unlocks, password changes keep
access, a plain desk is encrypted in place, and every bad input is refused with nothing lost."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app.config import Config, load_config
from app.errors import DomainError
from app.models import Case, Officer
from app.persistence import keyfile
from app.persistence.db import Database
from app.persistence.keyfile import KeyFileError
from app.services import accounts, cases, encryption, office
from app.services.desk import database_path, is_plain_file, open_desk
from app.services.workers import WorkerInput
from tests.conftest import ADMIN_PASSWORD, SETUP

pytestmark = pytest.mark.sqlite_only

WORKER = "Sulastri Wulandari"
OFFICER_PASSWORD = "Petugas-Kasus-77"


def _open_case(desk) -> None:
    cases.open_case(
        desk,
        WorkerInput(full_name=WORKER, destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=date(2026, 3, 2)),
        today=date(2026, 3, 2),
    )


def _found(desk) -> list[str]:
    return [row.worker_name for row in cases.list_cases(desk, cases.CaseFilter(text="Sulastri"))]


@pytest.fixture
def worker_desk(desk):
    _open_case(desk)
    return desk


def _paths(config: Config) -> tuple[Path, Path]:
    path = database_path(config)
    return path, keyfile.path_for(path)


def _snapshot(config: Config) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in config.data_dir.iterdir() if p.is_file()}


def test_a_copied_database_file_is_unreadable_without_the_credentials(worker_desk, tmp_path):
    config = worker_desk.config
    path, keys = _paths(config)
    worker_desk.close()
    copy = tmp_path / "stolen.sqlite3"
    shutil.copy(path, copy)
    assert not is_plain_file(copy)
    assert WORKER.encode() not in copy.read_bytes()
    assert WORKER.encode() not in keys.read_bytes()
    assert b"Siti" not in keys.read_bytes()  # the administrator's name is not in the key file
    plain = sqlite3.connect(copy)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    wrong = sqlcipher3.connect(str(copy))
    wrong.execute(f"PRAGMA key = {keyfile.sqlcipher_key(keyfile.new_data_key())}")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong.close()


def test_a_set_up_desk_opens_locked_and_sign_in_unlocks_it(worker_desk):
    config = worker_desk.config
    worker_desk.close()
    desk = open_desk(config)
    try:
        assert desk.locked and desk.initialized and desk.site_code == SETUP.site_code
        with pytest.raises(DomainError):
            desk.read()
        signed = accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert signed.username == "admin" and not desk.locked
        with desk.read() as session:
            assert session.scalar(select(func.count()).select_from(Officer)) >= 1
        assert _found(desk) == [WORKER]
    finally:
        desk.close()


def _reopen(config: Config):
    return open_desk(config)


def test_a_wrong_password_leaves_the_desk_locked_and_is_counted(desk):
    config = desk.config
    desk.close()
    before = _snapshot(config)
    locked = _reopen(config)
    try:
        for _ in range(accounts.MAX_FAILED - 1):
            with pytest.raises(accounts.WrongPassword):
                accounts.sign_in(locked, "admin", "not-the-password-1")
        assert locked.locked
        with pytest.raises(accounts.WrongPassword):
            accounts.sign_in(locked, "nobody", "not-the-password-1")
        with pytest.raises(accounts.AccountLocked):
            accounts.sign_in(locked, "admin", "not-the-password-1")
        with pytest.raises(accounts.AccountLocked):  # the right one too, while locked
            accounts.sign_in(locked, "admin", ADMIN_PASSWORD)
        assert locked.locked
    finally:
        locked.close()
    assert _snapshot(config)[database_path(config).name] == before[database_path(config).name]


def test_password_change_keeps_access_and_the_old_password_no_longer_unlocks(desk):
    config = desk.config
    accounts.change_password(desk, ADMIN_PASSWORD, "Jakarta-Baru-2027")
    desk.close()
    desk = _reopen(config)
    try:
        with pytest.raises(accounts.WrongPassword):
            accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert desk.locked
        accounts.sign_in(desk, "admin", "Jakarta-Baru-2027")
        assert not desk.locked
    finally:
        desk.close()


def test_added_reset_and_disabled_accounts_follow_the_key_file(desk):
    config = desk.config
    accounts.add_account(desk, "budi", "case_officer", OFFICER_PASSWORD, full_name="Budi Santoso")
    accounts.add_account(desk, "ani", "secretariat", OFFICER_PASSWORD, full_name="Ani Lestari")
    accounts.reset_password(desk, "ani", "Sementara-123")
    accounts.set_active(desk, "budi", False)
    desk.close()
    locked = _reopen(config)
    try:
        with pytest.raises(accounts.AccountDisabled):
            accounts.sign_in(locked, "budi", OFFICER_PASSWORD)
        with pytest.raises(accounts.WrongPassword):
            accounts.sign_in(locked, "ani", OFFICER_PASSWORD)
        signed = accounts.sign_in(locked, "ani", "Sementara-123")
        assert signed.must_change
        accounts.sign_in(locked, "admin", ADMIN_PASSWORD)
        accounts.set_active(locked, "budi", True)  # enabled again: the same password opens
    finally:
        locked.close()
    again = _reopen(config)
    try:
        accounts.sign_in(again, "budi", OFFICER_PASSWORD)
        assert not keyfile.load(_paths(config)[1]).entry("budi").get("pending")  # re-wrapped
    finally:
        again.close()


def test_the_recovery_key_sets_a_forgotten_administrator_password(fresh_desk):
    config = fresh_desk.config
    office.initialize(fresh_desk, SETUP)
    code = fresh_desk.recovery_code
    assert code and len(code) == 39
    fresh_desk.close()
    desk = _reopen(config)
    try:
        with pytest.raises(DomainError):
            accounts.recover(desk, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "admin", "Lupa-Sandi-2027")
        assert desk.locked
        accounts.recover(desk, code.lower().replace("-", " "), "admin", "Lupa-Sandi-2027")
    finally:
        desk.close()
    desk = _reopen(config)
    try:
        accounts.sign_in(desk, "admin", "Lupa-Sandi-2027")
    finally:
        desk.close()


def test_a_key_file_of_another_database_is_refused_and_nothing_is_changed(config, tmp_path):
    other = load_config(tmp_path / "other")
    for each in (config, other):
        desk = open_desk(each)
        office.initialize(desk, SETUP)
        desk.close()
    shutil.copy(_paths(other)[1], _paths(config)[1])
    before = _snapshot(config)
    desk = open_desk(config)
    try:
        with pytest.raises(KeyFileError) as refused:
            accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert "does not belong to this database" in refused.value.message
    finally:
        desk.close()
    assert _snapshot(config) == before


@pytest.mark.parametrize("damage", ["garbage", "empty", "truncated", "wrong-format"])
def test_a_damaged_key_file_is_refused_and_nothing_is_changed(desk, damage):
    config = desk.config
    desk.close()
    keys = _paths(config)[1]
    text = keys.read_text()
    keys.write_text(
        {
            "garbage": "\x00\x01 not json",
            "empty": "",
            "truncated": text[: len(text) // 2],
            "wrong-format": json.dumps({"format": "something", "version": 1}),
        }[damage]
    )
    before = _snapshot(config)
    with pytest.raises(KeyFileError) as refused:
        open_desk(config)
    assert "damaged" in refused.value.message
    assert _snapshot(config) == before


def test_a_damaged_entry_is_a_wrong_password_not_a_crash(desk):
    config = desk.config
    desk.close()
    keys = _paths(config)[1]
    value = json.loads(keys.read_text())
    value["accounts"]["admin"]["wrapped"] = "AAAA"
    keys.write_text(json.dumps(value))
    locked = open_desk(config)
    try:
        with pytest.raises(accounts.WrongPassword):
            accounts.sign_in(locked, "admin", ADMIN_PASSWORD)
    finally:
        locked.close()


def test_a_database_without_its_key_file_is_refused_and_not_recreated(desk):
    config = desk.config
    desk.close()
    keys = _paths(config)[1]
    keys.unlink()
    before = _snapshot(config)
    with pytest.raises(KeyFileError) as refused:
        open_desk(config)
    assert "key file" in refused.value.message and "missing" in refused.value.message
    assert _snapshot(config) == before


def test_a_key_file_without_its_database_is_refused_and_nothing_is_created(desk):
    config = desk.config
    desk.close()
    path, _ = _paths(config)
    path.unlink()
    for extra in path.parent.glob(path.name + "-*"):
        extra.unlink()
    with pytest.raises(KeyFileError) as refused:
        open_desk(config)
    assert "missing" in refused.value.message
    assert not path.exists()


def _plain_desk(config: Config) -> None:
    """A desk as an earlier version left it: a plain SQLite file with accounts, no key file."""
    desk = open_desk(config)
    office.initialize(desk, SETUP)
    accounts.add_account(desk, "budi", "case_officer", OFFICER_PASSWORD, full_name="Budi Santoso")
    _open_case(desk)
    key = desk.db.key
    desk.close()
    path, keys = _paths(config)
    plain = path.with_name("plain.sqlite3")
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = {keyfile.sqlcipher_key(key)}")
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    keys.unlink()
    path.unlink()
    plain.rename(path)
    assert is_plain_file(path)


def test_a_plain_desk_is_encrypted_in_place_at_the_first_sign_in(config):
    _plain_desk(config)
    path, keys = _paths(config)
    desk = open_desk(config)
    try:
        assert desk.plain and not desk.locked
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert not desk.plain and desk.recovery_code
        assert _found(desk) == [WORKER]
    finally:
        desk.close()
    assert not is_plain_file(path) and WORKER.encode() not in path.read_bytes()
    assert not list(path.parent.glob("*unencrypted*"))  # the plain file was shredded
    assert keys.exists()
    desk = open_desk(config)
    try:
        assert desk.locked
        accounts.sign_in(desk, "budi", OFFICER_PASSWORD)  # the other account: from its hash
        with desk.read() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 1
    finally:
        desk.close()


def test_the_plain_copy_is_kept_only_when_asked(config):
    _plain_desk(config)
    desk = open_desk(config)
    try:
        kept = encryption.encrypt_in_place(desk, "admin", ADMIN_PASSWORD, keep_plain=True)
        assert kept is not None and is_plain_file(kept) and WORKER.encode() in kept.read_bytes()
    finally:
        desk.close()


def test_an_interrupted_encryption_is_finished_at_the_next_start(config):
    _plain_desk(config)
    path, keys = _paths(config)
    desk = open_desk(config)
    data_key = keyfile.new_data_key()
    desk.db.dispose()
    target = path.with_name(path.name + ".encrypting")
    encryption._export(path, None, target, data_key)
    pending = keys.with_name(keys.name + ".new")
    state = keyfile.KeyFile(path=pending, site_code=SETUP.site_code)
    state.accounts = {"admin": keyfile.wrap(data_key, ADMIN_PASSWORD, "admin")}
    state.save()
    path.rename(path.with_name("jejaring-unencrypted.sqlite3"))  # the power went here
    desk = open_desk(config)
    try:
        assert desk.locked
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert _found(desk) == [WORKER]
    finally:
        desk.close()


def test_backup_and_restore_round_trip(worker_desk, tmp_path):
    backup = encryption.backup(worker_desk, tmp_path / "out" / "kantor.jjb", "frasa sandi cadangan")
    data = backup.read_bytes()
    assert WORKER.encode() not in data and b"SQLite format 3" not in data
    target = load_config(tmp_path / "elsewhere")
    with pytest.raises(DomainError):
        encryption.restore(target, backup, "frasa yang salah sekali")
    assert not target.data_dir.exists() or not any(target.data_dir.iterdir())
    restored = encryption.restore(target, backup, "frasa sandi cadangan")
    assert restored.site_code == SETUP.site_code and restored.recovery_code
    with pytest.raises(DomainError):  # never over an existing database
        encryption.restore(target, backup, "frasa sandi cadangan")
    desk = open_desk(target)
    try:
        assert desk.locked
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert _found(desk) == [WORKER]
    finally:
        desk.close()


def test_a_damaged_backup_is_refused(worker_desk, tmp_path):
    junk = tmp_path / "junk.jjb"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DomainError) as refused:
        encryption.restore(load_config(tmp_path / "elsewhere"), junk, "frasa sandi cadangan")
    assert "not a Jejaring backup" in refused.value.message


def test_schema_upgrade_backups_are_encrypted_too(desk, tmp_path):
    from app.persistence import schema

    copy = schema.backup_sqlite(desk.db, tmp_path / "copy.sqlite3")
    assert not is_plain_file(copy)
    opened = Database(f"sqlite:///{copy}", key=desk.db.key)
    try:
        with opened.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM officer").scalar()
    finally:
        opened.dispose()

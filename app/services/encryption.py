"""Encryption at rest of a local desk: its key file's entries, the encryption of a plain desk made
by an earlier version, and encrypted backups (docs/security.md).

`app.services.accounts` calls in here whenever a password is set, so the key file always holds
one entry per usable account; the data key is in memory only while the database is open
(`Database.key`). A PostgreSQL desk has no key file and nothing here applies to it (the server's
disk encryption and TLS protect it).
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.config import Config
from app.errors import DomainError, ValidationError
from app.files import replacing, write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.models.base import utcnow
from app.outgoing import shred, validate_passphrase
from app.persistence import blobstore, keyfile
from app.persistence.blobstore import BlobStore, file_key
from app.persistence.db import Database
from app.persistence.keyfile import KeyFile, KeyFileError, WrongSecret
from app.services.desk import Desk, database_path, encrypting_path, pending_keys_path

BACKUP_FORMAT = "jejaring-backup"
BACKUP_LABEL = ":backup"
_BACKUP_DB = "jejaring.sqlite3"
_BACKUP_FILES = "attachments/"
_MANIFEST = "manifest.json"

_LOCAL_CREDENTIALS = (
    "SELECT o.username, c.password_hash, o.active FROM officer o "
    "JOIN credential c ON c.officer_id = o.id JOIN site s ON s.id = o.site_id "
    "WHERE s.code = ? AND o.username IS NOT NULL AND o.deleted_at IS NULL"
)


def _connect(path: Path, key: bytes | None) -> Any:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    if key is not None:
        connection.execute(f"PRAGMA key = {keyfile.sqlcipher_key(key)}")
    return connection


def _export(source: Path, source_key: bytes | None, target: Path, target_key: bytes) -> None:
    """sqlcipher_export: a full copy of `source` into a new file encrypted with `target_key`."""
    target.unlink(missing_ok=True)
    connection = _connect(source, source_key)
    try:
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY {keyfile.sqlcipher_key(target_key)}", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _tables(connection: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _verify(source: Path, source_key: bytes | None, target: Path, target_key: bytes) -> None:
    """The copy opens with its key, passes the integrity check and has every row of the source."""
    original, copy = _connect(source, source_key), _connect(target, target_key)
    try:
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok" or _tables(original) != _tables(copy):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors", "The encrypted copy of the database did not match it; nothing was changed."
                )
            )
    finally:
        original.close()
        copy.close()


def _credentials(path: Path, key: bytes | None, site_code: str) -> list[tuple[str, str, bool]]:
    connection = _connect(path, key)
    try:
        return [(r[0], r[1], bool(r[2])) for r in connection.execute(_LOCAL_CREDENTIALS, (site_code,))]
    finally:
        connection.close()


def _entries(data_key: bytes, credentials: list[tuple[str, str, bool]]) -> dict[str, dict[str, Any]]:
    """Entries for accounts whose password is not at hand: from their credential hashes."""
    entries: dict[str, dict[str, Any]] = {}
    for username, password_hash, active in credentials:
        try:
            entries[username] = (
                keyfile.from_password_hash(data_key, password_hash, username)
                if active
                else {"disabled": True}
            )
        except (ValueError, IndexError):
            continue  # not an Argon2id hash of this app: an administrator resets that password
    return entries


def _swap_in(path: Path, target: Path, keys: KeyFile, *, replaced: Path | None) -> None:
    """Put an encrypted `target` and its key file in place: the key file first under a pending
    name, so a crash at any step leaves either the old state or one `finish_interrupted` ends."""
    pending = pending_keys_path(keys.path)
    keyfile.write_json(pending, keys.to_json())
    if replaced is not None:
        os.replace(path, replaced)
    os.replace(target, path)
    os.replace(pending, keys.path)


# --- the key file's entries -------------------------------------------------------------------


def _keys(desk: Desk) -> tuple[KeyFile, bytes] | None:
    if desk.keys is None or desk.opened is None or desk.opened.key is None:
        return None
    return desk.keys, desk.opened.key


def seal(desk: Desk, username: str, password: str) -> None:
    """Setup: the first administrator's entry and the recovery entry replace the setup key."""
    found = _keys(desk)
    if found is None:
        return
    keys, data_key = found
    code = keyfile.new_recovery_code()
    keys.accounts = {username: keyfile.wrap(data_key, password, username)}
    keys.recovery = keyfile.wrap(data_key, code, keyfile.RECOVERY)
    keys.site_code = desk.site_code
    keys.setup_key = None
    keys.save()
    desk.recovery_code = code


def remember_password(desk: Desk, username: str, password: str) -> None:
    """A new or changed password: a fresh entry under it (an administrator's session holds the
    data key, so adding and resetting accounts write entries too)."""
    found = _keys(desk)
    if found is None:
        return
    keys, data_key = found
    keys.accounts[username] = keyfile.wrap(data_key, password, username)
    keys.save()


def remember_hash(desk: Desk, username: str, password_hash: str) -> None:
    """An account enabled again: an entry from its credential hash (re-wrapped at sign-in)."""
    found = _keys(desk)
    if found is None:
        return
    keys, data_key = found
    keys.accounts.update(_entries(data_key, [(username, password_hash, True)]))
    keys.save()


def forget(desk: Desk, username: str) -> None:
    """A disabled account: its wrapped key is removed, the mark says why it cannot sign in."""
    if desk.keys is not None:
        desk.keys.accounts[username] = {"disabled": True}
        desk.keys.save()


def signed_in(desk: Desk, username: str, password: str) -> None:
    """After a sign-in: re-wrap a pending entry under the password, forget the failure count."""
    found = _keys(desk)
    if found is None:
        return
    keys = found[0]
    entry = keys.entry(username)
    if entry is None or entry.get("pending") or entry.get("disabled"):
        remember_password(desk, username, password)
    elif entry.get("failed") or entry.get("locked_until"):
        keys.record_failure(username, 0, None)


def locked_until(entry: dict[str, Any]) -> datetime | None:
    text = entry.get("locked_until")
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


# --- a plain desk of an earlier version -------------------------------------------------------


def encrypt_in_place(desk: Desk, username: str, password: str, *, keep_plain: bool = False) -> Path | None:
    """Encrypt a plain SQLite desk (first sign-in after the upgrade): sqlcipher_export into a new
    file, verify it row by row, swap it in atomically with its key file, then shred the plain
    file unless `keep_plain` (its path is returned then). The signed-in officer gets a fresh
    entry, the site's other accounts entries from their hashes, the office a recovery key."""
    assert desk.plain and desk.site_code is not None
    path = database_path(desk.config)
    keys_path = keyfile.path_for(path)
    if keys_path.exists() or pending_keys_path(keys_path).exists():
        raise KeyFileError(
            QT_TRANSLATE_NOOP("errors", "A key file {path} is already there; nothing was changed."),
            path=str(keys_path),
        )
    data_key = keyfile.new_data_key()
    target = encrypting_path(path)
    desk.db.dispose()  # the last connection checkpoints the write-ahead log into the file
    desk.opened = None
    try:
        _export(path, None, target, data_key)
        _verify(path, None, target, data_key)
        keys = KeyFile(path=keys_path, site_code=desk.site_code)
        keys.accounts = _entries(data_key, _credentials(path, None, desk.site_code))
        keys.accounts[username] = keyfile.wrap(data_key, password, username)
        code = keyfile.new_recovery_code()
        keys.recovery = keyfile.wrap(data_key, code, keyfile.RECOVERY)
        plain_copy = path.with_name(path.stem + "-unencrypted" + path.suffix)
        _swap_in(path, target, keys, replaced=plain_copy)
    except BaseException:
        target.unlink(missing_ok=True)
        desk.opened = Database(desk.config.database_url)
        raise
    if not keep_plain:
        shred(plain_copy)
    desk.keys = keys
    desk.opened = Database(desk.config.database_url, key=data_key)
    desk.seal_files()  # the attachment files beside it were plain too
    desk.recovery_code = code
    return plain_copy if keep_plain else None


# --- recovery ---------------------------------------------------------------------------------


def unlock_with_recovery(desk: Desk, code: str) -> None:
    """Open a locked desk with the office's recovery key (a forgotten sole-admin password)."""
    if desk.keys is None or desk.keys.recovery is None:
        raise KeyFileError(QT_TRANSLATE_NOOP("errors", "This desk has no recovery key."))
    if not desk.locked:
        return
    try:
        data_key = keyfile.unwrap(desk.keys.recovery, keyfile.normal_recovery_code(code), keyfile.RECOVERY)
    except WrongSecret:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That recovery key is not right (it is eight groups of four)."),
            field="recovery",
        ) from None
    desk.unlock(data_key)


# --- backups --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    site_code: str
    accounts: int
    recovery_code: str


def _sqlite_only(desk_or_config: Config) -> None:
    if not desk_or_config.is_sqlite:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only an SQLite database file can be backed up here; "
                "back up a PostgreSQL server with pg_dump.",
            )
        )


def backup(desk: Desk, target: Path, passphrase: str) -> Path:
    """An encrypted backup: one zip file holding an SQLCipher copy of the database under a key
    of its own, the attachment files sealed under that key too, and the key wrapped by
    Argon2id(passphrase) in its manifest. Without the passphrase it is unreadable; a stolen
    password of the desk does not open it. A damaged attachment file is left out (and counted)."""
    _sqlite_only(desk.config)
    validate_passphrase(passphrase)
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_key = keyfile.new_data_key()
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".jejaring-backup-") as work:
        copy = Path(work) / _BACKUP_DB
        source = database_path(desk.config)
        _export(source, desk.db.key, copy, backup_key)
        _verify(source, desk.db.key, copy, backup_key)
        files, sealing = desk.blobs, file_key(backup_key)
        manifest: dict[str, Any] = {
            "format": BACKUP_FORMAT,
            "version": keyfile.VERSION,
            "site_code": desk.site_code,
            "created": utcnow().isoformat(timespec="seconds"),
            "key": keyfile.wrap(backup_key, passphrase, BACKUP_LABEL),
        }
        # never a half-written backup under the real name
        with replacing(target) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            archive.write(copy, _BACKUP_DB)
            kept, damaged = 0, 0
            for sha in files.names():  # one at a time: a scan may be 50 MB
                content = files.read(sha)
                if content is None:
                    damaged += 1
                    continue
                archive.writestr(_BACKUP_FILES + sha, blobstore.seal(sealing, sha, content))
                kept += 1
            manifest["attachments"] = {"kept": kept, "damaged": damaged}
            archive.writestr(_MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    return target


_NOT_A_BACKUP = QT_TRANSLATE_NOOP("errors", "{path} is not a Jejaring backup (or it is damaged).")


def restore(config: Config, source: Path, passphrase: str) -> Restored:
    """Restore a backup into a data folder that has no database: a new data key, the accounts'
    entries from their credential hashes (they sign in with the passwords they had when the
    backup was made) and a new recovery key. Never overwrites a database or key file."""
    import sqlcipher3

    _sqlite_only(config)
    path = database_path(config)
    keys_path = keyfile.path_for(path)
    if (path.exists() and path.stat().st_size > 0) or keys_path.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is already a database in {folder}: restore into an empty data folder "
                "(--data-dir). Nothing was changed.",
            ),
            folder=str(path.parent),
        )
    try:
        archive = zipfile.ZipFile(source)
        manifest = json.loads(archive.read(_MANIFEST).decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
            raise ValueError("format")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        raise DomainError(_NOT_A_BACKUP, path=str(source)) from None
    with archive:
        try:
            backup_key = keyfile.unwrap(manifest.get("key") or {}, passphrase, BACKUP_LABEL)
        except WrongSecret:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The backup passphrase is not right."), field="passphrase"
            ) from None
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".jejaring-restore-") as work:
            try:
                copy = Path(archive.extract(_BACKUP_DB, work))
            except (KeyError, OSError, zipfile.BadZipFile):
                raise DomainError(_NOT_A_BACKUP, path=str(source)) from None
            site_code = str(manifest.get("site_code") or "")
            data_key = keyfile.new_data_key()
            target = encrypting_path(path)
            try:
                _export(copy, backup_key, target, data_key)
                _verify(copy, backup_key, target, data_key)
                keys = KeyFile(path=keys_path, site_code=site_code or None)
                keys.accounts = _entries(data_key, _credentials(target, data_key, site_code))
                code = keyfile.new_recovery_code()
                keys.recovery = keyfile.wrap(data_key, code, keyfile.RECOVERY)
                staged = _stage_files(archive, file_key(backup_key), Path(work) / "files", data_key)
                _swap_in(path, target, keys, replaced=None)
            except (sqlcipher3.DatabaseError, ValueError, zipfile.BadZipFile):
                target.unlink(missing_ok=True)
                raise DomainError(_NOT_A_BACKUP, path=str(source)) from None
            except BaseException:
                target.unlink(missing_ok=True)
                raise
            # the database is in place: its files move beside it (the same disk: renames)
            store = BlobStore(config.attachments_dir, None)
            for sha in staged.names():
                store.path(sha).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged.path(sha), store.path(sha))
    return Restored(site_code, len(keys.accounts), code)


def _stage_files(archive: zipfile.ZipFile, sealing: bytes, folder: Path, data_key: bytes) -> BlobStore:
    """The backup's attachment files, each opened and checked, sealed again under the restored
    database's key in `folder` (a damaged one refuses the whole restore: nothing is written)."""
    key = file_key(data_key)
    for name in archive.namelist():
        if not name.startswith(_BACKUP_FILES):
            continue
        sha = name[len(_BACKUP_FILES) :]
        content = blobstore.unseal(sealing, sha, archive.read(name)) if len(sha) == 64 else None
        if content is None:
            raise ValueError(name)
        write_atomically(BlobStore(folder, key).path(sha), blobstore.seal(key, sha, content))
    return BlobStore(folder, key)

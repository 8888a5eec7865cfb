"""A desk: one opened database, the site it belongs to and the officer at the keyboard.

`open_desk` is the single way in, for the CLI and the windows alike: it upgrades the schema
(backing the file up first), loads shipped reference data when it changed, and reads who this
site is. A local SQLite database is encrypted (SQLCipher, docs/security.md): a set-up desk opens
*locked* (the key file's plain header says its site; the database itself stays closed) and
`accounts.sign_in` unlocks it with the data key the officer's password unwraps. Nobody is signed
in yet: `app.services.accounts.sign_in` names the officer at the keyboard (`username`), and every
write is stamped with them; before that the desk only reads.

Opening a locked desk reads only the key file: SQLAlchemy and the models are imported when the
database is opened (`_database`), so the window can ask for the password while they load in the
background (ui/application.py).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Config
from app.errors import DomainError
from app.i18n import QT_TRANSLATE_NOOP
from app.persistence import keyfile
from app.persistence.blobstore import BlobStore, file_key
from app.persistence.keyfile import KeyFile, KeyFileError

if TYPE_CHECKING:  # the ORM loads with the database, not with a locked desk (see above)
    from sqlalchemy.orm import Session

    from app.persistence import schema
    from app.persistence.capture import Actor
    from app.persistence.db import Database

SITE_CODE_KEY = "site_code"
#: set once the attachment files an earlier version left in the clear are encrypted
FILES_SEALED_KEY = "attachment_files_sealed"
#: the first bytes of every plain SQLite file (an encrypted one starts with random salt)
PLAIN_HEADER = b"SQLite format 3\0"


@dataclass
class Desk:
    config: Config
    #: the open database (None while the desk is locked: see `db`)
    opened: Database | None
    site_code: str | None = None
    #: the signed-in officer (a username of this site), set by accounts.sign_in only
    username: str | None = None
    upgrade: schema.UpgradeResult | None = field(default=None, repr=False)
    #: cases whose sensitive fields this sign-in opened by breaking the glass
    unsealed: set[uuid.UUID] = field(default_factory=set, repr=False)
    #: the key file of an encrypted SQLite database (None: a server, or a plain file to encrypt)
    keys: KeyFile | None = field(default=None, repr=False)
    #: the recovery key made just now (setup, encryption of a plain desk): shown once, then cleared
    recovery_code: str | None = field(default=None, repr=False)
    #: a plain desk's officer asked to keep the unencrypted file when it is encrypted at sign-in
    keep_plain: bool = field(default=False, repr=False)
    #: where that file was kept
    plain_copy: Path | None = field(default=None, repr=False)

    @property
    def initialized(self) -> bool:
        return self.site_code is not None

    @property
    def locked(self) -> bool:
        """Set up and encrypted, but nobody has unlocked the database yet."""
        return self.opened is None

    @property
    def plain(self) -> bool:
        """A local SQLite file that is not encrypted yet (made by an earlier version)."""
        return self.config.is_sqlite and self.keys is None

    @property
    def db(self) -> Database:
        if self.opened is None:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "Sign in first."))
        return self.opened

    @property
    def blobs(self) -> BlobStore:
        """This desk's attachment files (on an office server, the shared store is the server's
        table instead: app.services.attachments)."""
        key = self.db.key
        return BlobStore(self.config.attachments_dir, file_key(key) if key is not None else None)

    def seal_files(self) -> None:
        """Encrypt what an earlier version stored in the clear, once (the database is open)."""
        from app.models import LocalState

        if self.db.key is None:
            return
        with self.db.read() as session:
            if session.get(LocalState, FILES_SEALED_KEY) is not None:
                return
        self.blobs.seal_plain_files()
        with self.db.session() as session:
            session.add(LocalState(key=FILES_SEALED_KEY, value="1"))

    def unlock(self, data_key: bytes) -> None:
        """Open the encrypted database with the data key an account's entry gave."""
        assert self.keys is not None
        opened = _open_database(self.config, data_key)
        desk = _load(self.config, opened)
        if desk.site_code != self.keys.site_code:
            opened.dispose()
            raise KeyFileError(_OTHER_DATABASE, path=str(self.keys.path))
        self.opened, self.upgrade, self.site_code = opened, desk.upgrade, desk.site_code

    def unlock_ahead(self, login: str, password: str) -> None:
        """Start deriving the key that `login`'s password unwraps, before the sign-in asks for it
        (keyfile.derive_ahead): the window calls this as the officer presses Sign in."""
        if self.keys is None or self.opened is not None:
            return
        entry = self.keys.entry(split_login(login)[0])
        if entry is not None:
            keyfile.derive_ahead(entry, password)

    def actor(self) -> Actor:
        from app.persistence.capture import Actor

        if self.site_code is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "This desk has not been set up yet: run the setup first.")
            )
        if not self.username:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "Sign in first."))
        return Actor(self.username, self.site_code)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work stamped with this desk's officer and site."""
        with self.db.session(self.actor()) as session:
            yield session

    def read(self) -> AbstractContextManager[Session]:
        return self.db.read()

    def reload_identity(self) -> None:
        from sqlalchemy import select

        from app.models import LocalState

        with self.db.read() as session:
            state = dict(session.execute(select(LocalState.key, LocalState.value)).all())
        self.site_code = state.get(SITE_CODE_KEY)

    def close(self) -> None:
        if self.opened is not None:
            self.opened.dispose()


_OTHER_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "The key file {path} does not belong to this database (it opens another one). Nothing was "
    "changed: put back the key file that was copied with this database, or restore a backup.",
)


def split_login(login: str) -> tuple[str, str | None]:
    """`budi` or `budi@KBRI-KUL` -> (username, site code or None)."""
    name, _, site = login.strip().partition("@")
    return name.lower(), (site.upper() or None)


def database_path(config: Config) -> Path:
    return Path(config.database_url.split("///", 1)[-1])


def _has_data(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def is_plain_file(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def pending_keys_path(keys_path: Path) -> Path:
    """Where a new key file is written before it replaces the old one (see finish_interrupted)."""
    return keys_path.with_name(keys_path.name + ".new")


def encrypting_path(path: Path) -> Path:
    """Where an encrypted copy of a database is made before it is swapped in."""
    return path.with_name(path.name + ".encrypting")


def finish_interrupted(path: Path, keys_path: Path) -> None:
    """End (or undo) an encryption or restore that a crash or power cut interrupted."""
    pending, target = pending_keys_path(keys_path), encrypting_path(path)
    if not pending.exists():
        target.unlink(missing_ok=True)  # the copy was not finished: the original is untouched
        return
    if target.exists() and path.exists():  # the swap had not begun: start again next time
        target.unlink()
        pending.unlink()
        return
    if target.exists():
        os.replace(target, path)
    if path.exists() and not is_plain_file(path):
        os.replace(pending, keys_path)


def _database(url: str, key: bytes | None = None) -> Database:
    from app.persistence.db import Database

    return Database(url, key=key)


def _open_database(config: Config, key: bytes | None) -> Database:
    from sqlalchemy.exc import DatabaseError as DriverError

    db = _database(config.database_url, key)
    if key is None:
        return db
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except DriverError:
        db.dispose()  # SQLCipher: "file is not a database", the data key does not open it
        path = keyfile.path_for(database_path(config))
        raise KeyFileError(_OTHER_DATABASE, path=str(path)) from None
    return db


def _load(config: Config, db: Database, *, migrate: bool = True) -> Desk:
    from app.persistence import schema
    from app.services import reference

    try:
        result = schema.upgrade(db, config.backups_dir) if migrate else None
        if migrate:
            reference.seed(db)
        desk = Desk(config=config, opened=db, upgrade=result)
        desk.reload_identity()
        if migrate:
            desk.seal_files()
    except BaseException:
        db.dispose()
        raise
    return desk


def open_desk(config: Config, *, migrate: bool = True, encrypt_new: bool = True) -> Desk:
    """Open (creating if needed) the database of `config`, upgraded and seeded; a set-up
    encrypted one opens locked (signing in unlocks it). Never re-creates or overwrites a
    database or key file that is there: a missing or damaged one is refused with a message.
    `encrypt_new=False` leaves a new file plain (the benchmarks' bulk loader and baseline)."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    if not config.is_sqlite:
        return _load(config, _database(config.database_url), migrate=migrate)
    path = database_path(config)
    keys_path = keyfile.path_for(path)
    finish_interrupted(path, keys_path)
    if keys_path.exists():
        keys = keyfile.load(keys_path)
        if not _has_data(path) and keys.initialized:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database file {path} is missing, but its key file is here. Nothing was "
                    "changed: put the database file back, or restore a backup.",
                ),
                path=str(path),
            )
        if _has_data(path) and is_plain_file(path):
            raise KeyFileError(_OTHER_DATABASE, path=str(keys_path))
        if not keys.initialized:  # before setup the key file holds the data key itself
            assert keys.setup_key is not None
            desk = _load(config, _open_database(config, bytes.fromhex(keys.setup_key)), migrate=migrate)
            desk.keys = keys
            return desk
        return Desk(config=config, opened=None, site_code=keys.site_code, keys=keys)
    if _has_data(path) or not encrypt_new:
        if _has_data(path) and not is_plain_file(path):
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {path} is encrypted and its key file {keys} is missing. Nothing "
                    "was changed: copy the key file that belongs to it into the same folder, or "
                    "restore a backup.",
                ),
                path=str(path),
                keys=str(keys_path),
            )
        return _load(config, _database(config.database_url), migrate=migrate)  # encrypted at sign-in
    # the first start: a new data key, kept in the key file until setup wraps it
    keys = KeyFile(path=keys_path)
    data_key = keyfile.new_data_key()
    keys.setup_key = data_key.hex()
    keys.save()
    desk = _load(config, _open_database(config, data_key), migrate=migrate)
    desk.keys = keys
    return desk

"""Keep the database's schema at the app's: back up, then upgrade; refuse a newer database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.errors import DatabaseError
from app.files import replacing
from app.i18n import QT_TRANSLATE_NOOP
from app.persistence.db import Database
from app.persistence.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

# Alembic is imported only when a migration has to run: an up-to-date database (every start but
# the first after an update) is checked with one plain query, which keeps Alembic off start-up.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Tables that migrations create by hand and the models do not describe (full-text indexes).
UNMODELLED_TABLES = ("case_search",)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave hand-made search indexes (and their shadow tables) out of model comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_TABLES))


def alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration of this app (kept in migrations/__init__.py; a test checks it)."""
    return HEAD_REVISION


def scripted_head() -> str:
    """The head as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no table yet: an empty database
            return None


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str
    known: bool
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def newer_than_app(self) -> bool:
        return self.current is not None and not self.known


def status(db: Database) -> SchemaStatus:
    from alembic.script import ScriptDirectory

    current = current_revision(db)
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = current is None or script.get_revision(current) is not None
    except Exception:  # alembic raises for an unknown revision id
        known = False
    has_tables = bool(inspect(db.engine).get_table_names())
    return SchemaStatus(current=current, head=head_revision(), known=known, has_tables=has_tables)


def backup_sqlite(db: Database, target: Path) -> Path:
    """A consistent copy of a live SQLite database (the sqlite3 online backup API); an encrypted
    one is copied page by page under the same data key, so the copy is encrypted too."""
    source_path = db.engine.url.database
    if not db.is_sqlite or not source_path or source_path == ":memory:":
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only an SQLite database file can be backed up here; "
                "back up a PostgreSQL server with pg_dump.",
            ),
        )
    driver: Any = sqlite3
    if db.key is not None:
        import sqlcipher3

        driver = sqlcipher3
    source = driver.connect(source_path)
    try:
        with replacing(target) as partial:  # never a half-written backup under the real name
            destination = driver.connect(partial)
            if db.key is not None:
                from app.persistence.keyfile import sqlcipher_key

                for connection in (source, destination):
                    connection.execute(f"PRAGMA key = {sqlcipher_key(db.key)}")
            try:
                source.backup(destination)
            finally:
                destination.close()
    finally:
        source.close()
    return target


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(db: Database, backups_dir: Path | None) -> UpgradeResult:
    """Bring the schema to the app's head, backing up an existing SQLite file first."""
    current = current_revision(db)
    if current == HEAD_REVISION:
        return UpgradeResult(current, current, None)
    from alembic.command import upgrade as alembic_upgrade

    state = status(db)
    if state.newer_than_app:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was written by a newer version of Jejaring (schema {revision}). "
                "Install the newer version; nothing was changed.",
            ),
            revision=state.current,
        )
    if state.up_to_date:
        return UpgradeResult(state.current, state.head, None)
    backup = None
    if state.has_tables and db.is_sqlite and backups_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(
            db, backups_dir / f"jejaring-{stamp}-before-{state.current or 'unversioned'}.sqlite3"
        )
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic_upgrade(config, "head")
    return UpgradeResult(state.current, state.head, backup)

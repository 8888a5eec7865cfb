"""Keep the database's schema at the app's: back up, then upgrade; refuse a newer database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.command import upgrade as alembic_upgrade
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.errors import DatabaseError
from app.i18n import QT_TRANSLATE_NOOP
from app.persistence.db import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Tables that migrations create by hand and the models do not describe (full-text indexes).
UNMODELLED_TABLES = ("case_search",)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave hand-made search indexes (and their shadow tables) out of model comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_TABLES))


def alembic_config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    current = current_revision(db)
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = current is None or script.get_revision(current) is not None
    except Exception:  # alembic raises for an unknown revision id
        known = False
    has_tables = bool(inspect(db.engine).get_table_names())
    return SchemaStatus(current=current, head=head_revision(), known=known, has_tables=has_tables)


def backup_sqlite(db: Database, target: Path) -> Path:
    """A consistent copy of a live SQLite database (the sqlite3 online backup API)."""
    source_path = db.engine.url.database
    if not db.is_sqlite or not source_path or source_path == ":memory:":
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only an SQLite database file can be backed up here; "
                "back up a PostgreSQL server with pg_dump.",
            ),
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(source_path)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    partial.replace(target)  # never leave a half-written backup under the real name
    return target


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(db: Database, backups_dir: Path | None) -> UpgradeResult:
    """Bring the schema to the app's head, backing up an existing SQLite file first."""
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

"""The database: migrations equal the models, pragmas, refusal of a newer schema, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.errors import DatabaseError
from app.models import Base
from app.persistence import schema
from app.persistence.db import Database
from app.services.desk import Desk


def test_migrations_produce_exactly_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    schema.upgrade(db, None)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": schema.include_name}
        )
        diff = compare_metadata(context, Base.metadata)
    db.dispose()
    assert diff == []


@pytest.mark.sqlite_only
def test_sqlite_pragmas(desk: Desk) -> None:
    with desk.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_a_database_newer_than_the_app_is_refused(desk: Desk) -> None:
    with desk.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff0'"))
    with pytest.raises(DatabaseError) as error:
        schema.upgrade(desk.db, desk.config.backups_dir)
    assert "newer version of Jejaring" in str(error.value)
    assert schema.current_revision(desk.db) == "fffffffffff0"
    assert not desk.config.backups_dir.exists()


def test_upgrade_backs_up_an_existing_file_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
        raw.execute("INSERT INTO notes VALUES ('kept')")
    db = Database(f"sqlite:///{path}")
    result = schema.upgrade(db, tmp_path / "backups")
    db.dispose()
    assert result.after == schema.head_revision()
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT body FROM notes").fetchall() == [("kept",)]


def test_an_up_to_date_database_is_not_backed_up_again(desk: Desk) -> None:
    result = schema.upgrade(desk.db, desk.config.backups_dir)
    assert result.backup is None and result.before == result.after


@pytest.mark.sqlite_only
def test_backup_is_a_consistent_copy(demo_desk: Desk, tmp_path: Path) -> None:
    target = schema.backup_sqlite(demo_desk.db, tmp_path / "copy.sqlite3")
    copy = Database(f"sqlite:///{target}", key=demo_desk.db.key)  # encrypted under the same key
    try:
        with copy.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM case_file").fetchone() == (40,)
    finally:
        copy.dispose()
    assert not list(tmp_path.glob(".copy.sqlite3.*"))  # no temporary file left (app/files.py)


def test_the_recorded_head_is_the_newest_migration() -> None:
    assert schema.head_revision() == schema.scripted_head()


def test_an_empty_database_has_no_revision(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert schema.current_revision(db) is None
    db.dispose()


def test_personal_data_never_reaches_an_error_message(desk: Desk) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as error, desk.db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO country (iso2, iso3, name_id, name_en) VALUES ('ID', :code, 'x', 'y')"),
            {"code": "SCR"},
        )
    assert "SCR" not in str(error.value)

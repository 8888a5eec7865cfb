"""The database: migrations equal the models, pragmas, refusal of a newer schema, backups."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.errors import DatabaseError
from app.models import Base
from app.persistence import db as db_module
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


@pytest.mark.sqlite_only
def test_two_processes_writing_one_file_take_turns(desk: Desk) -> None:
    """A unit of work that reads, then writes while another connection commits, must wait its
    turn, not fail with "database is locked" (a stale snapshot cannot be upgraded to write)."""
    other = Database(desk.db.url, key=desk.db.key)  # another process's engine on the same file
    read_done, other_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def second() -> None:
        read_done.wait(5)
        try:
            with other.session() as session:
                session.execute(text("INSERT INTO local_state (key, value) VALUES ('second', '2')"))
        except BaseException as error:  # reported by the test below
            errors.append(error)
        other_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    with desk.db.session() as session:
        session.execute(text("SELECT count(*) FROM local_state")).scalar()
        read_done.set()
        other_done.wait(1)  # the other writer commits meanwhile unless it must wait for this one
        session.execute(text("INSERT INTO local_state (key, value) VALUES ('first', '1')"))
    thread.join(15)
    other.dispose()
    assert errors == []
    with desk.db.read() as session:
        assert set(session.scalars(text("SELECT key FROM local_state WHERE key IN ('first', 'second')"))) == {
            "first",
            "second",
        }


@pytest.mark.sqlite_only
def test_a_write_that_waits_too_long_for_another_process_says_so(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 300)  # the wait, short for the test
    other = Database(desk.db.url, key=desk.db.key)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:  # another process in the middle of a long write
        with other.session() as session:
            session.execute(text("INSERT INTO local_state (key, value) VALUES ('other', '1')"))
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(5)
    mine = Database(desk.db.url, key=desk.db.key)  # new connections take the short wait
    try:
        with pytest.raises(DatabaseError) as error, mine.session() as session:
            session.execute(text("INSERT INTO local_state (key, value) VALUES ('mine', '1')"))
    finally:
        release.set()
        thread.join(15)
        other.dispose()
        mine.dispose()
    assert "did not finish within 0 seconds" in str(error.value) and "Nothing was saved" in str(error.value)
    with desk.db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM local_state WHERE key = 'mine'")) == 0

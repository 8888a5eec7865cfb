"""A PostgreSQL error never carries a person's data into the log file, the error dialog's
copyable details or the CLI's one line: the server's DETAIL line ("Key (nik)=(3201…) already
exists", "Failing row contains (…)") and the statement's values are hidden (app/redact.py).

The schema has no constraint whose key is personal data today; the tests add one to their own
database, as a future constraint (or a trigger) would, and provoke it through the real services."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.redact import redact
from app.services import cases
from app.services.desk import Desk
from app.services.workers import WorkerInput
from tests.cli.conftest import Run, initialised, jejaring
from ui.application import setup_logging
from ui.dialogs.error_dialog import ErrorReporter

__all__ = ["initialised", "jejaring"]

pytestmark = [
    pytest.mark.usefixtures("postgres_server"),
    pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints"),
]

NIK = "3507014508900001"
NAME = "Siti Aminah binti Ali"
TODAY = date(2026, 3, 16)


def _open(desk: Desk) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name=NAME, nik=NIK, sex="F", birth_date=date(1990, 8, 5)),
        cases.CaseInput(category="unpaid_wages", reported_on=TODAY, summary="Gaji tidak dibayar"),
        today=TODAY,
    ).number


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = setup_logging(tmp_path / "logs")
    yield tmp_path / "logs" / "jejaring.log"
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_a_unique_violation_reaches_log_and_dialog_without_the_nik(
    qtbot: QtBot, desk: Desk, log_file: Path
) -> None:
    _open(desk)
    with desk.db.engine.begin() as connection:
        connection.execute(text("CREATE UNIQUE INDEX uq_test_worker_nik ON worker (nik)"))
    with pytest.raises(IntegrityError) as raised:
        _open(desk)  # the same worker again: the server refuses the row
    error = raised.value
    assert NIK in str(error)  # what the server sent: its DETAIL names the key

    reporter = ErrorReporter(log_file.parent)
    reporter.report(error)  # the path of every failed background task
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000)
    assert reporter.dialog is not None
    details = reporter.dialog.details.toPlainText()
    reporter.dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    logged = log_file.read_text(encoding="utf-8")
    for shown in (details, copied, logged):
        assert "UniqueViolation" in shown and "uq_test_worker_nik" in shown  # support still sees what
        assert "DETAIL:  [hidden]" in shown
        assert NIK not in shown and NAME not in shown and "Siti" not in shown
    reporter.dialog.close()


def test_a_failing_row_from_another_library_logger_is_hidden_too(desk: Desk, log_file: Path) -> None:
    number = _open(desk)
    with desk.db.engine.begin() as connection:
        connection.execute(
            text(f"ALTER TABLE worker ADD CONSTRAINT ck_test_name CHECK (full_name <> '{NAME} (revisi)')")
        )
    with pytest.raises(IntegrityError) as raised:
        cases.set_field(desk, number, "worker.full_name", f"{NAME} (revisi)")
    assert "Failing row contains" in str(raised.value) and NIK in str(raised.value)
    # a library logging the error with its traceback (SQLAlchemy's pool does) goes through the
    # same file handler
    logging.getLogger("sqlalchemy.pool").error("reset failed", exc_info=raised.value)
    logged = log_file.read_text(encoding="utf-8")
    assert "ck_test_name" in logged and "DETAIL:  [hidden]" in logged
    assert NIK not in logged and "Siti" not in logged


def test_the_cli_line_names_the_constraint_not_the_person(initialised: Run, database_url: str) -> None:
    run = initialised
    assert run("demo", "--cases", "1").returncode == 0
    [row] = json.loads(run("case", "list", "--json").stdout)
    from sqlalchemy import create_engine

    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE worker ADD CONSTRAINT ck_test_phone CHECK (phone <> '+6281234567890')")
        )
    engine.dispose()
    result = run("case", "set", row["number"], "worker.phone", "+6281234567890")
    assert result.returncode == 1
    assert result.stderr.startswith("jejaring: IntegrityError: (psycopg.errors.CheckViolation)")
    assert "ck_test_phone" in result.stderr and "6281234567890" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_redaction_of_the_servers_other_messages(desk: Desk) -> None:
    """A data error quotes the value it could not read; its CONTEXT quotes a parameter."""
    from sqlalchemy.exc import DataError

    with pytest.raises(DataError) as raised, desk.db.engine.connect() as connection:
        connection.execute(text("SELECT CAST(:v AS date)"), {"v": NAME})
    message = str(raised.value)
    assert NAME in message
    hidden = redact(message)
    assert NAME not in hidden and 'invalid input syntax for type date: "[hidden]"' in hidden
    assert "parameters hidden" in hidden  # the engine hides them itself (hide_parameters)

"""Starting the application: the wizard on a fresh desk, the window on a set-up one, a clear
refusal for a database newer than the app, and a log without personal data."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import Config
from app.services.desk import Desk, is_plain_file, open_desk
from tests.conftest import ADMIN_PASSWORD, sqlite_file
from ui import application
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.dialogs.sign_in import SignInDialog
from ui.main_window import MainWindow


@pytest.fixture
def started(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Undo what `run` does to the process: hooks, log handlers, the application's names."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    names = qapp.applicationName(), qapp.organizationName()
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])


def when_shown(kind: type, then: Callable[[object], None]) -> None:
    """Once a top-level window of `kind` shows, hand it to `then` (run() blocks until it closes).
    The main window counts once it has its desk: before that it is the frame painted first."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            ready = not isinstance(widget, MainWindow) or widget.context is not None
            if isinstance(widget, kind) and widget.isVisible() and ready:
                then(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_run_opens_the_main_window_on_a_set_up_desk(
    started: None, config: Config, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def close(window: object) -> None:
        assert isinstance(window, MainWindow)
        seen.append(window.windowTitle())
        window.close()

    painted: list[str] = []
    # the frame is on screen before the database is open: run() paints it, then opens the desk
    original = application._open_desk
    monkeypatch.setattr(
        application,
        "_open_desk",
        lambda config: (
            painted.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()),
            original(config),
        )[1],
    )

    def sign_in(dialog: object) -> None:
        assert isinstance(dialog, SignInDialog)
        assert dialog.context.desk.locked  # encrypted: the database opens at sign-in
        dialog.username.setText("admin")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.sign_in()
        when_shown(MainWindow, close)

    desk.username = None  # a new start: nobody is signed in
    when_shown(SignInDialog, sign_in)
    assert application.run(config) == 0
    assert painted == ["Jejaring"]
    assert seen and "KBRI-KUL" in seen[0]
    assert not is_plain_file(config.data_dir / "jejaring.sqlite3")
    assert QApplication.applicationName() == "Jejaring"
    assert (config.logs_dir / "jejaring.log").exists()


def test_cancelling_the_sign_in_quits_without_opening_the_desk(
    started: None, config: Config, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []
    attached: list[object] = []
    monkeypatch.setattr(MainWindow, "attach", lambda window, context: attached.append(context))
    when_shown(SignInDialog, lambda dialog: (shown.append(dialog), dialog.reject()))  # type: ignore[attr-defined]
    assert application.run(config) == 0
    assert shown and not attached


def test_run_shows_the_wizard_first_on_a_fresh_desk(started: None, config: Config, fresh_desk: Desk) -> None:
    when_shown(SetupWizard, lambda wizard: wizard.reject())  # type: ignore[attr-defined]
    assert application.run(config) == 0
    fresh_desk.reload_identity()
    assert not fresh_desk.initialized


def test_a_database_newer_than_the_app_is_refused_clearly(started: None, config: Config) -> None:
    open_desk(config).close()
    connection = sqlite_file(config)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    connection.close()
    messages: list[str] = []

    def read_and_close(box: object) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_shown(QMessageBox, read_and_close)
    assert application.run(config) == 1
    assert len(messages) == 1 and "newer version of Jejaring" in messages[0]


def test_the_log_never_carries_sql(started: None, config: Config) -> None:
    application.setup_logging(config.logs_dir)
    assert not logging.getLogger("sqlalchemy.engine.Engine").isEnabledFor(logging.INFO)
    logging.getLogger("ui.test").info("desk opened")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "desk opened" in (config.logs_dir / "jejaring.log").read_text(encoding="utf-8")


def test_a_plain_desk_is_encrypted_at_the_sign_in_in_the_window(started: None, config: Config) -> None:
    from tests.unit.test_encryption import WORKER, _plain_desk

    _plain_desk(config)
    shown: list[str] = []

    def close(window: object) -> None:
        assert isinstance(window, MainWindow)
        for widget in QApplication.topLevelWidgets():  # the frames earlier tests left open, too
            if widget.isVisible():
                widget.close()

    def write_down(dialog: object) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        shown.append(dialog.code.text())
        assert not dialog.ok.isEnabled()  # not before the officer says it is written down
        dialog.written.setChecked(True)
        dialog.ok.click()
        when_shown(MainWindow, close)

    def sign_in(dialog: object) -> None:
        assert isinstance(dialog, SignInDialog)
        assert dialog.plain_note.isVisible() and not dialog.keep_plain.isChecked()
        dialog.username.setText("admin")
        dialog.password.setText(ADMIN_PASSWORD)
        when_shown(RecoveryKeyDialog, write_down)
        dialog.sign_in()

    when_shown(SignInDialog, sign_in)
    assert application.run(config) == 0
    path = config.data_dir / "jejaring.sqlite3"
    assert shown and len(shown[0]) == 39
    assert not is_plain_file(path) and WORKER.encode() not in path.read_bytes()
    assert not list(config.data_dir.glob("*unencrypted*"))

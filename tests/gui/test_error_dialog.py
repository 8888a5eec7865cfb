"""Unexpected errors reach one dialog with the details; expected ones read as a sentence."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QPushButton
from sqlalchemy.exc import IntegrityError

from app.errors import ValidationError
from ui.dialogs.error_dialog import ErrorDialog, ErrorReporter, format_details, show_domain_error


@pytest.fixture
def reporter(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ErrorReporter]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = ErrorReporter(tmp_path / "logs")
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.close()


def raise_and_catch() -> BaseException:
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as error:
        return error
    raise AssertionError("unreachable")


def test_the_excepthook_shows_the_dialog_with_the_traceback(qtbot, reporter: ErrorReporter) -> None:
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    error = raise_and_catch()
    sys.excepthook(type(error), error, error.__traceback__)

    dialog = reporter.dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    details = dialog.findChild(QPlainTextEdit, "details")
    assert not details.isVisible()
    dialog.findChild(QPushButton, "toggleDetails").click()
    assert details.isVisible()
    assert "Traceback" in details.toPlainText() and "ZeroDivisionError" in details.toPlainText()
    assert "Jejaring" in details.toPlainText().splitlines()[0]


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot, reporter: ErrorReporter) -> None:
    error = raise_and_catch()
    reporter.excepthook(type(error), error, error.__traceback__)
    assert reporter.dialog is not None
    QGuiApplication.clipboard().clear()
    reporter.dialog.findChild(QPushButton, "copyDetails").click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "ZeroDivisionError: division by zero" in copied


def test_open_log_folder_opens_the_folder(
    qtbot, reporter: ErrorReporter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    error = raise_and_catch()
    reporter.excepthook(type(error), error, error.__traceback__)
    assert reporter.dialog is not None
    reporter.dialog.findChild(QPushButton, "openLogFolder").click()
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path / "logs"]


def test_a_burst_of_errors_shows_one_dialog(qtbot, reporter: ErrorReporter) -> None:
    error = raise_and_catch()
    reporter.excepthook(type(error), error, error.__traceback__)
    first = reporter.dialog
    reporter.excepthook(type(error), error, error.__traceback__)
    assert reporter.dialog is first


def test_an_error_from_a_worker_thread_reaches_the_gui_thread(qtbot, reporter: ErrorReporter) -> None:
    reporter.install()

    def fail() -> None:
        raise RuntimeError("worker failed")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "worker failed" in reporter.dialog.details.toPlainText()


def test_details_never_carry_the_values_of_sql_statements() -> None:
    error = IntegrityError(
        "INSERT INTO worker (name, nik) VALUES (?, ?)",
        ("Siti Aminah", "3201234567890001"),
        Exception("UNIQUE constraint failed: worker.nik"),
    )
    details = format_details(type(error), error, None)
    assert "UNIQUE constraint failed" in details
    assert "Siti Aminah" not in details and "3201234567890001" not in details
    assert "[parameters: hidden]" in details


def test_a_domain_error_is_shown_as_a_translated_sentence(qtbot) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    show_domain_error(None, ValidationError("There is no agency with the code {code}.", code="XYZ"))
    assert seen == ["There is no agency with the code XYZ."]

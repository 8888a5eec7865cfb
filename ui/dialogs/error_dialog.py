"""One dialog for unexpected errors (with Copy details and the log folder), and the messages for
expected ones (a core `DomainError`, shown in the interface language)."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import DomainError
from app.redact import redact  # the values of SQL statements and the server's DETAIL lines

log = logging.getLogger(__name__)


def format_details(exc_type: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What support staff need: versions, platform and the traceback, without personal data."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"Jejaring {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, value, tb),
    ]
    return redact("\n".join(line.rstrip("\n") for line in lines))


class ErrorDialog(QDialog):
    """Explains briefly, offers the technical details for support staff, and closes."""

    def __init__(self, details: str, log_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.log_dir = log_dir
        self.setMinimumWidth(560)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        self.details = QPlainTextEdit(details)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(220)
        self.details.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggleDetails")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDetails")
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("openLogFolder")
        self.folder_button.setEnabled(log_dir is not None)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.toggle_button, self.copy_button, self.folder_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.toggle_button.clicked.connect(self.toggle_details)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error"))
        self.heading.setText(self.tr("Something went wrong"))
        self.explanation.setText(
            self.tr(
                "Jejaring ran into a problem it did not expect. Work that was already saved is safe; "
                "the action you were doing may not have finished. If this happens again, copy the "
                "details and send them to your support staff."
            )
        )
        self.copy_button.setText(self.tr("Copy details"))
        self.folder_button.setText(self.tr("Open log folder"))
        self._update_toggle()

    def _update_toggle(self) -> None:
        shown = self.details.isVisibleTo(self)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    def toggle_details(self) -> None:
        self.details.setVisible(not self.details.isVisibleTo(self))
        self._update_toggle()
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    """An expected error (refused input, a database too new ...) in the interface language."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.applicationName() or "Jejaring")
    from ui import labels  # app.labels reads the models' enums: not needed before an error

    box.setText(labels.error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class ErrorReporter(QObject):
    """Routes unexpected exceptions (sys.excepthook, threads, background tasks) to the dialog."""

    _raised = Signal(str)

    def __init__(self, log_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_dir = log_dir
        self.dialog: ErrorDialog | None = None
        # Queued when an exception is reported from a worker thread: widgets live on the GUI thread.
        self._raised.connect(self.show_details)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def excepthook(
        self, exc_type: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, value, tb)
            return
        details = format_details(exc_type, value, tb)
        log.error("unexpected error\n%s", details)
        self._raised.emit(details)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def report(self, error: BaseException) -> None:
        """For errors handed back by background tasks: expected ones as a message, others as a bug."""
        if isinstance(error, DomainError):
            show_domain_error(QApplication.activeWindow(), error)
        else:
            self.excepthook(type(error), error, error.__traceback__)

    def show_details(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time: a burst of the same failure must not bury the window in dialogs
        self.dialog = ErrorDialog(details, self.log_dir, QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()

    def _forget(self) -> None:
        self.dialog = None

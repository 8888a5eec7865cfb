"""Starting the desk application: Qt, languages, error handling, the database, the windows."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.config import Config
from app.errors import DomainError
from app.redact import RedactingFormatter
from app.resources import resource_path
from ui import i18n, qt_fixes
from ui.context import UiContext
from ui.dialogs.error_dialog import ErrorDialog, ErrorReporter, format_details
from ui.events import ChangeBus
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy and the models load after the first paint (see run())
    from app.services.desk import Desk

log = logging.getLogger("jejaring")

APP_NAME = "Jejaring"
ORGANISATION = "Jejaring"


def setup_logging(logs_dir: Path) -> logging.Handler:
    """A rotating log in the data folder. Messages name actions and errors, never people: the
    libraries stay at WARNING (SQLAlchemy at INFO would write every statement with its values),
    and every line is redacted on its way to the file (app/redact.py: a server's DETAIL lines)."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        logs_dir / "jejaring.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in ("jejaring", "app", "ui"):
        logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return handler


def create_application(argv: list[str] | None = None) -> QApplication:
    qt_fixes.apply()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "jejaring.svg"))))
    app.setDesktopFileName("jejaring")
    return app


def build_context(
    desk: Desk, on_unexpected: Callable[[BaseException], None], parent: QObject | None = None
) -> UiContext:
    """The UiContext every window and view receives; `on_unexpected` gets background tasks' errors."""

    def set_language(language: str) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            i18n.switch_language(app, language)

    return UiContext(
        desk=desk,
        bus=ChangeBus(parent),
        tasks=TaskRunner(on_unexpected, parent),
        set_language=set_language,
        language=i18n.current_language,
    )


def run(config: Config) -> int:
    # No cyclic collection while start-up builds its tens of thousands of long-lived objects
    # (modules, classes, mappers): it would only walk them again and again. They are frozen
    # out of later collections once the window is up.
    gc.disable()
    setup_logging(config.logs_dir)
    app = create_application()
    i18n.install_translators(app, i18n.saved_language())
    reporter = ErrorReporter(config.logs_dir, app)
    reporter.install()
    log.info("Jejaring %s starting", __version__)

    from ui.main_window import MainWindow

    # Frame first: on an existing database the window (without data) is painted before the ORM
    # is imported and the database opened; a first start goes to the setup wizard instead.
    window = MainWindow(None)
    if config.database_exists():
        window.show()
        app.processEvents()
    desk = _open_desk(config)
    if desk is None:
        return 1
    try:
        context = build_context(desk, reporter.report, app)
        set_up_now = not desk.initialized
        if not desk.initialized:
            from ui.dialogs.setup_wizard import SetupWizard

            window.hide()
            wizard = SetupWizard(context)
            accepted = wizard.exec() == QDialog.DialogCode.Accepted
            desk = context.desk  # the office server's, if the desk joined one
            if not accepted or not desk.initialized:
                log.info("setup cancelled")
                return 0
            wizard.deleteLater()
        if not desk.username:  # the wizard signs its administrator in; otherwise ask who is here
            from ui import preload
            from ui.dialogs.sign_in import SignInDialog

            sign_in = SignInDialog(context, window if window.isVisible() else None)
            preload.start(window.opening_view().module)  # while the officer types
            if sign_in.exec() != QDialog.DialogCode.Accepted:
                log.info("sign-in cancelled")
                return 0
            sign_in.deleteLater()
        if desk.recovery_code:  # made just now (setup, or a plain desk encrypted at sign-in)
            _show_recovery_key(desk, encrypted_now=not set_up_now)
        window.attach(context)
        window.show()
        gc.freeze()
        gc.enable()
        code = app.exec()
        context.tasks.wait()
        return code
    finally:
        desk.close()
        log.info("Jejaring stopped")


def _show_recovery_key(desk: Desk, *, encrypted_now: bool) -> None:
    from ui.dialogs.recovery_key import RecoveryKeyDialog

    dialog = RecoveryKeyDialog(desk.recovery_code or "", encrypted_now=encrypted_now)
    dialog.exec()
    desk.recovery_code = None
    if desk.plain_copy is not None:
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "Application", "The unencrypted copy is kept at {path}: delete it as soon as you can."
            ).format(path=str(desk.plain_copy)),
        )


def _open_desk(config: Config) -> Desk | None:
    from app.services.desk import open_desk

    try:
        return open_desk(config)
    except DomainError as error:
        log.error("cannot open the database: %s", error.message)
        from ui import labels

        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, labels.error_text(error))
        box.setInformativeText(
            QCoreApplication.translate("Application", "Database: {database}").format(
                database=config.database_label
            )
        )
        box.exec()
    except Exception as error:
        details = format_details(type(error), error, error.__traceback__)
        log.error("cannot open the database\n%s", details)
        ErrorDialog(details, config.logs_dir).exec()
    return None

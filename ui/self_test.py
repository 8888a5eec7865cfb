"""`jejaring --self-test`: support staff check an installation in a few seconds.

Works on a temporary data folder and temporary settings (the person's own database and window
settings are never touched), opens the real windows (offscreen where there is no display), and
prints one line per step: "ok   <step>" or "FAIL <step>: <error>". Exit 0 when every step passed,
1 naming the step that failed.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from app.config import Config, load_config
from app.i18n import QT_TRANSLATE_NOOP, cli_language

T = TypeVar("T")


class StepFailed(Exception):
    pass


class SelfTest:
    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.failed: str | None = None
        self.steps = 0

    def hook(self, exc_type: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """Exceptions raised inside Qt callbacks (slots, events) count against the running step."""
        self.errors.append(value)

    def step(self, name: str | Callable[[], str], action: Callable[[], T]) -> T:
        """Run one step; `name` may be a callable, for a step that installs the translators."""
        self.steps += 1
        try:
            result = action()
            _settle()
            if self.errors:
                raise self.errors[0]
        except BaseException as error:
            name = name if isinstance(name, str) else name()
            self.failed = name
            first = (str(error).strip().splitlines() or [""])[0][:200]
            _print(f"FAIL {name}: {type(error).__name__}: {first}")
            if os.environ.get("JEJARING_SELF_TEST_TRACE"):
                traceback.print_exception(error)
            raise StepFailed(name) from error
        _print(f"ok   {name if isinstance(name, str) else name()}")
        return result


def _print(line: str) -> None:
    print(line, flush=True)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        for _ in range(3):
            QApplication.processEvents()


def _needs_offscreen() -> bool:
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_self_test(config: Config | None = None) -> int:
    """`config` is ignored on purpose: the self-test never opens the person's database."""
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    test = SelfTest()
    temporary = tempfile.TemporaryDirectory(prefix="jejaring-self-test-", ignore_cleanup_errors=True)
    with temporary as folder, contextlib.suppress(StepFailed):
        _run(test, Path(folder))
    seconds = time.monotonic() - started
    tr = _translator()
    if test.failed:
        _print(tr(QT_TRANSLATE_NOOP("SelfTest", "Self-test failed at step: {step}")).format(step=test.failed))
        return 1
    _print(
        tr(QT_TRANSLATE_NOOP("SelfTest", "Self-test passed: {count} steps in {seconds:.1f} s")).format(
            count=test.steps, seconds=seconds
        )
    )
    return 0


def _translator() -> Callable[[str], str]:
    from PySide6.QtCore import QCoreApplication

    return lambda text: QCoreApplication.translate("SelfTest", text)


def _run(test: SelfTest, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import application, i18n

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    language = cli_language()
    tr = _translator()

    def start() -> Any:
        app = application.create_application([sys.argv[0]])
        i18n.install_translators(app, language)
        return app

    app = test.step(lambda: tr(QT_TRANSLATE_NOOP("SelfTest", "start Qt")), start)
    sys.excepthook = test.hook
    try:
        _run_steps(test, folder, app, language, tr)
    finally:
        sys.excepthook = sys.__excepthook__
        for widget in QApplication.topLevelWidgets():
            with contextlib.suppress(Exception):  # a window that failed to build: its step failed
                widget.close()
        _settle()


def _run_steps(test: SelfTest, folder: Path, app: Any, language: str, tr: Callable[[str], str]) -> None:
    from app.services import demo, office
    from app.services.desk import open_desk
    from ui.application import build_context
    from ui.i18n import LANGUAGE_NAMES

    config = load_config(folder / "data")
    test.step(
        tr(QT_TRANSLATE_NOOP("SelfTest", "create temporary data folder")),
        lambda: config.data_dir.mkdir(parents=True),
    )
    desk = test.step(tr(QT_TRANSLATE_NOOP("SelfTest", "migrate database")), lambda: open_desk(config))
    try:
        context = build_context(desk, test.errors.append, app)
        test.step(tr(QT_TRANSLATE_NOOP("SelfTest", "open setup wizard")), lambda: _open_wizard(context))
        setup = office.OfficeSetup(
            site_code="UJI-DIRI",
            site_name="Uji Diri",
            agency_code="BP2MI",
            country="ID",
            city="Jakarta",
            admin_username="admin",
            admin_password="Jejaring-Contoh-2026",
            admin_name="Admin Uji",
        )
        test.step(
            tr(QT_TRANSLATE_NOOP("SelfTest", "set up test site")), lambda: office.initialize(desk, setup)
        )
        test.step(
            tr(QT_TRANSLATE_NOOP("SelfTest", "load 20 sample cases")),
            lambda: demo.load_demo(desk, cases=20, seed=1),
        )
        desk = test.step(
            tr(QT_TRANSLATE_NOOP("SelfTest", "unlock the encrypted database")),
            lambda: _reopen(desk, setup),
        )
        context.desk = desk

        from ui.main_window import MainWindow

        window = test.step(
            tr(QT_TRANSLATE_NOOP("SelfTest", "open main window")), lambda: _open_window(context, MainWindow)
        )
        for index, view in enumerate(window.views):
            name = tr(QT_TRANSLATE_NOOP("SelfTest", "show view {view}")).format(view=view.title())
            test.step(name, functools.partial(_show_view, window, index))
        other = "en" if language != "en" else "id"
        # Both step names are worded before the switch: the report stays in one language.
        there = tr(QT_TRANSLATE_NOOP("SelfTest", "switch language to {language}")).format(
            language=LANGUAGE_NAMES[other]
        )
        back = tr(QT_TRANSLATE_NOOP("SelfTest", "switch language back to {language}")).format(
            language=LANGUAGE_NAMES[language]
        )
        test.step(there, lambda: _switch(context, window, other))
        test.step(
            back,
            lambda: _switch(context, window, language),
        )
        test.step(tr(QT_TRANSLATE_NOOP("SelfTest", "close main window")), lambda: _close(context, window))
    finally:
        desk.close()


def _reopen(desk: Any, setup: Any) -> Any:
    """Close the desk and open it again as a start does: locked, then unlocked by signing in
    (SQLCipher and the key file, in the packaged program too)."""
    from app.services import accounts
    from app.services.desk import open_desk

    desk.close()
    again = open_desk(desk.config)
    if not again.locked:
        raise RuntimeError("the database was not encrypted")
    accounts.sign_in(again, setup.admin_username, setup.admin_password)
    return again


def _open_wizard(context: Any) -> None:
    from ui.dialogs.setup_wizard import SetupWizard

    wizard = SetupWizard(context)
    wizard.show()
    _settle()
    if not wizard.isVisible():
        raise RuntimeError("the setup wizard did not show")
    wizard.close()
    wizard.deleteLater()


def _open_window(context: Any, window_class: Any) -> Any:
    window = window_class(context)
    window.show()
    _settle()
    if not window.isVisible():
        raise RuntimeError("the main window did not show")
    return window


def _show_view(window: Any, index: int) -> None:
    window.show_view(index)
    _settle()
    view = window.views[index]
    if not view.isVisible():
        raise RuntimeError(f"{type(view).__name__} did not show")


def _switch(context: Any, window: Any, language: str) -> None:
    context.set_language(language)
    _settle()
    if context.language() != language:
        raise RuntimeError(f"the language is still {context.language()}")


def _close(context: Any, window: Any) -> None:
    window.close()
    if not context.tasks.wait(10_000):
        raise RuntimeError("background work did not finish")

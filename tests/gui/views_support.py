"""A UiContext over a test desk for driving the views without the main window."""

from __future__ import annotations

import atexit
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.desk import Desk
from ui import i18n
from ui.context import UiContext
from ui.events import ChangeBus
from ui.tasks import TaskRunner
from ui.views.base import View


def settle(qtbot: QtBot, context: UiContext, *, quiet_ms: int = 120, timeout: int = 20_000) -> None:
    """Let background reads and writes finish and the change bus deliver: the bus merges bursts
    with a 50 ms timer, so wait `quiet_ms` (longer where a view debounces its filter) and again."""
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=timeout)
    qtbot.wait(quiet_ms)
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=timeout)


@dataclass
class Harness:
    context: UiContext
    errors: list[BaseException] = field(default_factory=list)
    languages_chosen: list[str] = field(default_factory=list)
    language: str = "en"


@contextmanager
def harness(desk: Desk) -> Iterator[Harness]:
    """The context a view is given; unexpected errors from background tasks are collected."""
    bus, errors = ChangeBus(), []
    tasks = TaskRunner(errors.append)
    state = Harness(context=None, errors=errors)  # type: ignore[arg-type]
    state.context = UiContext(
        desk=desk,
        bus=bus,
        tasks=tasks,
        set_language=state.languages_chosen.append,
        language=lambda: state.language,
    )
    try:
        yield state
    finally:
        tasks.wait()
        QApplication.processEvents()
    assert not errors, errors


def show_loaded(qtbot: QtBot, view: View) -> View:
    """Show `view` (which starts its refresh) and wait until its data arrived."""
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    wait_loaded(qtbot, view)
    return view


def wait_loaded(qtbot: QtBot, view: View) -> None:
    """Wait until the view's background reads finished (and were applied, or failed)."""
    qtbot.waitUntil(lambda: not view.context.tasks.busy, timeout=20_000)


TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_compiled: list[tempfile.TemporaryDirectory[str]] = []


def real_catalogues() -> Path:
    """The shipped catalogues (jejaring_*, qt_id), compiled from the .ts sources once per run."""
    if not _compiled:
        folder = tempfile.TemporaryDirectory(prefix="jejaring-translations-")
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        for ts in TRANSLATIONS.glob("*.ts"):
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(Path(folder.name) / f"{ts.stem}.qm")],
                check=True,
                capture_output=True,
            )
        _compiled.append(folder)
        atexit.register(folder.cleanup)
    return Path(_compiled[0].name)


def use_real_language(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """Install the shipped catalogues of `language` (English plurals, Indonesian texts) for one
    test; tests/gui/conftest.py puts its small test catalogue back afterwards."""
    folder = real_catalogues()
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    app = QApplication.instance()
    assert app is not None
    i18n.install_translators(app, language)


@contextmanager
def second_desk(desk: Desk, role: str) -> Iterator[Desk]:
    """Budi's desk: another PC on the same database (an office server in the PostgreSQL leg),
    his account made by the administrator of `desk` and signed in."""
    from app.config import load_config
    from app.services import accounts
    from app.services.desk import open_desk

    accounts.add_account(desk, "budi", role, "Sawah-Padi-2026", full_name="Budi Santoso")
    other = open_desk(load_config(desk.config.data_dir.parent / "budi-desk", desk.config.database_url))
    try:
        accounts.sign_in(other, "budi", "Sawah-Padi-2026")
        yield other
    finally:
        other.close()

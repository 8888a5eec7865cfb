"""Real windows, offscreen, with settings in a temporary folder and English as the start language.

A small Indonesian catalogue is compiled for the session (a few menu and wizard texts), so that
language tests see texts change whether or not the real catalogues have been built.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.services.desk import Desk
from ui import i18n, qt_fixes
from ui.application import build_context
from ui.context import UiContext

# The offscreen platform's screen is 800x800 unless told otherwise: give it an office monitor's.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

qt_fixes.apply()  # before any signal is emitted (see ui/qt_fixes.py)

#: (context, source, Indonesian) of the test catalogue.
TEST_CATALOGUE = (
    ("MainWindow", "&File", "&Berkas"),
    ("MainWindow", "&View", "&Tampilan"),
    ("MainWindow", "&Help", "&Bantuan"),
    ("SetupWizard", "Set up Jejaring", "Penyiapan Jejaring"),
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.fixture(scope="session")
def catalogue_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    contexts: dict[str, list[str]] = {}
    for context, source, translation in TEST_CATALOGUE:
        contexts.setdefault(context, []).append(
            f"<message><source>{_escape(source)}</source>"
            f"<translation>{_escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>" for name, messages in contexts.items()
    )
    ts = folder / "jejaring_id.ts"
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="id_ID">'
    ts.write_text(f"{header}{body}</TS>\n", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(folder / "jejaring_id.qm")],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(autouse=True)
def isolated_ui(
    qapp: QApplication, tmp_path: Path, catalogue_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Settings in tmp_path/settings, the test catalogue, English at the start of every test."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    monkeypatch.setattr(i18n, "translations_dir", lambda: catalogue_dir)
    i18n.install_translators(qapp, "en")
    yield folder
    i18n.install_translators(qapp, "en")


@pytest.fixture
def unexpected() -> Iterator[list[BaseException]]:
    """Errors that background tasks handed to the unexpected-error handler: none allowed."""
    errors: list[BaseException] = []
    yield errors
    assert not errors, errors


@pytest.fixture
def make_context(unexpected: list[BaseException]) -> Iterator[Callable[[Desk], UiContext]]:
    made: list[UiContext] = []

    def make(desk: Desk) -> UiContext:
        context = build_context(desk, unexpected.append)
        made.append(context)
        return context

    yield make
    for context in made:
        context.tasks.wait()


@pytest.fixture
def ui_context(make_context: Callable[[Desk], UiContext], demo_desk: Desk) -> UiContext:
    return make_context(demo_desk)


@pytest.fixture
def main_window(qtbot, ui_context: UiContext) -> Iterator:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    ui_context.tasks.wait()

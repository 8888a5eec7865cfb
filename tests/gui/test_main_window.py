"""The main window: navigation, shortcuts, status bar, language switch, saved state, backup."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app import __version__
from ui import i18n
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.views import VIEW_CLASSES, VIEWS


def test_every_view_is_reached_by_clicking_the_navigation(qtbot, main_window: MainWindow) -> None:
    navigation = main_window.navigation
    assert navigation.count() == len(VIEW_CLASSES)
    for index in reversed(range(navigation.count())):
        rect = navigation.visualItemRect(navigation.item(index))
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        view = main_window.views[index]
        assert main_window.stack.currentWidget() is view
        assert view.isVisible()
        assert navigation.item(index).text() == view.title()
        assert not navigation.item(index).icon().isNull()


def test_every_view_is_reached_by_its_shortcut(qtbot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    for index in (5, 3, 1, 0, 2, 4):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert main_window.stack.currentIndex() == index
        assert main_window.navigation.currentRow() == index
        assert main_window.view_actions.actions()[index].isChecked()


def test_status_bar_shows_site_officer_and_database(main_window: MainWindow, ui_context: UiContext) -> None:
    text = {name: main_window.findChild(QLabel, name).text() for name in ("statusSite", "statusOfficer")}
    assert "KBRI-KUL" in text["statusSite"] and "KBRI Kuala Lumpur" in text["statusSite"]
    assert "Siti Rahmawati" in text["statusOfficer"] and "Administrator" in text["statusOfficer"]
    database = main_window.findChild(QLabel, "statusDatabase")
    assert ui_context.desk.config.database_label in database.toolTip()
    assert "KBRI-KUL" in main_window.windowTitle()


def test_language_switch_rebuilds_texts_in_place(main_window: MainWindow, ui_context: UiContext) -> None:
    english = [main_window.file_menu.title(), main_window.view_menu.title(), main_window.help_menu.title()]
    assert english == ["&File", "&View", "&Help"]
    retranslated: list[str] = []
    for view in main_window.views:
        view.retranslate = (lambda original, name: lambda: (retranslated.append(name), original())[1])(
            view.retranslate, type(view).__name__
        )

    ui_context.set_language("id")
    assert ui_context.language() == "id"
    assert [main_window.file_menu.title(), main_window.view_menu.title(), main_window.help_menu.title()] == [
        "&Berkas",
        "&Tampilan",
        "&Bantuan",
    ]
    assert sorted(retranslated) == sorted(cls.__name__ for cls in VIEW_CLASSES)
    assert QSettings().value(i18n.LANGUAGE_KEY) == "id"
    checked = [a.data() for a in main_window.language_actions.actions() if a.isChecked()]
    assert checked == ["id"]

    english_action = next(a for a in main_window.language_actions.actions() if a.data() == "en")
    english_action.trigger()
    assert ui_context.language() == "en"
    assert main_window.file_menu.title() == "&File"
    for index, view in enumerate(main_window.views):
        assert main_window.navigation.item(index).text() == view.title()


def test_window_state_and_view_are_saved_and_restored(qtbot, main_window: MainWindow, ui_context) -> None:
    main_window.resize(1100, 700)
    main_window.show_view(2)
    main_window.close()
    settings = QSettings()
    assert settings.value("mainWindow/view") == "meetings"
    assert settings.value("mainWindow/geometry")
    assert settings.value("mainWindow/state")

    again = MainWindow(ui_context)
    qtbot.addWidget(again)
    assert again.stack.currentIndex() == 2
    assert again.size() == QSize(1100, 700)
    again.close()


def test_first_window_gets_the_default_size(main_window: MainWindow) -> None:
    screen = main_window.screen().availableGeometry().size()
    assert main_window.width() == min(1280, int(screen.width() * 0.95))
    assert main_window.minimumWidth() <= 1366 and main_window.minimumHeight() <= 700


def test_backup_writes_a_consistent_copy(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    from app.config import load_config
    from app.services import accounts, cases, encryption
    from app.services.desk import open_desk
    from tests.conftest import ADMIN_PASSWORD

    target = tmp_path / "copies" / "backup.jjb"
    main_window.back_up_to(target, "frasa sandi cadangan")
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "backup.jjb" in main_window.statusBar().currentMessage())
    assert b"SQLite format 3" not in target.read_bytes()  # encrypted
    restored = load_config(tmp_path / "restored")
    encryption.restore(restored, target, "frasa sandi cadangan")
    desk = open_desk(restored)
    try:
        accounts.sign_in(desk, "admin", ADMIN_PASSWORD)
        assert cases.count_cases(desk) == 40
    finally:
        desk.close()


def test_about_names_the_region_code_source(main_window: MainWindow) -> None:
    text = main_window.about_text()
    assert "Kepmendagri 300.2.2 Tahun 2025, via cahyadsn/wilayah (MIT)" in text
    assert __version__ in text


def test_frame_first_then_attach_builds_only_the_view_shown(qtbot, ui_context: UiContext) -> None:
    """Start-up paints the window before the database is open, then builds the view last shown
    only: the others are built (and their modules imported) on their first visit."""
    QSettings().setValue("mainWindow/view", "cases")
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(QLabel, "statusSite").text() == "Opening the database…"
    assert not window.backup_action.isEnabled()
    assert window._built == {}

    window.attach(ui_context)
    assert list(window._built) == [1]
    assert type(window.stack.currentWidget()).__name__ == "CasesView"
    assert window.navigation.currentRow() == 1 and window.backup_action.isEnabled()
    assert "KBRI-KUL" in window.findChild(QLabel, "statusSite").text()

    window.show_view(5)
    assert sorted(window._built) == [1, 5]
    assert window.stack.currentWidget() is window.view(5)
    assert window.stack.count() == len(VIEWS)
    window.close()


def test_window_module_imports_no_database_layer() -> None:
    """What the first paint needs must not import SQLAlchemy (a fresh interpreter proves it)."""
    code = (
        "import sys; import ui.application, ui.main_window; "
        "sys.exit(1 if 'sqlalchemy' in sys.modules or 'app.models' in sys.modules else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

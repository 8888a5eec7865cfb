"""Two desks write the minutes of one meeting: typing survives the window's refresh when the
other desk saves, and saving an item the other desk saved meanwhile shows both texts to choose."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services import minutes
from app.services.desk import Desk
from tests.gui.views_support import second_desk, settle
from tests.unit.test_minutes_edit_conflicts import a_meeting
from ui.context import UiContext
from ui.dialogs.edit_conflict import EditConflictDialog
from ui.views.meeting_parts import meeting_window

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_meeting_windows() -> Iterator[None]:
    yield
    for window in meeting_window.open_windows():
        window._leaving = True  # teardown: never ask
        window.close()
    QApplication.processEvents()


@pytest.fixture
def other(ui_context: UiContext) -> Iterator[Desk]:
    with second_desk(ui_context.desk, "secretariat") as desk:
        yield desk


@pytest.mark.parametrize("keep_mine", [False, True])
def test_the_same_item_saved_meanwhile_offers_theirs_or_mine(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    other: Desk,
    keep_mine: bool,
) -> None:
    meeting, first, second = a_meeting(ui_context.desk)
    window = meeting_window.open_meeting(ui_context, meeting)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    settle(qtbot, ui_context)
    window.tabs.setCurrentIndex(2)
    window.minute_items.setCurrentRow(0)
    qtbot.keyClicks(window.discussion, "Majikan tidak menjawab")

    # Budi saves both items at his desk; this window refreshes (as the change poll makes it)
    theirs = minutes.meeting_record(other, meeting)
    minutes.write_minutes(
        other,
        meeting,
        {first: "BP2MI menghubungi majikan", second: "Dirujuk ke rumah sakit"},
        base_version=theirs.version,
        changed={first, second},
    )
    window.refresh()
    settle(qtbot, ui_context)
    assert window.discussion.toPlainText() == "Majikan tidak menjawab"  # the typing survives
    assert window.drafts[second] == "Dirujuk ke rumah sakit"  # his other item is shown

    qtbot.mouseClick(window.save_minutes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.conflict_dialog is not None, timeout=10_000)
    chooser = window.conflict_dialog
    assert isinstance(chooser, EditConflictDialog)
    qtbot.waitExposed(chooser)
    [key] = chooser.keep
    assert chooser.theirs[key].text() == "BP2MI menghubungi majikan (by budi)"
    assert chooser.keep[key].text() == "Majikan tidak menjawab"
    chooser.grab().save("/tmp/jejaring-minutes-conflict.png")
    chooser.keep[key].setChecked(keep_mine)
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    saved = [i.discussion for i in minutes.meeting_record(other, meeting).agenda]
    assert saved == [
        "Majikan tidak menjawab" if keep_mine else "BP2MI menghubungi majikan",
        "Dirujuk ke rumah sakit",
    ]
    assert window.discussion.toPlainText() == saved[0]
    assert not window._unsaved_minutes()

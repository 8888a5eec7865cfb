"""Closing a meeting window with minutes typed but not saved asks first: Cancel keeps the window
and the text, Discard closes it and saves nothing, Save saves the minutes and then closes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import meetings, minutes, reference
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.views.meeting_parts import meeting_window
from ui.views.meeting_parts.meeting_window import MeetingWindow

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_meeting_windows() -> Iterator[None]:
    yield
    for window in meeting_window.open_windows():
        window._leaving = True  # teardown: never ask
        window.close()
    QApplication.processEvents()


def answer_with(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the question the window asks (it is modal: answer it from the event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        box.button(button).click()

    QTimer.singleShot(0, click)


def a_meeting(ui_context: UiContext) -> tuple[object, object]:
    desk = ui_context.desk
    admin = next(o for o in reference.officers(desk) if o.username == "admin")
    forum = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code="SATGAS-KL",
            name="Satgas Pelindungan PMI Kuala Lumpur",
            host_site="KBRI-KUL",
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=date(2026, 1, 1),
            start_time=time(10, 0),
            timezone="Asia/Kuala_Lumpur",
            chair_officer_id=admin.id,
            members=("KBRI-KUL", "BP2MI"),
        ),
    )
    meeting = meetings.schedule_meeting(
        desk, meetings.MeetingInput(forum.id, date(2026, 3, 4), time(10), time(11))
    )
    item = minutes.add_agenda_item(desk, meeting, "Gaji PMI yang belum dibayar")
    return meeting, item


def open_and_type(qtbot: QtBot, ui_context: UiContext, meeting: object, text: str) -> MeetingWindow:
    window = meeting_window.open_meeting(ui_context, meeting)  # type: ignore[arg-type]
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    settle(qtbot, ui_context)
    window.tabs.setCurrentIndex(2)
    window.minute_items.setCurrentRow(0)
    qtbot.keyClicks(window.discussion, text)
    return window


def discussion(ui_context: UiContext, meeting: object) -> str:
    return minutes.meeting_record(ui_context.desk, meeting).agenda[0].discussion  # type: ignore[arg-type]


def test_closing_with_unsaved_minutes_asks_save_discard_or_cancel(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
) -> None:
    meeting, _item = a_meeting(ui_context)
    window = open_and_type(qtbot, ui_context, meeting, "BP2MI menghubungi majikan")

    seen: list[str] = []
    answer_with(QMessageBox.StandardButton.Cancel, seen)
    window.close()
    assert seen[0] == "The minutes have changes that are not saved."
    assert sorted(seen[1:]) == ["Cancel", "Discard", "Save"]
    assert window.isVisible() and window.discussion.toPlainText() == "BP2MI menghubungi majikan"
    assert discussion(ui_context, meeting) == ""

    answer_with(QMessageBox.StandardButton.Save, seen)
    window.close()
    settle(qtbot, ui_context)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=5_000)
    assert discussion(ui_context, meeting) == "BP2MI menghubungi majikan"

    window = open_and_type(qtbot, ui_context, meeting, "; tanpa hasil")
    seen.clear()
    answer_with(QMessageBox.StandardButton.Discard, seen)
    window.close()
    assert seen  # asked
    settle(qtbot, ui_context)
    assert not shiboken6.isValid(window) or not window.isVisible()
    assert discussion(ui_context, meeting) == "BP2MI menghubungi majikan"  # the addition is not saved

    window = open_and_type(qtbot, ui_context, meeting, "")  # nothing typed: closes without asking
    seen.clear()
    window.close()
    assert not seen and (not shiboken6.isValid(window) or not window.isVisible())

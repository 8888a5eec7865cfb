"""A coordination forum's life through the real main window (issue 4, "Done when"): create a forum
with a monthly cadence and see its planned date skip Idul Fitri, build an agenda that pulls in an
open action item and an overdue case, take attendance, write minutes, record a decision with two
action items (refused first without an owner, nothing saved), close the minutes, and find the
undone action on the next meeting's agenda.

Dates: the desk is KBRI Kuala Lumpur. The forum meets on the third Friday of the month; Friday 20
March 2026 and the days after it (to Monday 23 March) are Hari Raya Aidilfitri holidays in
Malaysia, so the March meeting is held on Tuesday 24 March.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import ActionItem, Decision, Forum
from app.services import cases, meetings, minutes
from app.services.minutes import ActionInput
from app.services.workers import WorkerInput
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.views.case_parts.dialogs import ReasonDialog
from ui.views.meeting_parts import meeting_window
from ui.views.meeting_parts.dialogs import DecisionDialog
from ui.views.meeting_parts.forum_dialog import ForumDialog
from ui.views.meeting_parts.meeting_window import MeetingWindow
from ui.views.meetings import MeetingsView

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture(autouse=True)
def close_meeting_windows() -> Iterator[None]:
    yield
    for window in meeting_window.open_windows():
        window.close()
    QApplication.processEvents()


def settle(qtbot: QtBot, context: UiContext) -> None:
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)
    qtbot.wait(120)  # the change bus merges bursts with a 50 ms timer
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def row_of(table: QTableWidget, key: object) -> int:
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == str(key):
            return row
    raise AssertionError(f"{key} is not in the table")


def column_texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def open_from_list(qtbot: QtBot, view: MeetingsView, meeting_id: object) -> MeetingWindow:
    view.tabs.setCurrentIndex(1)
    view.meeting_list.selectRow(row_of(view.meeting_list, meeting_id))
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    [window] = [w for w in meeting_window.open_windows() if w.meeting_id == meeting_id]
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    settle(qtbot, view.context)
    return window


def test_a_forum_meets_decides_and_follows_up(qtbot: QtBot, main_window, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    context, desk = ui_context, ui_context.desk
    clock = Clock(date(2026, 3, 2))
    context.today = clock
    # a wage case reported a month ago: its verification step is long past due
    overdue = cases.open_case(
        desk,
        WorkerInput(full_name="Sri Wahyuni", sex="F", destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=date(2026, 2, 2), country="MY"),
        today=date(2026, 2, 2),
    ).number

    view = next(v for v in main_window.views if isinstance(v, MeetingsView))
    main_window.navigation.setCurrentRow(main_window.views.index(view))
    qtbot.waitUntil(lambda: view.isVisible() and view.data is not None, timeout=10_000)

    # 1. A new forum, monthly on the third Friday: the preview says March's date moves.
    qtbot.mouseClick(view.new_forum_button, Qt.MouseButton.LeftButton)
    [dialog] = view.findChildren(ForumDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, "SATGAS-KL")
    qtbot.keyClicks(dialog.name, "Satgas Pelindungan PMI Kuala Lumpur")
    dialog.starts_on.setText("2026-03-01")
    dialog.starts_on.editingFinished.emit()
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("monthly_weekday"))
    dialog.ordinal.setCurrentIndex(dialog.ordinal.findData(3))
    dialog.weekday.setCurrentIndex(dialog.weekday.findData("FR"))
    assert dialog.rrule.text() == "FREQ=MONTHLY;BYDAY=3FR"
    qtbot.waitUntil(lambda: dialog.cadence_words.text() == "every third Friday of the month", timeout=5_000)
    qtbot.waitUntil(
        lambda: (
            "24 March 2026 (moved from Friday, 20 March 2026: not a working day)" in dialog.preview.text()
        ),
        timeout=5_000,
    )
    dialog.start_time.setTime(dialog.start_time.time().fromString("10:00", "HH:mm"))
    dialog.members.set_checked(["KBRI-KUL", "BP2MI", "KEMNAKER"])
    dialog.chair.set_current_key(str(meetings.officer_by_username(desk, "admin")))

    # a rule that never occurs is refused at its field, and nothing is saved
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("custom"))
    dialog.rrule.setText("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "rrule" in dialog.visible_errors(), timeout=10_000)
    assert dialog.visible_errors()["rrule"] == (
        "This recurrence rule never gives a date: check the days and months it names."
    )
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(Forum).where(Forum.code == "SATGAS-KL")) == 0
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("monthly_weekday"))
    assert dialog.rrule.text() == "FREQ=MONTHLY;BYDAY=3FR"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(qtbot, dialog)
    settle(qtbot, context)

    # 2. Plan the meetings: March's is on Tuesday 24 March, marked as moved.
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    forum_id = meetings.forum_by_code(desk, "SATGAS-KL")
    march, april, may = meetings.list_meetings(desk, forum_id=forum_id)
    assert [m.local_start.date() for m in (march, april, may)] == [
        date(2026, 3, 24),
        date(2026, 4, 17),
        date(2026, 5, 15),
    ]
    assert march.occurrence == date(2026, 3, 20) and march.local_start.time() == time(10, 0)
    view.tabs.setCurrentIndex(1)
    row = row_of(view.meeting_list, march.id)
    assert view.meeting_list.item(row, 0).text().endswith("*")
    assert "Moved from Friday, 20 March 2026" in view.meeting_list.item(row, 0).toolTip()

    # An earlier, extra meeting of the forum left an action open (recorded through the services).
    kickoff = meetings.schedule_meeting(
        desk, meetings.MeetingInput(forum_id, date(2026, 3, 4), time(10), time(11))
    )
    for person in minutes.meeting_record(desk, kickoff).invitees:
        minutes.mark_attendance(desk, person.id, "present")
    minutes.add_action(
        desk, kickoff, ActionInput("Kirim data PMI yang belum menerima gaji", "BP2MI", date(2026, 3, 13))
    )
    minutes.close_minutes(desk, kickoff, today=date(2026, 3, 4))
    context.bus.announce()
    clock.today = date(2026, 3, 24)
    settle(qtbot, context)

    # 3. The meeting window: the kick-off's open action was carried here when its minutes closed;
    # building the agenda in one click adds the cases past their protocol deadline (not it again).
    window = open_from_list(qtbot, view, march.id)
    assert column_texts(window.agenda, 1) == ["Kirim data PMI yang belum menerima gaji"]
    qtbot.mouseClick(window.agenda_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    assert window.message.text().startswith("Added to the agenda: 0 open action items,")
    reasons = dict(zip(column_texts(window.agenda, 1), column_texts(window.agenda, 2), strict=True))
    assert reasons["Kirim data PMI yang belum menerima gaji"] == "Open action item"
    assert overdue in column_texts(window.agenda, 3)
    assert reasons[next(t for t in reasons if t.startswith(overdue))] == "Protocol deadline passed"

    # 4. Attendance: BP2MI sends a representative, KEMNAKER does not come.
    window.tabs.setCurrentIndex(1)
    for row in range(window.attendance.rowCount()):
        agency = window.attendance.item(row, 0).text()
        combo = window.attendance.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        status = {"BP2MI": "represented", "KEMNAKER": "absent"}.get(agency, "present")
        combo.setCurrentIndex(combo.findData(status))
        if status == "represented":
            window.attendance.item(row, 4).setText("Rina, staf BP3MI")
    qtbot.mouseClick(window.save_attendance_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    assert window.message.text() == "Attendance saved."

    # 5. Minutes under the first agenda item.
    window.tabs.setCurrentIndex(2)
    window.minute_items.setCurrentRow(0)
    qtbot.keyClicks(window.discussion, "BP2MI sudah mengirim sebagian data; sisanya minggu depan.")
    qtbot.mouseClick(window.save_minutes_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)

    # 6. A decision with two action items; first without an owner: refused, nothing saved.
    window.tabs.setCurrentIndex(3)
    qtbot.mouseClick(window.decision_button, Qt.MouseButton.LeftButton)
    decision = window.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.waitExposed(decision)
    qtbot.keyClicks(decision.decision, "Gaji Sri Wahyuni diselesaikan melalui mediasi dengan majikan.")
    first, second = decision.rows
    qtbot.keyClicks(first.what, "Undang majikan untuk mediasi")
    first.due.setText("2026-04-03")
    qtbot.keyClicks(first.case_number, overdue)
    qtbot.keyClicks(second.what, "Kirim kronologi kasus ke BP2MI")
    second.owner.set_current_key("KEMNAKER")
    second.due.setText("2026-03-31")
    press_ok(qtbot, decision)
    qtbot.waitUntil(lambda: "" in decision.visible_errors(), timeout=10_000)
    assert decision.visible_errors()[""] == "An action item needs an owner: the agency that does it."
    with desk.read() as session:
        assert (
            session.scalar(select(func.count()).select_from(Decision).where(Decision.meeting_id == march.id))
            == 0
        )
        assert (
            session.scalar(
                select(func.count()).select_from(ActionItem).where(ActionItem.meeting_id == march.id)
            )
            == 0
        )
    first.owner.set_current_key("KBRI-KUL")
    with qtbot.waitSignal(decision.accepted, timeout=10_000):
        press_ok(qtbot, decision)
    settle(qtbot, context)
    assert [window.decisions.item(i).text() for i in range(window.decisions.count())] == [
        "1. Gaji Sri Wahyuni diselesaikan melalui mediasi dengan majikan."
    ]
    assert sorted(column_texts(window.actions, 0)) == [
        "Kirim kronologi kasus ke BP2MI",
        "Undang majikan untuk mediasi",
    ]

    # KEMNAKER's action is done, with its evidence
    window.actions.selectRow(column_texts(window.actions, 0).index("Kirim kronologi kasus ke BP2MI"))
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    done = window.dialog
    assert isinstance(done, ReasonDialog)
    qtbot.keyClicks(done.reason, "Surat B-21/KEMNAKER/03/2026")
    with qtbot.waitSignal(done.accepted, timeout=10_000):
        press_ok(qtbot, done)
    settle(qtbot, context)
    statuses = dict(zip(column_texts(window.actions, 0), column_texts(window.actions, 4), strict=True))
    assert statuses == {
        "Kirim kronologi kasus ke BP2MI": "Done on time",
        "Undang majikan untuk mediasi": "Open",
    }

    # 7. Close the minutes: they lock.
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    assert window.status.text() == "Held · minutes closed"
    assert not window.decision_button.isEnabled() and window.discussion.isReadOnly()
    assert window.addendum_button.isEnabled()
    record = minutes.meeting_record(desk, march.id)
    assert record.agenda[0].discussion == "BP2MI sudah mengirim sebagian data; sisanya minggu depan."
    assert {a.agency_code: a.status for a in record.invitees} == {
        "BP2MI": "represented",
        "KBRI-KUL": "present",
        "KEMNAKER": "absent",
    }

    # 8. The next meeting's agenda carries the undone actions, not the done one.
    following = open_from_list(qtbot, view, april.id)
    carried = dict(zip(column_texts(following.agenda, 1), column_texts(following.agenda, 2), strict=True))
    assert carried == {
        "Kirim data PMI yang belum menerima gaji": "Open action item",
        "Undang majikan untuk mediasi": "Open action item",
    }

    # 9. The owner sees it in the actions list, next to its case tasks.
    view.tabs.setCurrentIndex(2)
    view.agency_filter.setCurrentIndex(view.agency_filter.findData("KBRI-KUL"))
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    settle(qtbot, context)
    assert "Undang majikan untuk mediasi" in column_texts(view.action_list, 1)
    assert set(column_texts(view.action_list, 2)) == {"KBRI-KUL"}
    assert "Kirim kronologi kasus ke BP2MI" not in column_texts(view.action_list, 1)  # done
    view.with_tasks.setChecked(True)
    settle(qtbot, context)
    kinds = set(column_texts(view.action_list, 0))
    assert kinds == {"Meeting action", "Case task"}

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
from tests.gui.views_support import settle
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


def test_the_secretariat_moves_cancels_and_sends_the_calendar_file(  # type: ignore[no-untyped-def]
    qtbot: QtBot, main_window, ui_context: UiContext, tmp_path
) -> None:
    from icalendar import Calendar

    from ui.views.meeting_parts.dialogs import MoveDialog, ScheduleDialog

    context, desk = ui_context, ui_context.desk
    context.today = Clock(date(2026, 3, 2))
    forum = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code="TF-KL",
            name="Task force Kuala Lumpur",
            host_site="KBRI-KUL",
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=date(2026, 3, 1),
            start_time=time(9),
            timezone="Asia/Kuala_Lumpur",
            members=("KBRI-KUL", "BP2MI"),
        ),
    )
    meetings.generate_meetings(desk, months=2, today=date(2026, 3, 2), forum_id=forum.id)
    march, april = meetings.list_meetings(desk, forum_id=forum.id)
    view = next(v for v in main_window.views if isinstance(v, MeetingsView))
    main_window.navigation.setCurrentRow(main_window.views.index(view))
    qtbot.waitUntil(lambda: view.data is not None and len(view.data.meetings) >= 2, timeout=10_000)
    window = open_from_list(qtbot, view, march.id)
    assert window.when.text().startswith("Tuesday, 10 March 2026 · 09:00–11:00 Asia/Kuala_Lumpur")

    # an end before the start is refused at its field and nothing moves
    qtbot.mouseClick(window.move_button, Qt.MouseButton.LeftButton)
    move = window.dialog
    assert isinstance(move, MoveDialog)
    move.day.setText("2026-03-12")
    move.start.setTime(move.start.time().fromString("14:00", "HH:mm"))
    move.end.setTime(move.end.time().fromString("13:00", "HH:mm"))
    qtbot.keyClicks(move.reason, "Ketua rapat bertugas ke Johor Bahru")
    press_ok(qtbot, move)
    qtbot.waitUntil(lambda: "end_time" in move.visible_errors(), timeout=10_000)
    assert move.visible_errors()["end_time"] == "A meeting ends after it starts."
    assert meetings.list_meetings(desk, forum_id=forum.id)[0].local_start.day == 10
    move.end.setTime(move.end.time().fromString("16:00", "HH:mm"))
    with qtbot.waitSignal(move.accepted, timeout=10_000):
        press_ok(qtbot, move)
    settle(qtbot, context)
    assert window.status.text() == "Postponed — Ketua rapat bertugas ke Johor Bahru"
    assert window.when.text().startswith("Thursday, 12 March 2026 · 14:00–16:00")

    # the calendar file reads back in a standard parser
    target = tmp_path / "rapat.ics"
    window.write_ics(target)
    settle(qtbot, context)
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").isoformat() == "2026-03-12T14:00:00+08:00"
    assert str(event["summary"]) == "Task force Kuala Lumpur"

    # an extra meeting outside the cadence, from the view
    qtbot.mouseClick(view.extra_button, Qt.MouseButton.LeftButton)
    [extra] = view.findChildren(ScheduleDialog)
    extra.forum.setCurrentIndex(extra.forum.findData(str(forum.id)))
    extra.day.setText("2026-03-19")
    with qtbot.waitSignal(extra.accepted, timeout=10_000):
        press_ok(qtbot, extra)
    settle(qtbot, context)
    added = [m for m in meetings.list_meetings(desk, forum_id=forum.id) if m.occurrence is None]
    assert [(m.local_start.date(), m.local_start.hour, m.status) for m in added] == [
        (date(2026, 3, 19), 9, "planned")
    ]

    # April is cancelled with a reason; its window offers no more changes
    second = open_from_list(qtbot, view, april.id)
    qtbot.mouseClick(second.cancel_button, Qt.MouseButton.LeftButton)
    cancel = second.dialog
    assert isinstance(cancel, ReasonDialog)
    press_ok(qtbot, cancel)
    qtbot.waitUntil(lambda: bool(cancel.visible_errors()), timeout=10_000)
    assert list(cancel.visible_errors().values()) == ["Say why the meeting is cancelled."]
    qtbot.keyClicks(cancel.reason, "Digabung dengan rapat nasional")
    with qtbot.waitSignal(cancel.accepted, timeout=10_000):
        press_ok(qtbot, cancel)
    settle(qtbot, context)
    assert second.status.text() == "Cancelled — Digabung dengan rapat nasional"
    assert not second.agenda_button.isEnabled() and not second.move_button.isEnabled()
    view.tabs.setCurrentIndex(1)
    row = row_of(view.meeting_list, april.id)
    assert view.meeting_list.item(row, 4).text() == "Cancelled"


def test_the_forum_editor_speaks_indonesian(  # type: ignore[no-untyped-def]
    qtbot: QtBot, ui_context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gui.views_support import use_real_language

    use_real_language(monkeypatch, "id")
    ui_context.language = lambda: "id"
    ui_context.today = Clock(date(2026, 3, 2))
    dialog = ForumDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.starts_on.setText("2026-03-01")
    dialog.ordinal.setCurrentIndex(dialog.ordinal.findData(3))
    dialog.weekday.setCurrentIndex(dialog.weekday.findData("FR"))
    qtbot.waitUntil(lambda: dialog.cadence_words.text() == "setiap Jumat ketiga setiap bulan", timeout=5_000)
    qtbot.waitUntil(lambda: "dipindahkan dari" in dialog.preview.text(), timeout=5_000)
    assert dialog.preview.text().startswith(
        "Rapat berikutnya: Selasa, 24 Maret 2026 (dipindahkan dari Jumat, 20 Maret 2026"
    )
    assert dialog.windowTitle() == "Forum baru"
    assert dialog.weekday.currentText() == "Jumat"
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("custom"))
    dialog.rrule.setText("FREQ=DAILY")
    dialog.rrule.textEdited.emit("FREQ=DAILY")
    qtbot.waitUntil(lambda: dialog.preview.text().startswith("Forum bertemu mingguan"), timeout=5_000)
    dialog.close()

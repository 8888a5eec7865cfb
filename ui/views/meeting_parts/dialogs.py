"""Dialogs of a meeting: move it, add an agenda item or a participant, record a decision with its
action items. Each saves on the writer thread and shows a refusal at its field; nothing is saved
when one is refused."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time
from functools import partial
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from app.errors import ValidationError
from app.services import meetings, minutes, reference
from app.services.meeting_dto import MeetingRow
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.views.case_parts.case_form import agency_text, typed_agency
from ui.views.case_parts.dialogs import text_box
from ui.views.case_parts.worker_form import NOT_A_DATE
from ui.widgets.fields import DateField
from ui.widgets.search_combo import SearchCombo

MEETING_CHANGES = frozenset(
    {"meeting", "agenda_item", "attendance", "decision", "action_item", "minutes_addendum", "case_file"}
)


def _raise(error: Exception) -> Any:
    raise error


def _date(field: DateField, name: str) -> Any:
    try:
        return field.value()
    except ValueError:
        raise ValidationError(NOT_A_DATE, field=name, value=field.text().strip()) from None


def time_edit(parent: QWidget, value: time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def agency_combo(context: UiContext, parent: QWidget, *, blank: bool = False) -> SearchCombo:
    combo = SearchCombo(parent)
    entries = [(a.code, agency_text(a)) for a in reference.agencies(context.desk, include_inactive=False)]
    combo.set_entries([("", ""), *entries] if blank else entries)
    combo.set_current_key("" if blank else None)
    return combo


class MoveDialog(FormDialog):
    changes = MEETING_CHANGES

    def __init__(self, context: UiContext, meeting: MeetingRow, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.meeting = meeting
        self.day = DateField(self)
        self.day.set_value(meeting.local_start.date())
        self.start = time_edit(self, meeting.local_start.time())
        self.end = time_edit(self, meeting.local_end.time())
        self.reason = text_box(self, 3)
        for name, widget in (
            ("day", self.day),
            ("start_time", self.start),
            ("end_time", self.end),
            ("reason", self.reason),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Move the meeting"))
        self.captions["day"].setText(self.tr("New &date"))
        self.captions["start_time"].setText(self.tr("&Starts"))
        self.captions["end_time"].setText(self.tr("&Ends"))
        self.captions["reason"].setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("Why the meeting moves (it is recorded and shown)"))
        self.day.retranslate()

    def call(self) -> Callable[[], Any]:
        try:
            day = _date(self.day, "day")
        except ValidationError as error:
            return partial(_raise, error)
        if day is None:
            return partial(_raise, ValidationError(NOT_A_DATE, field="day", value=""))
        return partial(
            meetings.move_meeting,
            self.context.desk,
            self.meeting.id,
            day,
            _time(self.start),
            _time(self.end),
            self.reason.toPlainText(),
        )


class AgendaItemDialog(FormDialog):
    changes = MEETING_CHANGES

    def __init__(self, context: UiContext, meeting_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self.title = QLineEdit(self)
        self.case_number = QLineEdit(self)
        self.letter = QLineEdit(self)
        self.add_field("title", self.title)
        self.add_field("case", self.case_number)
        self.add_field("letter", self.letter)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Add an agenda item"))
        self.captions["title"].setText(self.tr("&Item"))
        self.captions["case"].setText(self.tr("About &case"))
        self.case_number.setPlaceholderText(self.tr("optional: the case number"))
        self.captions["letter"].setText(self.tr("About &letter"))
        self.letter.setPlaceholderText(self.tr("optional: the letter's number or agenda number"))

    def call(self) -> Callable[[], Any]:
        return partial(
            minutes.add_agenda_item,
            self.context.desk,
            self.meeting_id,
            self.title.text(),
            case_number=self.case_number.text().strip() or None,
            letter=self.letter.text().strip() or None,
        )


class AttendeeDialog(FormDialog):
    changes = MEETING_CHANGES

    def __init__(self, context: UiContext, meeting_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self.agency = agency_combo(context, self)
        self.name = QLineEdit(self)
        self.position = QLineEdit(self)
        for name, widget in (("agency", self.agency), ("name", self.name), ("position", self.position)):
            self.add_field(name, widget)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Add a participant"))
        self.captions["agency"].setText(self.tr("&Agency"))
        self.captions["name"].setText(self.tr("&Name"))
        self.captions["position"].setText(self.tr("&Position"))

    def call(self) -> Callable[[], Any]:
        return partial(
            minutes.add_attendee,
            self.context.desk,
            self.meeting_id,
            agency=typed_agency(self.agency) or "",
            name=self.name.text(),
            position=self.position.text(),
        )


class ActionRow:
    """One action item being written in the decision dialog."""

    def __init__(self, context: UiContext, parent: QWidget) -> None:
        self.what = QLineEdit(parent)
        self.owner = agency_combo(context, parent, blank=True)
        self.officer = SearchCombo(parent)
        self.officer.set_entries(
            [
                ("", ""),
                *(
                    (str(o.id), f"{o.full_name} — {o.agency_code}")
                    for o in reference.officers(context.desk)
                    if o.active
                ),
            ]
        )
        self.officer.set_current_key("")
        self.due = DateField(parent)
        self.due.retranslate()
        self.case_number = QLineEdit(parent)

    def empty(self) -> bool:
        return not self.what.text().strip() and not (typed_agency(self.owner) or "")

    def value(self) -> minutes.ActionInput:
        key = self.officer.current_key()
        return minutes.ActionInput(
            what=self.what.text(),
            owner_agency=typed_agency(self.owner) or "",
            due_on=_date(self.due, "due_on"),
            owner_officer_id=uuid.UUID(key) if key else None,
            case_number=self.case_number.text().strip() or None,
        )


class DecisionDialog(FormDialog):
    """A decision and the action items that carry it out (what, owner, due date, linked case)."""

    changes = MEETING_CHANGES

    def __init__(self, context: UiContext, meeting_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self.decision = text_box(self, 3)
        self.add_field("decision", self.decision)
        holder = QWidget(self)
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.headers = [QLabel(holder) for _ in range(5)]
        for column, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.rows: list[ActionRow] = []
        self.add_field("actions", holder)
        self.more = QPushButton(self)
        self.more.clicked.connect(self.add_row)
        self.form.addRow("", self.more)
        self.add_row()
        self.add_row()
        self.setMinimumWidth(980)
        self.setWindowTitle(self.tr("Record a decision"))
        self.captions["decision"].setText(self.tr("&Decision"))
        self.captions["actions"].setText(self.tr("Action items"))
        for label, text in zip(
            self.headers,
            (
                self.tr("What is to be done"),
                self.tr("Owner agency"),
                self.tr("Officer"),
                self.tr("Due"),
                self.tr("Case"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.more.setText(self.tr("Another action item"))

    def add_row(self) -> ActionRow:
        row = ActionRow(self.context, self.grid.parentWidget())
        line = len(self.rows) + 1
        for column, widget in enumerate((row.what, row.owner, row.officer, row.due, row.case_number)):
            self.grid.addWidget(widget, line, column)
        self.rows.append(row)
        return row

    def call(self) -> Callable[[], Any]:
        try:
            actions = tuple(row.value() for row in self.rows if not row.empty())
        except ValidationError as error:
            return partial(_raise, error)
        return partial(
            minutes.add_decision, self.context.desk, self.meeting_id, self.decision.toPlainText(), actions
        )


class ScheduleDialog(FormDialog):
    """An extra meeting of a forum, outside its cadence (a case that cannot wait)."""

    changes = MEETING_CHANGES

    def __init__(
        self, context: UiContext, forums: list[tuple[uuid.UUID, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.forum = QComboBox(self)
        for forum_id, name in forums:
            self.forum.addItem(name, str(forum_id))
        self.day = DateField(self)
        self.day.set_value(context.today())
        self.start = time_edit(self, time(9, 0))
        self.end = time_edit(self, time(11, 0))
        self.place = QLineEdit(self)
        for name, widget in (
            ("forum", self.forum),
            ("day", self.day),
            ("start_time", self.start),
            ("end_time", self.end),
            ("place", self.place),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Extra meeting"))
        self.captions["forum"].setText(self.tr("&Forum"))
        self.captions["day"].setText(self.tr("&Date"))
        self.captions["start_time"].setText(self.tr("&Starts"))
        self.captions["end_time"].setText(self.tr("&Ends"))
        self.captions["place"].setText(self.tr("&Place"))
        self.place.setPlaceholderText(self.tr("as the forum usually meets"))
        self.day.retranslate()

    def call(self) -> Callable[[], Any]:
        try:
            day = _date(self.day, "day")
        except ValidationError as error:
            return partial(_raise, error)
        if day is None or self.forum.currentData() is None:
            return partial(_raise, ValidationError(NOT_A_DATE, field="day", value=self.day.text()))
        data = meetings.MeetingInput(
            forum_id=uuid.UUID(self.forum.currentData()),
            day=day,
            start_time=_time(self.start),
            end_time=_time(self.end),
            place=self.place.text().strip() or None,
        )
        return partial(meetings.schedule_meeting, self.context.desk, data)

"""One meeting in its own window: when and where (in the meeting's zone and the desk's own),
its status with confirm / move / cancel, and the tabs Agenda, Attendance, Minutes and Actions.
Closing the minutes locks them; afterwards corrections are addendums."""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.labels import ACTION_STATUS_LABELS, AGENDA_SOURCE_LABELS, ATTENDANCE_LABELS, MEETING_STATUS_LABELS
from app.services import edit_guard, meeting_ics, meetings, minutes, reference
from app.services.edit_guard import EditConflict
from app.services.meeting_dto import MeetingRecord
from ui import labels
from ui.context import UiContext
from ui.dialogs.edit_conflict import EditConflictDialog
from ui.dialogs.form_dialog import ERROR_STYLE, FormDialog
from ui.events import Changes
from ui.permissions import Permission, offer
from ui.views.case_parts.dialogs import ReasonDialog
from ui.views.loading import Loader
from ui.views.meeting_parts.dialogs import (
    MEETING_CHANGES,
    AgendaItemDialog,
    AttendeeDialog,
    DecisionDialog,
    MoveDialog,
)
from ui.widgets.page import heading, muted

_OPEN: dict[tuple[int, uuid.UUID], MeetingWindow] = {}


def label_of(table: dict[str, str], value: str) -> str:
    """A coded value's name from the core's tables (app/labels.py), through Qt's translator."""
    source = table.get(value)
    return QCoreApplication.translate("labels", source) if source else value


def clock(moment: datetime, language: str) -> str:
    """09.00 in Indonesian, 09:00 in English."""
    return f"{moment:%H.%M}" if language == "id" else f"{moment:%H:%M}"


class MeetingWindow(QMainWindow):
    entities = MEETING_CHANGES

    def __init__(self, context: UiContext, meeting_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.meeting_id = meeting_id
        self.record: MeetingRecord | None = None
        self._leaving = False  # the minutes were saved on the way out: close without asking again
        self.dialog: FormDialog | None = None
        self.printing: QDialog | None = None
        self.loader = Loader(context, self)
        site = next((s for s in reference.sites(context.desk) if s.code == context.desk.site_code), None)
        self.own_zone = site.timezone if site else None
        self.title = heading(1, self)
        self.when = muted(self)
        self.where = muted(self)
        self.status = QLabel(self)
        self.status.setObjectName("meetingStatus")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("meetingMessage")
        self.confirm_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.agenda_button = QPushButton(self)
        self.ics_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm)
        self.move_button.clicked.connect(self.move)
        self.cancel_button.clicked.connect(self.cancel)
        self.agenda_button.clicked.connect(self.build_agenda)
        self.ics_button.clicked.connect(self.export_ics)
        self.print_button.clicked.connect(self.print_forms)
        self.close_button.clicked.connect(self.close_minutes)

        # Agenda
        self.agenda = self._table(5)
        self.add_item_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_item_button = QPushButton(self)
        self.add_item_button.clicked.connect(
            lambda: self._dialog(AgendaItemDialog(self.context, self.meeting_id, self))
        )
        self.up_button.clicked.connect(lambda: self._move_item(-1))
        self.down_button.clicked.connect(lambda: self._move_item(1))
        self.remove_item_button.clicked.connect(self._remove_item)
        agenda_page = self._page(
            self.agenda, (self.add_item_button, self.up_button, self.down_button, self.remove_item_button)
        )
        # Attendance
        self.attendance = self._table(5)
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_attendee_button = QPushButton(self)
        self.save_attendance_button = QPushButton(self)
        self.add_attendee_button.clicked.connect(
            lambda: self._dialog(AttendeeDialog(self.context, self.meeting_id, self))
        )
        self.save_attendance_button.clicked.connect(self.save_attendance)
        attendance_page = self._page(self.attendance, (self.add_attendee_button, self.save_attendance_button))
        # Minutes
        self.minute_items = QListWidget(self)
        self.discussion = QPlainTextEdit(self)
        self.discussion.textChanged.connect(self._discussion_edited)
        self.minute_items.currentRowChanged.connect(self._show_discussion)
        self.drafts: dict[uuid.UUID, str] = {}
        # the saved discussion of each item as this window last showed it, and the record's
        # version then: a save sends only the items changed since, on that version (edit_guard)
        self.filled: dict[uuid.UUID, str] = {}
        self.minutes_version: int | None = None
        self.conflict_dialog: EditConflictDialog | None = None
        self.save_minutes_button = QPushButton(self)
        self.save_minutes_button.clicked.connect(self.save_minutes)
        self.addenda = QListWidget(self)
        self.addendum_button = QPushButton(self)
        self.addendum_button.clicked.connect(self.add_addendum)
        splitter = QSplitter(self)
        splitter.addWidget(self.minute_items)
        splitter.addWidget(self.discussion)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 720])
        self.minute_items.setWordWrap(True)
        self.minute_items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        minutes_page = QWidget(self)
        column = QVBoxLayout(minutes_page)
        column.addWidget(splitter, 3)
        self.addenda_title = QLabel(self)
        column.addWidget(self.addenda_title)
        column.addWidget(self.addenda, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_minutes_button)
        buttons.addWidget(self.addendum_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        # Actions
        self.decisions = QListWidget(self)
        self.actions = self._table(6)
        self.decision_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.decision_button.clicked.connect(
            lambda: self._dialog(DecisionDialog(self.context, self.meeting_id, self))
        )
        self.done_button.clicked.connect(self.mark_done)
        actions_page = QWidget(self)
        column = QVBoxLayout(actions_page)
        self.decisions_title = QLabel(self)
        self.actions_title = QLabel(self)
        column.addWidget(self.decisions_title)
        column.addWidget(self.decisions, 1)
        column.addWidget(self.actions_title)
        column.addWidget(self.actions, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decision_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        self.may_manage = offer(
            context,
            Permission.MANAGE_MEETINGS,
            self.confirm_button,
            self.move_button,
            self.cancel_button,
            self.agenda_button,
            self.close_button,
            self.add_item_button,
            self.up_button,
            self.down_button,
            self.remove_item_button,
            self.add_attendee_button,
            self.save_attendance_button,
            self.save_minutes_button,
            self.addendum_button,
            self.decision_button,
            self.done_button,
        )
        offer(context, Permission.ISSUE_DOCUMENTS, self.print_button)

        self.tabs = QTabWidget(self)
        for page in (agenda_page, attendance_page, minutes_page, actions_page):
            self.tabs.addTab(page, "")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.when)
        titles.addWidget(self.where)
        top.addLayout(titles, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        actions_row = QHBoxLayout()
        for button in (
            self.confirm_button,
            self.move_button,
            self.cancel_button,
            self.agenda_button,
            self.ics_button,
            self.print_button,
            self.close_button,
        ):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        layout.addLayout(actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1100, 720)
        context.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    # --- building -----------------------------------------------------------------------------------

    def _table(self, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _page(self, table: QTableWidget, buttons: tuple[QPushButton, ...]) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def retranslate(self) -> None:
        for index, text in enumerate(
            (self.tr("&Agenda"), self.tr("A&ttendance"), self.tr("&Minutes"), self.tr("A&ctions"))
        ):
            self.tabs.setTabText(index, text)
        self.confirm_button.setText(self.tr("Confirm and invite"))
        self.move_button.setText(self.tr("Move…"))
        self.cancel_button.setText(self.tr("Cancel meeting…"))
        self.agenda_button.setText(self.tr("Build agenda"))
        self.agenda_button.setToolTip(
            self.tr(
                "Add open action items, cases past their protocol deadline, late referrals and flagged cases"
            )
        )
        self.ics_button.setText(self.tr("Calendar file (.ics)…"))
        self.print_button.setText(self.tr("Print / PDF…"))
        self.print_button.setToolTip(
            self.tr("The invitation, the attendance list and the minutes, as PDF or on paper")
        )
        self.close_button.setText(self.tr("Close minutes"))
        self.add_item_button.setText(self.tr("Add item…"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.remove_item_button.setText(self.tr("Remove"))
        self.add_attendee_button.setText(self.tr("Add participant…"))
        self.save_attendance_button.setText(self.tr("Save attendance"))
        self.save_minutes_button.setText(self.tr("Save minutes"))
        self.addendum_button.setText(self.tr("Add addendum…"))
        self.addenda_title.setText(self.tr("Addendums (corrections after the minutes were closed)"))
        self.decisions_title.setText(self.tr("Decisions"))
        self.actions_title.setText(self.tr("Action items"))
        self.decision_button.setText(self.tr("Record decision…"))
        self.done_button.setText(self.tr("Mark done…"))
        self.agenda.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Item"),
                self.tr("Why on the agenda"),
                self.tr("Case"),
                self.tr("Letter"),
            ]
        )
        self.attendance.setHorizontalHeaderLabels(
            [
                self.tr("Agency"),
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Attendance"),
                self.tr("Represented by"),
            ]
        )
        self.actions.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Owner"),
                self.tr("Officer"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Evidence"),
            ]
        )
        self.discussion.setPlaceholderText(self.tr("What was discussed under this item"))
        self._show()

    # --- data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        language = self.context.language()
        self.loader.load(
            lambda: minutes.meeting_record(
                self.context.desk, self.meeting_id, today=self.context.today(), language=language
            ),
            self._apply,
        )

    def _on_changed(self, changes: Changes) -> None:
        if shiboken6.isValid(self) and changes.touches(*self.entities):
            self.refresh()

    def _apply(self, record: MeetingRecord) -> None:
        self.record = record
        self._show()

    def _show(self) -> None:
        record = self.record
        if record is None:
            return
        language = self.context.language()
        m = record.meeting
        closed = m.minutes_closed
        finished = closed or m.status in ("held", "cancelled")
        self.setWindowTitle(f"{record.forum.name} — {m.reference}")
        self.title.setText(record.forum.name)
        day = labels.ui_locale(language).toString(m.local_start.date(), "dddd, d MMMM yyyy")
        when = f"{day} · {clock(m.local_start, language)}–{clock(m.local_end, language)} {m.timezone}"
        if self.own_zone and self.own_zone != m.timezone:  # participants sit in several zones
            here = m.starts_at.astimezone(ZoneInfo(self.own_zone))
            when += " " + self.tr("({time} in {zone})").format(time=clock(here, language), zone=self.own_zone)
        self.when.setText(when)
        where = " · ".join(p for p in (m.place, m.online_link) if p)
        chair = self.tr("Chair: {chair}").format(chair=record.chair) if record.chair else ""
        self.where.setText(" · ".join(p for p in (where, chair) if p))
        status = label_of(MEETING_STATUS_LABELS, m.status)
        if m.status_reason:
            status += f" — {m.status_reason}"
        if closed:
            status += " · " + self.tr("minutes closed")
        self.status.setText(status)
        for button in (self.confirm_button, self.move_button, self.cancel_button):
            button.setEnabled(not finished)
        self.confirm_button.setEnabled(m.status in ("planned", "postponed"))
        editable = self.may_manage and not closed and m.status != "cancelled"
        for button in (
            self.agenda_button,
            self.close_button,
            self.add_item_button,
            self.up_button,
            self.down_button,
            self.remove_item_button,
            self.add_attendee_button,
            self.save_attendance_button,
            self.save_minutes_button,
            self.decision_button,
        ):
            button.setEnabled(editable)
        self.discussion.setReadOnly(not editable)
        self.addendum_button.setEnabled(closed)
        # agenda
        self.agenda.setRowCount(len(record.agenda))
        for row, item in enumerate(record.agenda):
            why = "" if item.source == "manual" else label_of(AGENDA_SOURCE_LABELS, item.source)
            texts = (str(item.position), item.title, why, item.case_number or "", item.letter_reference or "")
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, str(item.id))
                self.agenda.setItem(row, column, cell)
        self.agenda.resizeColumnsToContents()
        self.agenda.setColumnWidth(1, min(520, max(260, self.agenda.columnWidth(1))))
        # attendance
        self.attendance.setRowCount(len(record.invitees))
        for row, person in enumerate(record.invitees):
            for column, text in enumerate((person.agency_code, person.name, person.position)):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setData(Qt.ItemDataRole.UserRole, str(person.id))
                self.attendance.setItem(row, column, cell)
            combo = QComboBox(self.attendance)
            for key in ("invited", "present", "represented", "absent"):
                combo.addItem(label_of(ATTENDANCE_LABELS, key), key)
            combo.setCurrentIndex(max(0, combo.findData(person.status)))
            combo.setEnabled(editable)
            self.attendance.setCellWidget(row, 3, combo)
            represented = QTableWidgetItem(person.represented_by)
            if not editable:
                represented.setFlags(represented.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.attendance.setItem(row, 4, represented)
        self.attendance.resizeColumnsToContents()
        # minutes
        current = self.minute_items.currentRow()
        self.minute_items.blockSignals(True)
        self.minute_items.clear()
        # typing not saved yet survives a refresh (another desk's save, a language switch), and
        # then the version stays the one that typing started from, so a clash is still caught
        unsaved = self._unsaved_drafts()
        self.filled = {item.id: item.discussion for item in record.agenda}
        self.drafts = {**self.filled, **{k: v for k, v in unsaved.items() if k in self.filled}}
        if not unsaved or self.minutes_version is None:
            self.minutes_version = record.version
        for item in record.agenda:
            entry = QListWidgetItem(f"{item.position}. {item.title}", self.minute_items)
            entry.setData(Qt.ItemDataRole.UserRole, str(item.id))
        self.minute_items.blockSignals(False)
        if record.agenda:
            self.minute_items.setCurrentRow(min(max(current, 0), len(record.agenda) - 1))
            self._show_discussion(self.minute_items.currentRow())
        else:
            self.discussion.blockSignals(True)
            self.discussion.clear()
            self.discussion.blockSignals(False)
        self.addenda.clear()
        for addendum in record.addenda:
            at = labels.ui_locale(language).toString(addendum.at.astimezone(), "d MMM yyyy HH:mm")
            QListWidgetItem(f"{at} · {addendum.author}: {addendum.text}", self.addenda)
        # decisions and actions
        self.decisions.clear()
        for decision in record.decisions:
            QListWidgetItem(f"{decision.position}. {decision.text}", self.decisions)
        self.actions.setRowCount(len(record.actions))
        for row, action in enumerate(record.actions):
            texts = (
                action.what,
                action.owner_agency,
                action.owner_officer,
                labels.short_date(action.due_on, language),
                label_of(ACTION_STATUS_LABELS, action.status),
                action.evidence,
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, str(action.id))
                self.actions.setItem(row, column, cell)
        self.actions.resizeColumnsToContents()

    # --- minutes drafts -------------------------------------------------------------------------------

    def _current_item_id(self) -> uuid.UUID | None:
        entry = self.minute_items.currentItem()
        return uuid.UUID(entry.data(Qt.ItemDataRole.UserRole)) if entry else None

    def _show_discussion(self, _row: int) -> None:
        item_id = self._current_item_id()
        self.discussion.blockSignals(True)
        self.discussion.setPlainText(self.drafts.get(item_id, "") if item_id else "")
        self.discussion.blockSignals(False)

    def _unsaved_drafts(self) -> dict[uuid.UUID, str]:
        return {k: v for k, v in self.drafts.items() if v.strip() != self.filled.get(k, "").strip()}

    def _minutes_call(self) -> Any:
        """Save the items whose text changed here, on the version they were typed from."""
        drafts, changed = dict(self.drafts), frozenset(self._unsaved_drafts())
        desk, meeting_id, base = self.context.desk, self.meeting_id, self.minutes_version

        def save() -> None:
            minutes.write_minutes(desk, meeting_id, drafts, base_version=base, changed=changed)

        return save

    def _minutes_saved(self, drafts: dict[uuid.UUID, str]) -> None:
        self.filled.update({k: v.strip() for k, v in drafts.items()})

    def _resolve_minutes(self, conflict: EditConflict) -> None:
        """Another desk saved some of the same items: their text beside this officer's, per item."""
        record = self.record
        titles = {edit_guard.discussion_key(i.id): i for i in (record.agenda if record else ())}
        captions = {key: QLabel(f"{item.position}. {item.title}", self) for key, item in titles.items()}
        mine = {key: self.drafts.get(item.id, "") for key, item in titles.items()}
        chooser = EditConflictDialog(conflict, mine, captions, self)
        self.conflict_dialog = chooser

        def chosen(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                self.say(labels.error_text(conflict), error=True)
                return
            for field in conflict.fields:
                item = titles.get(field.key)
                if item is not None and field.key in chooser.dropped():  # theirs stands
                    self.drafts[item.id] = self.filled[item.id] = str(field.value or "")
            self.minutes_version = conflict.version
            self._show_discussion(self.minute_items.currentRow())
            self.save_minutes()

        chooser.finished.connect(chosen)
        chooser.open()

    def _discussion_edited(self) -> None:
        item_id = self._current_item_id()
        if item_id is not None:
            self.drafts[item_id] = self.discussion.toPlainText()

    # --- writes ----------------------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #2f6f3e;")
        self.message.setText(text)

    def _write(self, fn: Any, done: Any = None) -> None:
        def finished(result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            if done is not None:
                self.say(done(result))
            self.context.bus.announce(Changes(MEETING_CHANGES))

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            if not shiboken6.isValid(self):
                return
            if isinstance(error, EditConflict):  # only the minutes are guarded
                self._resolve_minutes(error)
            else:
                self.say(labels.error_text(error), error=True)

        self.message.clear()
        self.context.tasks.run(lambda _progress: fn(), on_done=finished, on_error=failed)

    def _dialog(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def confirm(self) -> None:
        self._write(
            partial(meetings.confirm_meeting, self.context.desk, self.meeting_id),
            lambda _r: self.tr("Confirmed: the invitees are invited."),
        )

    def move(self) -> None:
        if self.record is not None:
            self._dialog(MoveDialog(self.context, self.record.meeting, self))

    def cancel(self) -> None:
        dialog = ReasonDialog(
            self.context,
            self.tr("Cancel the meeting"),
            self.tr("&Reason"),
            lambda reason: partial(meetings.cancel_meeting, self.context.desk, self.meeting_id, reason),
            MEETING_CHANGES,
            parent=self,
        )
        self._dialog(dialog)

    def build_agenda(self) -> None:
        def said(built: Any) -> str:
            return self.tr(
                "Added to the agenda: {actions} open action items, {cases} cases past their deadline, "
                "{referrals} late referrals, {flagged} flagged cases."
            ).format(
                actions=built.open_actions,
                cases=built.overdue_cases,
                referrals=built.late_referrals,
                flagged=built.flagged_cases,
            ) + (
                " "
                + self.tr(
                    "{count} more late cases or referrals did not fit; see the register's overdue filter."
                ).format(count=built.left_out)
                if built.left_out
                else ""
            )

        self._write(
            partial(minutes.build_agenda, self.context.desk, self.meeting_id, today=self.context.today()),
            said,
        )

    def _selected_id(self, table: QTableWidget) -> uuid.UUID | None:
        row = table.currentRow()
        cell = table.item(row, 0) if row >= 0 else None
        return uuid.UUID(cell.data(Qt.ItemDataRole.UserRole)) if cell else None

    def _move_item(self, offset: int) -> None:
        item_id = self._selected_id(self.agenda)
        if item_id is not None:
            self._write(partial(minutes.move_agenda_item, self.context.desk, item_id, offset))

    def _remove_item(self) -> None:
        item_id = self._selected_id(self.agenda)
        if item_id is not None:
            self._write(partial(minutes.remove_agenda_item, self.context.desk, item_id))

    def save_attendance(self) -> None:
        marks: dict[uuid.UUID, tuple[str, str]] = {}
        for row in range(self.attendance.rowCount()):
            cell = self.attendance.item(row, 0)
            combo = self.attendance.cellWidget(row, 3)
            represented = self.attendance.item(row, 4)
            if cell is None or not isinstance(combo, QComboBox):
                continue
            marks[uuid.UUID(cell.data(Qt.ItemDataRole.UserRole))] = (
                combo.currentData(),
                represented.text() if represented else "",
            )
        self._write(
            partial(minutes.record_attendance, self.context.desk, self.meeting_id, marks),
            lambda _r: self.tr("Attendance saved."),
        )

    def save_minutes(self) -> None:
        drafts = dict(self.drafts)

        def saved(_result: Any) -> str:
            self._minutes_saved(drafts)
            return self.tr("Minutes saved.")

        self._write(self._minutes_call(), saved)

    def close_minutes(self) -> None:
        save = self._minutes_call()
        desk, meeting_id, today = self.context.desk, self.meeting_id, self.context.today()

        def save_and_close() -> Any:  # what is typed is saved first, then locked
            save()
            return minutes.close_minutes(desk, meeting_id, today=today)

        self._write(
            save_and_close,
            lambda _next: self.tr("The minutes are closed; open action items go to the next meeting."),
        )

    def add_addendum(self) -> None:
        dialog = ReasonDialog(
            self.context,
            self.tr("Addendum to the minutes"),
            self.tr("&Correction"),
            lambda text: partial(minutes.add_addendum, self.context.desk, self.meeting_id, text),
            MEETING_CHANGES,
            field="text",
            parent=self,
        )
        self._dialog(dialog)

    def mark_done(self) -> None:
        action_id = self._selected_id(self.actions)
        if action_id is None:
            self.say(self.tr("Choose an action item first."), error=True)
            return
        self._dialog(action_done_dialog(self.context, action_id, self))

    def export_ics(self) -> None:
        record = self.record
        if record is None:
            return
        name = record.meeting.reference.replace("/", "_") + ".ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar file"), str(Path.home() / name), "iCalendar (*.ics)"
        )
        if path:
            self.write_ics(Path(path))

    def write_ics(self, path: Path) -> None:
        record, language = self.record, self.context.language()
        if record is not None:
            self._write(
                partial(meeting_ics.write_ics, record, path, language=language),
                lambda p: self.tr("Written: {path}").format(path=p),
            )

    def print_forms(self) -> None:
        """The meeting's forms with a preview, Save PDF and Print (ui/dialogs/print_document.py)."""
        record = self.record
        if record is None:
            return
        from app.services.record_documents import MEETING_FORMS
        from ui.dialogs.print_document import PrintDocumentDialog

        self.printing = PrintDocumentDialog(
            self.context, record.meeting.reference, MEETING_FORMS, self, caption=record.forum.name
        )
        self.printing.finished.connect(self.printing.deleteLater)
        self.printing.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            self.dialog is not None
            and shiboken6.isValid(self.dialog)
            and getattr(self.dialog, "saving", False)
        ):
            event.ignore()
            return
        if not self._leaving and self._unsaved_minutes():
            answer = self.ask_about_unsaved_minutes()
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()  # Cancel keeps the window; Save closes it once the minutes are saved
                if answer == QMessageBox.StandardButton.Save:
                    self._save_minutes_then_close()
                return
        super().closeEvent(event)

    def _unsaved_minutes(self) -> bool:
        if self.record is None or self.record.meeting.minutes_closed:
            return False
        saved = {item.id: item.discussion for item in self.record.agenda}
        return any(text.strip() != saved.get(item_id, "") for item_id, text in self.drafts.items())

    def ask_about_unsaved_minutes(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved minutes"), "", parent=self)
        box.setText(self.tr("The minutes have changes that are not saved."))
        box.setInformativeText(self.tr("Save them before the window closes?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        # the buttons' texts are set here, not left to Qt's catalogue, so that they are always translated
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        return QMessageBox.StandardButton(box.exec())

    def _save_minutes_then_close(self) -> None:
        def saved(_result: Any) -> str:
            self._leaving = True
            QTimer.singleShot(0, self.close)  # after the change is announced; a refusal keeps it open
            return self.tr("Minutes saved.")

        self._write(self._minutes_call(), saved)


def action_done_dialog(context: UiContext, action_id: uuid.UUID, parent: QWidget) -> ReasonDialog:
    return ReasonDialog(
        context,
        QCoreApplication.translate("MeetingWindow", "Action item done"),
        QCoreApplication.translate("MeetingWindow", "&Evidence"),
        lambda text: partial(minutes.complete_action, context.desk, action_id, text, done_on=context.today()),
        MEETING_CHANGES,
        field="evidence",
        explanation=QCoreApplication.translate(
            "MeetingWindow", "What shows it is done: a letter number, a report, a receipt"
        ),
        parent=parent,
    )


def open_meeting(context: UiContext, meeting_id: uuid.UUID, parent: QWidget | None = None) -> MeetingWindow:
    """Show the window of a meeting (non-modal); an open one is raised instead."""
    key = (id(context), meeting_id)
    window = _OPEN.get(key)
    if window is None or not shiboken6.isValid(window):
        window = MeetingWindow(context, meeting_id, parent)
        window.setWindowFlag(Qt.WindowType.Window, True)
        _OPEN[key] = window
        window.destroyed.connect(lambda *_, w=window: _OPEN.pop(key) if _OPEN.get(key) is w else None)
        window.show()
    else:
        window.show()
        window.raise_()
    window.activateWindow()
    return window


def open_windows() -> list[MeetingWindow]:
    return [w for w in _OPEN.values() if shiboken6.isValid(w)]

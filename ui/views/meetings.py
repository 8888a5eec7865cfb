"""Coordination meetings across forums: a month calendar and a list of meetings, the action items
(filter by agency, owner, status and due date; with the case tasks of the same owner beside
them), and the forums with their cadence in words and their regularity figures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.labels import ACTION_STATUS_LABELS, MEETING_STATUS_LABELS
from app.services import meetings, minutes, reference, regularity
from app.services.meeting_dto import ActionInfo, ForumInfo, MeetingRow, WorkItem
from app.services.regularity import Regularity
from ui import labels
from ui.context import UiContext
from ui.events import Changes
from ui.permissions import Permission, offer
from ui.views.base import View
from ui.views.loading import Loader
from ui.views.meeting_parts.dialogs import MEETING_CHANGES, ScheduleDialog
from ui.views.meeting_parts.forum_dialog import ForumDialog
from ui.views.meeting_parts.meeting_window import action_done_dialog, clock, label_of, open_meeting
from ui.widgets.fields import DateField
from ui.widgets.page import PageHeader, muted, page_layout

STATUS_COLORS = {
    "planned": "#5b6478",
    "invited": "#1f5fa8",
    "held": "#2f6f3e",
    "postponed": "#a86400",
    "cancelled": "#b3261e",
}


@dataclass(frozen=True)
class MeetingsData:
    meetings: list[MeetingRow]
    forums: list[ForumInfo]
    figures: list[Regularity]


def load_meetings(context: UiContext) -> MeetingsData:
    desk, today = context.desk, context.today()
    language = context.language()
    return MeetingsData(
        meetings=meetings.list_meetings(desk),
        forums=meetings.forums(desk, language=language),
        figures=regularity.regularity(desk, date(today.year, 1, 1), today, today=today),
    )


def table(parent: QWidget, headers: int) -> QTableWidget:
    widget = QTableWidget(0, headers, parent)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    widget.setAlternatingRowColors(True)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return widget


def cell(text: str, key: object = None, color: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, str(key))
    if color:
        item.setForeground(QBrush(QColor(color)))
    return item


class MeetingsView(View):
    entities = frozenset(MEETING_CHANGES | {"forum", "forum_member", "case_task"})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: MeetingsData | None = None
        self.loader = Loader(context, self)
        self.actions_loader = Loader(context, self)
        self.header = PageHeader(self)
        self.new_forum_button = QPushButton(self)
        self.plan_button = QPushButton(self)
        self.extra_button = QPushButton(self)
        self.extra_button.clicked.connect(self.extra_meeting)
        self.new_forum_button.clicked.connect(self.new_forum)
        self.plan_button.clicked.connect(self.plan)
        self.message = muted(self)
        self.message.hide()  # shown when there is something to say
        self.tabs = QTabWidget(self)

        # calendar: a month, and the meetings of the day (or month) picked
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._show_day())
        self.day_title = QLabel(self)
        self.day_meetings = table(self, 4)
        self.day_meetings.doubleClicked.connect(lambda _i: self._open_selected(self.day_meetings))
        calendar_page = QWidget(self)
        row = QHBoxLayout(calendar_page)
        row.addWidget(self.calendar, 2)
        right = QVBoxLayout()
        right.addWidget(self.day_title)
        right.addWidget(self.day_meetings, 1)
        row.addLayout(right, 3)
        # list
        self.forum_filter = QComboBox(self)
        self.forum_filter.currentIndexChanged.connect(lambda _i: self._show_list())
        self.include_past = QCheckBox(self)
        self.include_past.setChecked(True)
        self.include_past.toggled.connect(lambda _on: self._show_list())
        self.meeting_list = table(self, 6)
        self.meeting_list.doubleClicked.connect(lambda _i: self._open_selected(self.meeting_list))
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._open_selected(self.meeting_list))
        list_page = QWidget(self)
        column = QVBoxLayout(list_page)
        filters = QHBoxLayout()
        filters.addWidget(self.forum_filter)
        filters.addWidget(self.include_past)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        column.addLayout(filters)
        column.addWidget(self.meeting_list, 1)
        # actions
        self.agency_filter = QComboBox(self)
        self.owner_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.due_filter = DateField(self)
        self.with_tasks = QCheckBox(self)
        for combo in (self.agency_filter, self.owner_filter, self.status_filter, self.forum_filter):
            # long agency names must not widen the page beyond a laptop's screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for combo in (self.agency_filter, self.owner_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.load_actions())
        self.due_filter.editingFinished.connect(self.load_actions)
        self.with_tasks.toggled.connect(lambda _on: self.load_actions())
        self.action_list = table(self, 7)
        self.action_list.doubleClicked.connect(lambda _i: self._open_action_meeting())
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        self.actions_note = muted(self)
        actions_page = QWidget(self)
        column = QVBoxLayout(actions_page)
        filters = QHBoxLayout()
        self.filter_captions = [QLabel(self) for _ in range(4)]
        for caption, widget in zip(
            self.filter_captions,
            (self.agency_filter, self.owner_filter, self.status_filter, self.due_filter),
            strict=True,
        ):
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1 if widget is not self.due_filter else 0)
        self.due_filter.setMinimumWidth(130)
        column.addLayout(filters)
        toggles = QHBoxLayout()
        toggles.addWidget(self.with_tasks)
        toggles.addStretch(1)
        toggles.addWidget(self.done_button)
        column.addLayout(toggles)
        column.addWidget(self.action_list, 1)
        column.addWidget(self.actions_note)
        self.actions_rows: list[ActionInfo | WorkItem] = []
        # forums and their regularity
        self.forum_list = table(self, 9)
        self.forum_list.doubleClicked.connect(lambda _i: self.edit_forum())
        self.edit_forum_button = QPushButton(self)
        self.edit_forum_button.clicked.connect(self.edit_forum)
        self.figures_note = muted(self)
        forums_page = QWidget(self)
        column = QVBoxLayout(forums_page)
        column.addWidget(self.figures_note)
        column.addWidget(self.forum_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_forum_button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        for page in (calendar_page, list_page, actions_page, forums_page):
            self.tabs.addTab(page, "")
        layout = page_layout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.new_forum_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.extra_button, 0, Qt.AlignmentFlag.AlignTop)
        offer(
            context,
            Permission.MANAGE_MEETINGS,
            self.new_forum_button,
            self.plan_button,
            self.extra_button,
            self.done_button,
            self.edit_forum_button,
        )
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._fill_filters()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Meetings")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Coordination meetings"))
        self.new_forum_button.setText(self.tr("New forum…"))
        self.plan_button.setText(self.tr("Plan meetings"))
        self.extra_button.setText(self.tr("Extra meeting…"))
        self.plan_button.setToolTip(self.tr("Plan the next three months of every forum from its cadence"))
        for index, text in enumerate(
            (self.tr("Calendar"), self.tr("List"), self.tr("Action items"), self.tr("Forums"))
        ):
            self.tabs.setTabText(index, text)
        self.include_past.setText(self.tr("Include past meetings"))
        self.open_button.setText(self.tr("Open"))
        for caption, text in zip(
            self.filter_captions,
            (self.tr("A&gency"), self.tr("O&wner"), self.tr("&Status"), self.tr("Due &by")),
            strict=True,
        ):
            caption.setText(text)
        self.due_filter.retranslate()
        self.with_tasks.setText(self.tr("Show case tasks of the same owner as well"))
        self.done_button.setText(self.tr("Mark done…"))
        self.edit_forum_button.setText(self.tr("Edit forum…"))
        self.day_meetings.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Forum"), self.tr("Status")]
        )
        self.meeting_list.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Forum"),
                self.tr("Place"),
                self.tr("Status"),
                self.tr("Open actions"),
            ]
        )
        self.action_list.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Owner"),
                self.tr("Officer"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Meeting or case"),
            ]
        )
        self.forum_list.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Forum"),
                self.tr("Meets"),
                self.tr("Time"),
                self.tr("Held / planned"),
                self.tr("Days between"),
                self.tr("Attendance"),
                self.tr("Actions: on time / overdue"),
                self.tr("Days to done"),
            ]
        )
        statuses = {
            "": self.tr("All"),
            "open": self.tr("Not done yet"),
            "overdue": self.tr("Overdue"),
            "done": self.tr("Done"),
        }
        for index in range(self.status_filter.count()):
            self.status_filter.setItemText(index, statuses[self.status_filter.itemData(index)])
        self.agency_filter.setItemText(0, self.tr("All agencies"))
        self.owner_filter.setItemText(0, self.tr("Any officer"))
        self.owner_filter.setItemText(1, self.tr("Me"))
        self.forum_filter.setItemText(0, self.tr("All forums"))
        self._show()

    def _fill_filters(self) -> None:
        desk = self.context.desk
        self.agency_filter.addItem("", "")
        for agency in reference.agencies(desk, include_inactive=False):
            self.agency_filter.addItem(f"{agency.code} — {agency.name}", agency.code)
        self.owner_filter.addItem("", "")
        self.owner_filter.addItem("", desk.username or "")
        for officer in reference.officers(desk):
            if officer.username and officer.username != desk.username:
                self.owner_filter.addItem(f"{officer.full_name} ({officer.agency_code})", officer.username)
        for key in ("open", "overdue", "done", ""):
            self.status_filter.addItem("", key)
        self.forum_filter.addItem("", "")

    # --- data ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loader.load(lambda: load_meetings(self.context), self._apply)
        self.load_actions()

    def _apply(self, data: MeetingsData) -> None:
        self.data = data
        current = self.forum_filter.currentData()
        self.forum_filter.blockSignals(True)
        while self.forum_filter.count() > 1:
            self.forum_filter.removeItem(1)
        for forum in data.forums:
            self.forum_filter.addItem(f"{forum.code} — {forum.name}", str(forum.id))
        self.forum_filter.setCurrentIndex(max(0, self.forum_filter.findData(current)))
        self.forum_filter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        data = self.data
        language = self.context.language()
        if data is None:
            return
        upcoming = [
            m
            for m in data.meetings
            if m.local_start.date() >= self.context.today() and m.status != "cancelled"
        ]
        if data.forums:
            self.header.subtitle.setText(
                self.tr("{forums} forums · next meeting: {next}").format(
                    forums=labels.number(len(data.forums), language),
                    next=" — ".join(
                        (labels.long_date(upcoming[0].local_start.date(), language), upcoming[0].forum_name)
                    )
                    if upcoming
                    else self.tr("none planned"),
                )
            )
        else:
            self.header.subtitle.setText(
                self.tr("No forum yet: create one with its cadence, and its meetings are planned from it.")
            )
        self._mark_calendar(data.meetings)
        self._show_day()
        self._show_list()
        self._show_forums()

    def _mark_calendar(self, rows: list[MeetingRow]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        for row in rows:
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setForeground(QBrush(QColor(STATUS_COLORS.get(row.status, "#1f2a44"))))
            mark.setToolTip(f"{row.forum_name} — {label_of(MEETING_STATUS_LABELS, row.status)}")
            if row.status != "cancelled":
                mark.setBackground(QBrush(QColor("#e6eefb")))
            self.calendar.setDateTextFormat(QDate(row.local_start.date()), mark)

    def _fill_meetings(self, widget: QTableWidget, rows: list[MeetingRow], *, wide: bool) -> None:
        language = self.context.language()
        widget.setRowCount(len(rows))
        for index, row in enumerate(rows):
            day = labels.short_date(row.local_start.date(), language)
            if row.moved:
                day += " *"
            status = label_of(MEETING_STATUS_LABELS, row.status)
            color = STATUS_COLORS.get(row.status)
            texts = [
                day,
                f"{clock(row.local_start, language)} {row.timezone.split('/')[-1].replace('_', ' ')}",
                row.forum_name,
            ]
            if wide:
                texts += [row.place or row.online_link, status, labels.number(row.open_actions, language)]
            else:
                texts.append(status)
            for column, text in enumerate(texts):
                widget.setItem(
                    index,
                    column,
                    cell(text, row.id, color if column == len(texts) - (2 if wide else 1) else None),
                )
            if row.moved:
                tip = self.tr(
                    "Moved from {date}: not a working day at the host site, or moved by the secretariat"
                ).format(date=labels.long_date(row.occurrence, language) if row.occurrence else "")
                widget.item(index, 0).setToolTip(tip)
        widget.resizeColumnsToContents()

    def _show_day(self) -> None:
        if self.data is None:
            return
        picked = self.calendar.selectedDate().toPython()
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        language = self.context.language()
        on_day = [m for m in self.data.meetings if m.local_start.date() == picked]
        if on_day:
            rows = on_day
            self.day_title.setText(
                self.tr("Meetings on {date}").format(date=labels.long_date(picked, language))
            )  # type: ignore[arg-type]
        else:
            rows = [
                m for m in self.data.meetings if (m.local_start.year, m.local_start.month) == (year, month)
            ]
            name = labels.ui_locale(language).toString(QDate(year, month, 1), "MMMM yyyy")
            self.day_title.setText(self.tr("Meetings in {month}").format(month=name))
        self._fill_meetings(self.day_meetings, rows, wide=False)

    def _show_list(self) -> None:
        if self.data is None:
            return
        forum = self.forum_filter.currentData()
        today = self.context.today()
        rows = [
            m
            for m in self.data.meetings
            if (not forum or str(m.forum_id) == forum)
            and (self.include_past.isChecked() or m.local_start.date() >= today)
        ]
        self._fill_meetings(self.meeting_list, rows, wide=True)

    def _show_forums(self) -> None:
        if self.data is None:
            return
        language = self.context.language()
        figures = {f.forum_id: f for f in self.data.figures}
        self.forum_list.setRowCount(len(self.data.forums))

        def n(value: float | None) -> str:
            return (
                "–"
                if value is None
                else labels.ui_locale(language)
                .toString(float(value), "f", 1)
                .removesuffix(",0")
                .removesuffix(".0")
            )

        for index, forum in enumerate(self.data.forums):
            f = figures.get(forum.id)
            attended = sum(a.attended for a in f.attendance) if f else 0
            invited = sum(a.invited for a in f.attendance) if f else 0
            texts = [
                forum.code,
                forum.name,
                forum.cadence,
                f"{clock_of(forum, language)} {forum.timezone}",
                f"{f.held} / {f.planned}" if f else "–",
                n(f.mean_days_between if f else None),
                f"{round(100 * attended / invited)} %" if invited else "–",
                f"{f.done_on_time} / {f.overdue}" if f else "–",
                n(f.mean_days_to_done if f else None),
            ]
            for column, text in enumerate(texts):
                self.forum_list.setItem(index, column, cell(text, forum.id))
        self.forum_list.resizeColumnsToContents()
        self.forum_list.setColumnWidth(1, min(self.forum_list.columnWidth(1), 300))
        self.forum_list.resizeRowsToContents()
        self.figures_note.setText(
            self.tr(
                "Figures from 1 January to today: meetings held of those planned, average days between held "
                "meetings, share of invited agencies that came, action items done on time and overdue, "
                "average days from the meeting to done."
            )
        )

    # --- actions --------------------------------------------------------------------------------------

    def load_actions(self) -> None:
        desk, today = self.context.desk, self.context.today()
        agency = self.agency_filter.currentData() or None
        owner = self.owner_filter.currentData() or None
        status = self.status_filter.currentData() or ""
        try:
            due = self.due_filter.value()
        except ValueError:
            due = None
        with_tasks = self.with_tasks.isChecked()

        def load() -> list[ActionInfo | WorkItem]:
            if with_tasks:  # what the owner owes, meetings and cases side by side
                work = minutes.open_work(desk, agency=agency, username=owner, today=today)
                return [
                    w
                    for w in work
                    if (due is None or (w.due_on and w.due_on <= due)) and (status != "overdue" or w.overdue)
                ]
            flt = minutes.ActionFilter(agency=agency, owner_username=owner, status=status, due_before=due)
            return list(minutes.action_items(desk, flt, today=today))

        self.actions_loader.load(load, self._show_actions)

    def _show_actions(self, rows: list[ActionInfo | WorkItem]) -> None:
        language = self.context.language()
        self.actions_rows = rows
        self.action_list.setRowCount(len(rows))
        for index, row in enumerate(rows):
            if isinstance(row, WorkItem):
                kind = self.tr("Case task") if row.kind == "case_task" else self.tr("Meeting action")
                status = label_of(ACTION_STATUS_LABELS, "overdue" if row.overdue else "open")
                where = row.case_number or row.meeting_reference or ""
                texts = [
                    kind,
                    row.what,
                    row.owner_agency or "",
                    row.owner_officer,
                    labels.short_date(row.due_on, language),
                    status,
                    where,
                ]
                overdue = row.overdue
            else:
                status = label_of(ACTION_STATUS_LABELS, row.status)
                where = row.meeting_reference + (f" · {row.case_number}" if row.case_number else "")
                texts = [
                    self.tr("Meeting action"),
                    row.what,
                    row.owner_agency,
                    row.owner_officer,
                    labels.short_date(row.due_on, language),
                    status,
                    where,
                ]
                overdue = row.overdue
            for column, text in enumerate(texts):
                self.action_list.setItem(
                    index, column, cell(text, index, "#b3261e" if overdue and column == 5 else None)
                )
        self.action_list.resizeColumnsToContents()
        self.action_list.setColumnWidth(1, min(self.action_list.columnWidth(1), 380))
        self.actions_note.setText(self.tr("{count} shown").format(count=labels.number(len(rows), language)))

    def _selected_action(self) -> ActionInfo | WorkItem | None:
        row = self.action_list.currentRow()
        return self.actions_rows[row] if 0 <= row < len(self.actions_rows) else None

    def mark_done(self) -> None:
        row = self._selected_action()
        if row is None or (isinstance(row, WorkItem) and row.kind != "action"):
            self.message.show()
            self.message.setText(
                self.tr("Choose a meeting's action item first (case tasks are done in the case window).")
            )
            return
        dialog = action_done_dialog(self.context, row.id, self)
        dialog.show()

    def _open_action_meeting(self) -> None:
        row = self._selected_action()
        if isinstance(row, ActionInfo):
            open_meeting(self.context, row.meeting_id, self)
        elif isinstance(row, WorkItem) and row.kind == "case_task" and row.case_number:
            from ui.views.case_detail import open_case

            open_case(self.context, row.case_number, self)

    # --- forums and planning ------------------------------------------------------------------------

    def _open_selected(self, widget: QTableWidget) -> None:
        row = widget.currentRow()
        item = widget.item(row, 0) if row >= 0 else None
        if item is not None:
            open_meeting(self.context, uuid.UUID(item.data(Qt.ItemDataRole.UserRole)), self)

    def new_forum(self) -> ForumDialog:
        dialog = ForumDialog(self.context, None, self)
        dialog.accepted.connect(self._forum_saved)
        dialog.show()
        return dialog

    def edit_forum(self) -> ForumDialog | None:
        row = self.forum_list.currentRow()
        if self.data is None or not 0 <= row < len(self.data.forums):
            return None
        dialog = ForumDialog(self.context, self.data.forums[row], self)
        dialog.accepted.connect(self._forum_saved)
        dialog.show()
        return dialog

    def _forum_saved(self) -> None:
        self.tabs.setCurrentIndex(3)

    def extra_meeting(self) -> ScheduleDialog | None:
        if self.data is None or not self.data.forums:
            self.message.show()
            self.message.setText(self.tr("Create a forum first."))
            return None
        dialog = ScheduleDialog(
            self.context, [(f.id, f"{f.code} — {f.name}") for f in self.data.forums], self
        )
        dialog.show()
        return dialog

    def plan(self) -> None:
        desk, today = self.context.desk, self.context.today()

        def done(added: Any) -> None:
            self.message.show()
            self.message.setText(
                self.tr("Meetings planned: {count}.").format(
                    count=labels.number(int(added), self.context.language())
                )
            )
            self.context.bus.announce(Changes(frozenset({"meeting", "attendance"})))

        self.context.tasks.run(
            lambda _p: meetings.generate_meetings(desk, months=3, today=today), on_done=done
        )


def clock_of(forum: ForumInfo, language: str) -> str:
    return forum.start_time.strftime("%H.%M" if language == "id" else "%H:%M")

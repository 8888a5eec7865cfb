"""The working tabs of a case window: timeline, referrals, tasks and attachments."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import TimelineKind
from app.services.attachments import AttachmentInfo
from app.services.dto import ReferralInfo, TaskInfo, TimelineItem
from ui import labels
from ui.models.rows import Column, RowsTableModel
from ui.widgets.glyphs import ACCENT_COLOR, MUTED_COLOR, URGENT_COLOR, dot_icon
from ui.widgets.page import Card, muted
from ui.widgets.tables import fit_columns, style_table

T = TypeVar("T")
MAX_COLUMN_WIDTH = 280

#: what an officer writes on the timeline themselves (the rest the app records)
OFFICER_KINDS = (TimelineKind.NOTE, TimelineKind.CALL, TimelineKind.VISIT, TimelineKind.LETTER)
KIND_COLORS = {
    TimelineKind.NOTE: QColor("#5b6773"),
    TimelineKind.CALL: QColor("#2e7d32"),
    TimelineKind.VISIT: QColor("#6a4c93"),
    TimelineKind.LETTER: QColor("#8d6e00"),
    TimelineKind.MEETING: QColor("#00796b"),
    TimelineKind.STATUS: ACCENT_COLOR,
    TimelineKind.REFERRAL: QColor("#c26a00"),
    TimelineKind.TASK: MUTED_COLOR,
}


class CaseRowsModel(RowsTableModel[T], Generic[T]):
    """Rows of a case's list; `late(row)` paints a row in the overdue colour."""

    def __init__(self, late: Callable[[T], bool] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.late = late

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.late is not None:
            row = self.row_at(index)
            return URGENT_COLOR if row is not None and self.late(row) else None
        return super().data(index, role)


def short_date(value: date | None, language: str) -> str:
    """Day/month/year with the whole year, as Indonesian (and British) offices write dates."""
    return value.strftime("%d/%m/%Y") if value else ""


class ListTab(QWidget, Generic[T]):
    """A row of buttons over a table of one kind of record, with a line saying when it is empty."""

    selection_changed = Signal()

    def __init__(self, model: CaseRowsModel[T], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "id"
        self.model = model
        model.setParent(self)
        self.table = QTableView(self)
        self.table.setModel(model)
        style_table(self.table, sortable=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.table.doubleClicked.connect(lambda _index: self.activated())
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.empty = muted(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 8)
        self.layout_.setSpacing(8)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.table, 1)
        self.selection_changed.connect(self.update_buttons)

    def button(self) -> QPushButton:
        button = QPushButton(self)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def selected(self) -> T | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def set_rows(self, rows: Sequence[T], key: Callable[[T], object] | None = None) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.table)
        for column in range(self.model.columnCount() - 1):  # long texts are elided; the tooltip has all
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))
        self.table.resizeRowsToContents()
        if chosen is not None and key is not None:
            for number, row in enumerate(self.model.rows()):
                if key(row) == key(chosen):
                    self.table.selectRow(number)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable what the selected row allows."""

    def activated(self) -> None:
        """A row was double-clicked."""


# --- timeline -------------------------------------------------------------------------------------


class TimelineTab(ListTab[TimelineItem]):
    add_requested = Signal(str, str)  # kind, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CaseRowsModel(), parent)
        self.composer = Card(self, padding=10)
        self.kind_buttons: dict[str, QToolButton] = {}
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds = QHBoxLayout()
        kinds.setSpacing(4)
        self.kinds_caption = QLabel(self.composer)
        kinds.addWidget(self.kinds_caption)
        for kind in OFFICER_KINDS:
            button = QToolButton(self.composer)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(dot_icon(KIND_COLORS[kind]))
            button.setAutoRaise(False)
            self.kind_group.addButton(button)
            self.kind_buttons[kind.value] = button
            kinds.addWidget(button)
        self.kind_buttons[TimelineKind.NOTE.value].setChecked(True)
        kinds.addStretch(1)
        self.text = QPlainTextEdit(self.composer)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 3 + 14)
        self.add_button = QPushButton(self.composer)
        self.add_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.composer.body.setSpacing(6)
        self.composer.body.addLayout(kinds)
        self.composer.body.addLayout(row)
        self.layout_.insertWidget(0, self.composer)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self.text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.submit)
        self.model.set_columns(
            [
                Column(lambda: self.tr("When"), lambda i: self._when(i.at), sort_key=lambda i: i.at),
                Column(
                    lambda: self.tr("What"),
                    lambda i: labels.timeline_kind_label(i.kind),
                    icon=lambda i: dot_icon(KIND_COLORS.get(TimelineKind(i.kind), MUTED_COLOR)),
                ),
                Column(lambda: self.tr("Agency"), lambda i: i.agency or ""),
                Column(lambda: self.tr("Officer"), lambda i: i.officer),
                Column(lambda: self.tr("Details"), self._text, tooltip=self._text),
            ]
        )
        self.table.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.kinds_caption.setText(self.tr("Add to the timeline:"))
        for kind, button in self.kind_buttons.items():
            button.setText(labels.timeline_kind_label(kind))
        self.text.setPlaceholderText(
            self.tr("What happened? Ctrl+Enter adds it (Ctrl+T comes back here from anywhere in the case).")
        )
        self.add_button.setText(self.tr("&Add"))
        self.empty.setText(self.tr("Nothing has happened on this case yet."))
        self.model.retranslate()

    @staticmethod
    def _text(item: TimelineItem) -> str:
        """What the app recorded (stages, referrals, tasks) reads in the interface language; what
        an officer wrote stays as written."""
        if item.kind in OFFICER_KINDS:
            return item.text
        return QCoreApplication.translate("timeline", item.text)

    def _when(self, at: datetime) -> str:
        local = at.astimezone()
        locale = QLocale(QLocale.Language.English if self.language == "en" else QLocale.Language.Indonesian)
        return f"{short_date(local.date(), self.language)} {locale.toString(local.time(), 'HH:mm')}"

    def kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return TimelineKind.NOTE.value

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if text:
            self.add_requested.emit(self.kind(), text)

    def entry_saved(self) -> None:
        self.text.clear()
        self.set_kind(TimelineKind.NOTE.value)

    def set_items(self, items: Sequence[TimelineItem], language: str) -> None:
        self.language = language
        self.set_rows(list(reversed(items)))  # newest first: what happened last matters most

    def focus_composer(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)


# --- referrals ------------------------------------------------------------------------------------


class ReferralsTab(ListTab[ReferralInfo]):
    refer_requested = Signal()
    accept_requested = Signal(object)
    return_requested = Signal(object)
    withdraw_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CaseRowsModel(lambda r: r.overdue), parent)
        self.refer_button = self.button()
        self.accept_button = self.button()
        self.return_button = self.button()
        self.withdraw_button = self.button()
        self.finish_buttons()
        self.refer_button.clicked.connect(self.refer_requested)
        for button, signal in (
            (self.accept_button, self.accept_requested),
            (self.return_button, self.return_requested),
            (self.withdraw_button, self.withdraw_requested),
        ):
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
        self.model.set_columns(
            [
                Column(lambda: self.tr("To"), lambda r: r.to_agency),
                Column(lambda: self.tr("From"), lambda r: r.from_agency),
                Column(lambda: self.tr("Sent"), lambda r: short_date(r.sent_on, self.language)),
                Column(lambda: self.tr("Answer due"), self._due),
                Column(
                    lambda: self.tr("Status"),
                    lambda r: labels.referral_status_label(r.status),
                    icon=lambda r: dot_icon(URGENT_COLOR) if r.overdue else None,
                ),
                Column(lambda: self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
                Column(lambda: self.tr("Documents"), lambda r: r.documents, tooltip=lambda r: r.documents),
                Column(lambda: self.tr("Answer"), self._answer, tooltip=self._answer),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.refer_button.setText(self.tr("&Refer…"))
        self.refer_button.setToolTip(self.tr("Refer the case to another agency (Ctrl+R)"))
        self.accept_button.setText(self.tr("A&ccept"))
        self.return_button.setText(self.tr("Re&turn…"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.empty.setText(self.tr("The case has not been referred to another agency."))
        self.model.retranslate()

    def _due(self, r: ReferralInfo) -> str:
        due = short_date(r.due_on, self.language)
        return self.tr("{date} (overdue)").format(date=due) if r.overdue else due

    def _answer(self, r: ReferralInfo) -> str:
        if r.answered_on is None:
            return ""
        when = short_date(r.answered_on, self.language)
        return f"{when}: {r.answer_note}" if r.answer_note else when

    def _emit(self, signal: Any) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen)

    def update_buttons(self) -> None:
        chosen = self.selected()
        waiting = chosen is not None and chosen.status == "sent"
        for button in (self.accept_button, self.return_button, self.withdraw_button):
            button.setEnabled(waiting)

    def set_referrals(self, referrals: Sequence[ReferralInfo], language: str) -> None:
        self.language = language
        self.set_rows(list(reversed(referrals)), key=lambda r: r.id)


# --- tasks ----------------------------------------------------------------------------------------


class TasksTab(ListTab[TaskInfo]):
    add_requested = Signal()
    done_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CaseRowsModel(lambda t: t.overdue), parent)
        self.add_button = self.button()
        self.done_button = self.button()
        self.finish_buttons()
        self.add_button.clicked.connect(self.add_requested)
        self.done_button.clicked.connect(self._done)
        self.model.set_columns(
            [
                Column(lambda: self.tr("Task"), lambda t: t.title, tooltip=lambda t: t.title),
                Column(lambda: self.tr("Owner"), lambda t: t.owner_agency or ""),
                Column(lambda: self.tr("Officer"), lambda t: t.owner_officer or ""),
                Column(
                    lambda: self.tr("Due"),
                    self._due,
                    icon=lambda t: dot_icon(URGENT_COLOR) if t.overdue else None,
                ),
                Column(lambda: self.tr("Done"), lambda t: short_date(t.done_on, self.language)),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add task…"))
        self.done_button.setText(self.tr("&Mark done"))
        self.empty.setText(self.tr("No tasks on this case."))
        self.model.retranslate()

    def _due(self, t: TaskInfo) -> str:
        due = short_date(t.due_on, self.language)
        return self.tr("{date} (overdue)").format(date=due) if t.overdue else due

    def _done(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.done_on is None:
            self.done_requested.emit(chosen)

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.done_button.setEnabled(chosen is not None and chosen.done_on is None)

    def set_tasks(self, tasks: Sequence[TaskInfo], language: str) -> None:
        self.language = language
        # open tasks first, by due date; then what was done, most recent first
        ordered = [t for t in tasks if t.done_on is None] + sorted(
            (t for t in tasks if t.done_on is not None), key=lambda t: t.done_on or date.min, reverse=True
        )
        self.set_rows(ordered, key=lambda t: t.id)


# --- attachments ----------------------------------------------------------------------------------


def size_text(size: int, language: str) -> str:
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Indonesian)
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class AttachmentsTab(ListTab[AttachmentInfo]):
    attach_requested = Signal()
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CaseRowsModel(), parent)
        self.attach_button = self.button()
        self.open_button = self.button()
        self.finish_buttons()
        self.attach_button.clicked.connect(self.attach_requested)
        self.open_button.clicked.connect(self.activated)
        self.model.set_columns(
            [
                Column(lambda: self.tr("File"), lambda a: a.filename, tooltip=lambda a: a.sha256),
                Column(lambda: self.tr("Kind"), self._kind),
                Column(lambda: self.tr("Size"), lambda a: size_text(a.size, self.language)),
                Column(lambda: self.tr("Note"), lambda a: a.note, tooltip=lambda a: a.note),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("A&ttach…"))
        self.attach_button.setToolTip(self.tr("Attach a scan (PDF) or a photo"))
        self.open_button.setText(self.tr("&Open"))
        self.empty.setText(self.tr("No scans or photos attached yet."))
        self.model.retranslate()

    def _kind(self, a: AttachmentInfo) -> str:
        return self.tr("Scan (PDF)") if a.media_type == "application/pdf" else self.tr("Photo")

    def activated(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_requested.emit(chosen)

    def update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def set_attachments(self, attachments: Sequence[AttachmentInfo], language: str) -> None:
        self.language = language
        self.set_rows(attachments, key=lambda a: a.id)

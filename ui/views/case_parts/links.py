"""The "Letters and meetings" tab of a case window: the letters linked to the case and the meetings
where it was on the agenda or got action items (app/services/case_links.py), and the dialog that
links an existing letter to the case."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.labels import ACTION_STATUS_LABELS, MEETING_STATUS_LABELS
from app.letter_labels import LETTER_KIND_LABELS, LETTER_STATUS_LABELS
from app.services import letters
from app.services.case_links import CaseAction, CaseLinks, CaseMeeting, LinkedLetter
from app.services.letter_dto import LetterRow
from ui.context import UiContext
from ui.letter_labels import label
from ui.models.rows import Column
from ui.views.case_parts.activity import CaseRowsModel, short_date
from ui.widgets.fields import ERROR_STYLE
from ui.widgets.glyphs import URGENT_COLOR, dot_icon
from ui.widgets.page import heading, muted
from ui.widgets.tables import fit_columns, style_table

MEETING_ROLE = Qt.ItemDataRole.UserRole
#: the meetings tree looks like the case window's tables (ui/widgets/tables.py)
TREE_STYLE = """
QTreeWidget { border: 1px solid palette(midlight); border-radius: 6px; background: palette(base); }
QTreeWidget::item { padding: 5px 4px; border: none; }
QHeaderView::section { background: palette(window); border: none; border-bottom: 1px solid palette(midlight);
                       padding: 6px 8px; font-weight: 600; }
"""


def _direction(kind: str) -> str:
    return label(LETTER_KIND_LABELS, kind)


class LinksTab(QWidget):
    letter_requested = Signal(object)  # LinkedLetter
    meeting_requested = Signal(object)  # uuid.UUID
    link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "id"
        self.links: CaseLinks | None = None
        self.letters_title = heading(3, self)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_requested)
        self.no_letters = muted(self)
        self.letter_model: CaseRowsModel[LinkedLetter] = CaseRowsModel(lambda r: r.overdue, self)
        self.letter_model.set_columns(
            [
                Column(lambda: self.tr("Number"), lambda r: r.reference or self.tr("(no number yet)")),
                Column(
                    lambda: self.tr("Date"),
                    lambda r: short_date(r.dated_on or r.registered_on, self.language),
                ),
                Column(lambda: self.tr("Direction"), lambda r: _direction(r.kind)),
                Column(lambda: self.tr("Subject"), lambda r: r.subject, tooltip=lambda r: r.subject),
                Column(lambda: self.tr("Status"), lambda r: label(LETTER_STATUS_LABELS, r.status)),
                Column(
                    lambda: self.tr("Reply"),
                    self._reply,
                    icon=lambda r: dot_icon(URGENT_COLOR) if r.overdue else None,
                ),
            ]
        )
        self.letter_table = QTableView(self)
        self.letter_table.setModel(self.letter_model)
        style_table(self.letter_table, sortable=False)
        self.letter_table.activated.connect(self._letter_activated)  # double-click and Enter

        self.meetings_title = heading(3, self)
        self.no_meetings = muted(self)
        self.meeting_tree = QTreeWidget(self)
        self.meeting_tree.setColumnCount(4)
        self.meeting_tree.setRootIsDecorated(True)
        self.meeting_tree.setUniformRowHeights(True)
        self.meeting_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_tree.header().setStretchLastSection(True)
        self.meeting_tree.setStyleSheet(TREE_STYLE)
        self.meeting_tree.setAlternatingRowColors(True)
        self.meeting_tree.setIconSize(QSize(10, 10))
        self.meeting_tree.itemActivated.connect(self._meeting_activated)

        letters_box = QWidget(self)
        top = QVBoxLayout(letters_box)
        top.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.letters_title)
        row.addStretch(1)
        row.addWidget(self.link_button)
        top.addLayout(row)
        top.addWidget(self.no_letters)
        self.hidden_letters = muted(self)
        top.addWidget(self.hidden_letters)
        top.addWidget(self.letter_table, 1)
        meetings_box = QWidget(self)
        bottom = QVBoxLayout(meetings_box)
        bottom.setContentsMargins(0, 6, 0, 0)
        bottom.addWidget(self.meetings_title)
        bottom.addWidget(self.no_meetings)
        bottom.addWidget(self.meeting_tree, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(letters_box)
        splitter.addWidget(meetings_box)
        splitter.setSizes([1, 1])  # halves
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.letters_title.setText(self.tr("Letters linked to the case"))
        self.link_button.setText(self.tr("&Link a letter…"))
        self.no_letters.setText(self.tr("No letters are linked to this case."))
        self.meetings_title.setText(self.tr("Coordination meetings"))
        self.no_meetings.setText(
            self.tr("The case has not been on a meeting's agenda and has no action items from a meeting.")
        )
        self.meeting_tree.setHeaderLabels(
            [
                self.tr("Meeting / action item"),
                self.tr("Date / due"),
                self.tr("Forum / owner"),
                self.tr("Status"),
            ]
        )
        self.letter_model.retranslate()
        if self.links is not None:
            self.set_links(self.links, self.language)

    def _reply(self, r: LinkedLetter) -> str:
        due = short_date(r.reply_by, self.language)
        if r.overdue:
            return self.tr("overdue since {date}").format(date=due)
        if r.awaiting_reply:
            return self.tr("awaited by {date}").format(date=due)
        return ""

    def set_links(self, links: CaseLinks, language: str) -> None:
        self.links, self.language = links, language
        self.letter_model.set_rows(list(links.letters))
        fit_columns(self.letter_table)
        self.letter_table.setVisible(bool(links.letters))
        self.no_letters.setVisible(not links.letters)
        self.hidden_letters.setText(
            self.tr(
                "%n confidential letter(s) linked to the case are not shown to you.", "", links.hidden_letters
            )
        )
        self.hidden_letters.setVisible(links.hidden_letters > 0)
        self.meeting_tree.clear()
        for meeting in links.meetings:
            self.meeting_tree.addTopLevelItem(self._meeting_item(meeting))
        self.meeting_tree.expandAll()
        for column in range(3):
            self.meeting_tree.resizeColumnToContents(column)
            self.meeting_tree.setColumnWidth(column, self.meeting_tree.columnWidth(column) + 16)
        self.meeting_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.meeting_tree.setVisible(bool(links.meetings))
        self.no_meetings.setVisible(not links.meetings)

    def _meeting_item(self, meeting: CaseMeeting) -> QTreeWidgetItem:
        how = self.tr("on the agenda") if meeting.on_agenda else self.tr("action items")
        item = QTreeWidgetItem(
            [
                f"{meeting.reference}  ({how})",
                short_date(meeting.on, self.language),
                meeting.forum_name,
                label(MEETING_STATUS_LABELS, meeting.status),
            ]
        )
        item.setData(0, MEETING_ROLE, str(meeting.id))
        item.setToolTip(2, meeting.forum_name)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for action in meeting.actions:
            item.addChild(self._action_item(meeting.id, action))
        return item

    def _action_item(self, meeting_id: uuid.UUID, action: CaseAction) -> QTreeWidgetItem:
        owner = " — ".join(p for p in (action.owner_agency, action.owner_officer) if p)
        if action.done_on is not None:
            status = self.tr("done {date}").format(date=short_date(action.done_on, self.language))
        else:
            status = label(ACTION_STATUS_LABELS, "overdue" if action.overdue else "open")
        child = QTreeWidgetItem([action.what, short_date(action.due_on, self.language), owner, status])
        child.setToolTip(0, action.what)
        child.setData(0, MEETING_ROLE, str(meeting_id))
        if action.overdue:
            child.setIcon(1, dot_icon(URGENT_COLOR))
            child.setForeground(1, URGENT_COLOR)
        return child

    def _letter_activated(self) -> None:
        rows = self.letter_table.selectionModel().selectedRows()
        if rows:
            self.letter_requested.emit(self.letter_model.row_at(rows[0]))

    def _meeting_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.meeting_requested.emit(uuid.UUID(item.data(0, MEETING_ROLE)))

    def select_letter(self, reference: str) -> bool:
        for number, row in enumerate(self.letter_model.rows()):
            if row.reference == reference:
                self.letter_table.selectRow(number)
                return True
        return False


class LinkLetterDialog(QDialog):
    """Find a registered letter by its number, agenda number or subject and link it to the case."""

    def __init__(
        self,
        context: UiContext,
        number: str,
        link: Callable[[uuid.UUID, Callable[[], None], Callable[[str], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.number, self._link = context, number, link
        self.saving = False
        self._generation = 0
        self.setWindowTitle(self.tr("Link a letter to case {number}").format(number=number))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Letter number, agenda number or words of the subject"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.results.currentItemChanged.connect(lambda *_: self._update())
        self.hint = muted(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        find = QLabel(self.tr("&Find a letter"), self)
        find.setBuddy(self.search)
        layout.addWidget(find)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.resize(920, 480)
        self.find()

    def find(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        desk, today, text = self.context.desk, self.context.today(), self.search.text()
        flt = letters.LetterFilter(text=text, include_cancelled=False)

        def shown(rows: list[LetterRow]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_rows(rows)

        self.context.tasks.run(
            lambda _p: letters.list_letters(desk, flt, limit=30, today=today), on_done=shown, writes=False
        )

    def show_rows(self, rows: list[LetterRow]) -> None:
        self.results.clear()
        for row in rows:
            date = short_date(row.dated_on or row.registered_on, self.context.language())
            number = row.reference or self.tr("(no number yet)")
            text = f"{number}  ·  {date}  ·  {_direction(row.kind)}  ·  {row.subject}"
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            item.setToolTip(row.subject)
        if rows:
            self.results.setCurrentRow(0)
        self.hint.setText("" if rows else self.tr("No letter matches."))
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.results.currentItem() is not None and not self.saving)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None or self.saving:
            return
        self.saving = True
        self._update()
        self.error.hide()

        def done() -> None:
            self.saving = False
            if shiboken6.isValid(self):
                super(LinkLetterDialog, self).accept()

        def failed(message: str) -> None:
            self.saving = False
            if shiboken6.isValid(self):
                self.error.setText(message)
                self.error.show()
                self._update()

        self._link(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)), done, failed)

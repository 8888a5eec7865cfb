"""Correspondence: the letter register (incoming, outgoing, memos), the dispositions waiting for me
or my unit, and the log of calls and messages. Lists are read in SQL pages on a reader thread
(ui/models/paged.py); the panel on the right shows the selected letter whole (its thread and its
chain of dispositions) with the next steps it allows."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.files import write_atomically
from app.letter_labels import (
    COMM_CHANNEL_LABELS,
    COMM_DIRECTION_LABELS,
    INSTRUCTION_LABELS,
    LETTER_KIND_LABELS,
    LETTER_STATUS_LABELS,
    RECIPIENT_STATUS_LABELS,
    SECURITY_LABELS,
)
from app.models.correspondence import LetterSecurity
from app.services import access, comms, dispositions, letters
from app.services.letter_dto import (
    CommunicationRow,
    LetterDetail,
    LetterFileInfo,
    LetterRow,
    PendingDisposition,
)
from ui import labels, viewing
from ui.context import UiContext
from ui.events import Changes
from ui.letter_labels import COMM_CHANGES, DISPOSITION_CHANGES, LETTER_CHANGES, label
from ui.models.paged import Column, PagedTableModel
from ui.permissions import Permission, offer
from ui.views.base import View
from ui.widgets.page import PageHeader, page_layout
from ui.widgets.tables import style_table

OVERDUE_COLOR = "#b3261e"
SECRET_COLOR = "#7a1f5c"
SEARCH_DELAY_MS = 250
MAX_COLUMN_WIDTH = 220
MIN_SUBJECT_WIDTH = 280
TABS = ("in", "out", "memo", "dispositions", "comms")


def channel_text(row: CommunicationRow) -> str:
    direction = label(COMM_DIRECTION_LABELS, row.direction).lower()
    return f"{label(COMM_CHANNEL_LABELS, row.channel)} ({direction})"


def _date(context: UiContext, value: date | None) -> str:
    return labels.short_date(value, context.language())


class CorrespondenceView(View):
    entities = LETTER_CHANGES | DISPOSITION_CHANGES | COMM_CHANGES

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = page_layout(self)
        self.header = PageHeader(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        layout.addLayout(top)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.urgency = QComboBox(self)
        self.urgency.addItem("", None)
        for security in LetterSecurity:
            self.urgency.addItem("", security.value)
        self.urgency.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.awaiting = QCheckBox(self)
        self.overdue = QCheckBox(self)
        for box in (self.awaiting, self.overdue):
            box.toggled.connect(lambda _on: self.apply_filter())
        self.register_button = QPushButton(self)
        self.register_button.clicked.connect(self.register_incoming)
        self.letter_button = QPushButton(self)
        self.letter_button.clicked.connect(lambda: self.draft("out"))
        self.memo_button = QPushButton(self)
        self.memo_button.clicked.connect(lambda: self.draft("memo"))
        self.log_button = QPushButton(self)
        self.log_button.clicked.connect(self.quick_log)
        offer(context, Permission.REGISTER_LETTERS, self.register_button)
        offer(context, Permission.DRAFT_LETTERS, self.letter_button, self.memo_button)
        offer(context, Permission.LOG_COMMUNICATIONS, self.log_button)
        self.permissions = access.granted(context.desk)  # which of a letter's commands to offer
        bar = QHBoxLayout()
        bar.setSpacing(10)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.urgency)
        bar.addWidget(self.awaiting)
        bar.addWidget(self.overdue)
        bar.addStretch()
        for button in (self.register_button, self.letter_button, self.memo_button, self.log_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bar)

        self.tabs = QTabWidget(self)
        self.letter_models: dict[str, PagedTableModel[LetterRow]] = {}
        self.letter_tables: dict[str, QTableView] = {}
        for kind in ("in", "out", "memo"):
            model: PagedTableModel[LetterRow] = PagedTableModel(
                context, self._letter_columns(kind), lambda: 0, lambda _o, _l: []
            )
            table = self._table(model)
            self.letter_models[kind], self.letter_tables[kind] = model, table
            self.tabs.addTab(table, "")
        self.scope = QComboBox(self)
        self.scope.addItem("", "mine")
        self.scope.addItem("", "unit")
        self.scope.currentIndexChanged.connect(lambda _i: self.load_dispositions())
        self.show_done = QCheckBox(self)
        self.show_done.toggled.connect(lambda _on: self.load_dispositions())
        self.disposition_model: PagedTableModel[PendingDisposition] = PagedTableModel(
            context, self._disposition_columns(), lambda: 0, lambda _o, _l: []
        )
        self.disposition_table = self._table(self.disposition_model, stretch=1)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        scope_row = QHBoxLayout()
        self.scope_caption = QLabel(page)
        scope_row.addWidget(self.scope_caption)
        scope_row.addWidget(self.scope)
        scope_row.addWidget(self.show_done)
        scope_row.addStretch()
        self.bulk_button = QPushButton(page)
        self.bulk_button.clicked.connect(self.print_todays_sheets)
        offer(context, Permission.ISSUE_DOCUMENTS, self.bulk_button)
        scope_row.addWidget(self.bulk_button)
        column.addLayout(scope_row)
        column.addWidget(self.disposition_table, 1)
        self.tabs.addTab(page, "")
        self.comm_model: PagedTableModel[CommunicationRow] = PagedTableModel(
            context, self._comm_columns(), lambda: 0, lambda _o, _l: []
        )
        self.comm_table = self._table(self.comm_model)
        self.tabs.addTab(self.comm_table, "")
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch()
        self.action_buttons: list[QPushButton] = []
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(self.actions_row)
        # the list above, the chosen letter below: the register's columns need the full width
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        side.setMinimumHeight(160)
        layout.addWidget(splitter, 1)
        self.current: LetterDetail | None = None
        self.printing: QDialog | None = None
        self.current_disposition: PendingDisposition | None = None
        self.current_comm: CommunicationRow | None = None
        self._detail_generation = 0
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self.search.setFocus())
        self.retranslate()

    # --- building ---------------------------------------------------------------------------------
    def _table(self, model: PagedTableModel[Any], stretch: int = 3) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        style_table(table, sortable=False)
        table.horizontalHeader().setStretchLastSection(False)
        model.loaded.connect(lambda: self._fit(table, stretch))
        table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self._selection_changed()  # type: ignore[misc]
        )
        return table

    def _tables(self) -> list[tuple[QTableView, int]]:
        return [
            *((t, 3) for t in self.letter_tables.values()),
            (self.disposition_table, 1),
            (self.comm_table, 3),
        ]

    def _tab_changed(self) -> None:
        for table, stretch in self._tables():
            if table.isVisible():
                self._fit(table, stretch)
        self._selection_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for table, stretch in self._tables():
            if table.isVisible():
                self._fit(table, stretch)

    @staticmethod
    def _fit(table: QTableView, stretch: int) -> None:
        """Columns as wide as their contents (within reason); the subject or summary takes the rest."""
        used = 0
        for column in range(table.model().columnCount()):
            if column != stretch:
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column) + 12, MAX_COLUMN_WIDTH))
                used += table.columnWidth(column)
        spare = table.viewport().width() - used - table.verticalScrollBar().sizeHint().width()
        table.setColumnWidth(stretch, max(spare, MIN_SUBJECT_WIDTH))

    def _letter_columns(self, kind: str) -> list[Column[LetterRow]]:
        c = self.context
        overdue = lambda r: OVERDUE_COLOR if r.overdue else None  # noqa: E731
        secret = lambda r: SECRET_COLOR if r.confidential else None  # noqa: E731
        columns: list[Column[LetterRow]] = [
            Column(lambda: self.tr("Number"), lambda r: r.reference or self.tr("(draft)")),
            Column(lambda: self.tr("Date"), lambda r: _date(c, r.registered_on)),
            Column(
                (lambda: self.tr("From")) if kind == "in" else (lambda: self.tr("To")),
                lambda r: r.counterpart,
            ),
            Column(lambda: self.tr("Subject"), lambda r: r.subject),
            Column(lambda: self.tr("Sifat"), lambda r: label(SECURITY_LABELS, r.security), secret),
        ]
        if kind == "in":
            columns.append(
                Column(
                    lambda: self.tr("Reply by"),
                    lambda r: (
                        (_date(c, r.reply_by) + (" ⚠" if r.overdue else ""))
                        if r.awaiting_reply
                        else (self.tr("answered") if r.reply_by else "")
                    ),
                    overdue,
                )
            )
        else:
            columns.append(Column(lambda: self.tr("Status"), lambda r: label(LETTER_STATUS_LABELS, r.status)))
        return columns

    def _disposition_columns(self) -> list[Column[PendingDisposition]]:
        c = self.context
        return [
            Column(lambda: self.tr("Letter"), lambda p: p.letter_reference),
            Column(lambda: self.tr("Subject"), lambda p: p.subject),
            Column(lambda: self.tr("From"), lambda p: p.from_name),
            Column(lambda: self.tr("To"), lambda p: p.recipient + (" ★" if p.lead else "")),
            Column(
                lambda: self.tr("Instructions"),
                lambda p: ", ".join(label(INSTRUCTION_LABELS, i) for i in p.instructions),
            ),
            Column(
                lambda: self.tr("Deadline"),
                lambda p: _date(c, p.due_on) + (" ⚠" if p.overdue else ""),
                lambda p: OVERDUE_COLOR if p.overdue else None,
            ),
            Column(lambda: self.tr("Status"), lambda p: label(RECIPIENT_STATUS_LABELS, p.status)),
        ]

    def _comm_columns(self) -> list[Column[CommunicationRow]]:
        c = self.context
        return [
            Column(
                lambda: self.tr("When"),
                lambda r: f"{_date(c, r.at.astimezone().date())} {r.at.astimezone():%H:%M}",
            ),
            Column(
                lambda: self.tr("Channel"),
                channel_text,
            ),
            Column(
                lambda: self.tr("With"),
                lambda r: " — ".join(p for p in (r.counterpart, r.agency or "", r.counterpart_phone) if p),
            ),
            Column(lambda: self.tr("Summary"), lambda r: r.summary),
            Column(
                lambda: self.tr("Follow-up"),
                lambda r: (
                    (r.follow_up + (f" ({_date(c, r.follow_up_due)})" if r.follow_up_due else ""))
                    if r.follow_up and not r.follow_up_done_on
                    else ""
                ),
                lambda r: OVERDUE_COLOR if r.follow_up_overdue else None,
            ),
            Column(lambda: self.tr("Case"), lambda r: r.case_number or ""),
        ]

    # --- texts ------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Correspondence")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Correspondence"))
        self.header.subtitle.setText(
            self.tr("Letters in and out, their dispositions, and the calls and messages between agencies")
        )
        self.search.setPlaceholderText(self.tr("Search number, sender, subject or summary (Ctrl+F)"))
        self.urgency.setItemText(0, self.tr("Any sifat"))
        for index in range(1, self.urgency.count()):
            self.urgency.setItemText(index, label(SECURITY_LABELS, self.urgency.itemData(index)))
        self.awaiting.setText(self.tr("Awaiting reply"))
        self.overdue.setText(self.tr("Overdue"))
        self.register_button.setText(self.tr("Register incoming…"))
        self.letter_button.setText(self.tr("New letter…"))
        self.memo_button.setText(self.tr("New memo…"))
        self.log_button.setText(self.tr("Log a call…"))
        self.log_button.setToolTip(self.tr("Log a call or message (Ctrl+L, from anywhere)"))
        for index, text in enumerate(
            (
                self.tr("Incoming"),
                self.tr("Outgoing"),
                self.tr("Memos"),
                self.tr("Dispositions"),
                self.tr("Communications"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.scope_caption.setText(self.tr("Routed to"))
        self.scope.setItemText(0, self.tr("me"))
        self.scope.setItemText(1, self.tr("my unit"))
        self.show_done.setText(self.tr("Include finished"))
        self.bulk_button.setText(self.tr("Print today's disposition sheets…"))
        self.bulk_button.setToolTip(self.tr("Every disposition given today, in one PDF, each sheet issued"))
        for model in (*self.letter_models.values(), self.disposition_model, self.comm_model):
            model.retranslate()
        self._show_detail()

    # --- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.apply_filter()

    def letter_filter(self, kind: str) -> letters.LetterFilter:
        return letters.LetterFilter(
            kind=kind,
            text=self.search.text(),
            awaiting_reply=self.awaiting.isChecked(),
            overdue=self.overdue.isChecked(),
            security=self.urgency.currentData(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        desk, today = self.context.desk, self.context.today()
        for kind, model in self.letter_models.items():
            flt = self.letter_filter(kind)
            model.set_query(
                partial(letters.count_letters, desk, flt, today=today),
                lambda offset, limit, flt=flt: letters.letter_page(
                    desk, flt, offset=offset, limit=limit, today=today
                ),
            )
        cflt = comms.CommFilter(text=self.search.text())
        self.comm_model.set_query(
            partial(comms.count_communications, desk, cflt),
            lambda offset, limit: comms.communication_page(
                desk, cflt, offset=offset, limit=limit, today=today
            ),
        )
        self.load_dispositions()
        self._reload_detail()

    def load_dispositions(self) -> None:
        desk, today = self.context.desk, self.context.today()
        scope, done = self.scope.currentData(), self.show_done.isChecked()

        def rows() -> list[PendingDisposition]:
            return dispositions.pending_for(desk, scope=scope, include_done=done, today=today)

        # a person's own dispositions are few: read whole, shown through the same model
        self.disposition_model.set_query(
            lambda: len(rows()), lambda offset, limit: rows()[offset : offset + limit]
        )

    # --- selection and the detail panel -----------------------------------------------------------
    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def _selected(self, table: QTableView, model: PagedTableModel[Any]) -> Any:
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        tab = self.current_tab()
        self.current_disposition = self.current_comm = None
        letter_id: uuid.UUID | None = None
        if tab in self.letter_models:
            row = self._selected(self.letter_tables[tab], self.letter_models[tab])
            letter_id = row.id if row else None
        elif tab == "dispositions":
            self.current_disposition = self._selected(self.disposition_table, self.disposition_model)
            letter_id = self.current_disposition.letter_id if self.current_disposition else None
        else:
            self.current_comm = self._selected(self.comm_table, self.comm_model)
        self._load_letter(letter_id)

    def _reload_detail(self) -> None:
        self._load_letter(self.current.id if self.current else None)

    def _load_letter(self, letter_id: uuid.UUID | None) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        if letter_id is None:
            self.current = None
            self._show_detail()
            return
        desk, today = self.context.desk, self.context.today()

        def shown(detail: LetterDetail) -> None:
            if generation == self._detail_generation:
                self.current = detail
                self._show_detail()

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            if generation == self._detail_generation:
                self.current = None
                self._show_detail()

        self.context.tasks.run(
            lambda _p: letters.letter_detail(desk, letter_id, today=today),
            on_done=shown,
            on_error=failed,
            writes=False,
        )

    def _show_detail(self) -> None:
        for button in self.action_buttons:
            self.actions_row.removeWidget(button)
            button.hide()  # at once: deletion waits for the event loop
            button.deleteLater()
        self.action_buttons = []
        if self.current_comm is not None and self.current is None:
            self.detail.setHtml(self._comm_html(self.current_comm))
            if self.current_comm.follow_up and not self.current_comm.follow_up_done_on:
                comm_id = self.current_comm.id
                self._action(
                    self.tr("Follow-up done"),
                    lambda: self._write(
                        lambda: comms.complete_follow_up(
                            self.context.desk, comm_id, today=self.context.today()
                        ),
                        COMM_CHANGES,
                    ),
                    Permission.LOG_COMMUNICATIONS,
                )
            return
        if self.current is None:
            self.detail.setHtml(
                "<p style='color:#5b6478'>"
                + html.escape(self.tr("Choose a letter to see it whole here."))
                + "</p>"
            )
            return
        self.detail.setHtml(self._letter_html(self.current))
        self._letter_actions(self.current)

    def _action(self, text: str, slot: Callable[[], None], needs: Permission | None = None) -> None:
        if needs is not None and needs not in self.permissions:
            return
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.actions_row.insertWidget(len(self.action_buttons), button)
        self.action_buttons.append(button)
        return button

    def _letter_actions(self, d: LetterDetail) -> None:
        if d.files:
            self._action(self.tr("Open scan"), partial(self.open_file, d.files[0]))
        pending = self.current_disposition
        if pending is not None and pending.status == "pending" and pending.letter_id == d.id:
            self._action(self.tr("Forward…"), self.forward, Permission.DISPOSE_LETTERS)
            self._action(self.tr("Mark done…"), self.mark_done, Permission.COMPLETE_DISPOSITIONS)
        if d.kind == "in" and d.status != "cancelled":
            self._action(self.tr("Dispose…"), self.dispose, Permission.DISPOSE_LETTERS)
            self._action(self.tr("Draft reply…"), self.draft_reply, Permission.DRAFT_LETTERS)
        if d.kind != "in":
            if d.status == "draft":
                self._action(self.tr("Edit…"), self.edit_draft, Permission.DRAFT_LETTERS)
                self._action(
                    self.tr("Approve"),
                    lambda: self._write(
                        lambda: letters.approve_letter(self.context.desk, d.id, today=self.context.today()),
                        LETTER_CHANGES,
                    ),
                    Permission.APPROVE_LETTERS,
                )
            elif d.status == "approved":
                self._action(self.tr("Sign…"), self.sign, Permission.APPROVE_LETTERS)
            elif d.status == "signed":
                self._action(
                    self.tr("Mark sent"),
                    lambda: self._write(
                        lambda: letters.send_letter(self.context.desk, d.id, today=self.context.today()),
                        LETTER_CHANGES,
                    ),
                    Permission.APPROVE_LETTERS,
                )
        if d.status != "cancelled" and d.kind != "in":
            self._action(self.tr("Cancel letter…"), self.cancel_letter, Permission.APPROVE_LETTERS)
        if d.kind != "in" or d.dispositions:
            self._action(self.tr("Print / PDF…"), self.print_letter, Permission.ISSUE_DOCUMENTS)

    def print_letter(self) -> QDialog | None:
        """The letter (or memo), or an incoming letter's disposition sheet, with the preview."""
        d = self.current
        if d is None:
            return None
        from ui.dialogs.print_document import PrintDocumentDialog

        form = {"in": "disposition", "memo": "memo"}.get(d.kind, "letter")
        record = d.reference or str(d.id)  # a draft has no number yet
        self.printing = PrintDocumentDialog(self.context, record, (form,), self, caption=d.subject)
        self.printing.finished.connect(self.printing.deleteLater)
        return self._open(self.printing)

    def _letter_html(self, d: LetterDetail) -> str:
        e = html.escape
        c = self.context
        rows: list[tuple[str, str]] = [(self.tr("Kind"), label(LETTER_KIND_LABELS, d.kind))]
        if d.kind == "in":
            rows += [
                (self.tr("Agenda number"), d.agenda_number or ""),
                (self.tr("Received"), _date(c, d.received_on)),
                (self.tr("From"), d.sender),
                (self.tr("Their number"), d.sender_number),
                (self.tr("Their date"), _date(c, d.dated_on)),
            ]
        else:
            rows += [
                (self.tr("Number"), d.number or self.tr("issued when signed")),
                (self.tr("To"), ", ".join(p for p in (d.addressee, d.addressee_place) if p)),
                (self.tr("Signer"), " — ".join(p for p in (d.signer, d.signer_position) if p)),
                (self.tr("Dated"), ", ".join(p for p in (d.place, _date(c, d.dated_on)) if p)),
            ]
        rows += [
            (self.tr("Sifat"), label(SECURITY_LABELS, d.security)),
            (self.tr("Classification"), d.classification),
            (self.tr("Enclosures"), str(d.attachment_count)),
            (self.tr("Status"), label(LETTER_STATUS_LABELS, d.status)),
        ]
        if d.reply_by:
            state = (
                self.tr("overdue")
                if d.overdue
                else self.tr("awaiting reply")
                if d.awaiting_reply
                else self.tr("answered")
            )
            rows.append((self.tr("Reply by"), f"{_date(c, d.reply_by)} ({state})"))
        if d.copies:
            rows.append((self.tr("Copies"), "; ".join(d.copies)))
        if d.files:
            rows.append((self.tr("Files"), ", ".join(f.filename for f in d.files)))
        if d.in_reply_to:
            rows.append((self.tr("In reply to"), d.in_reply_to.reference))
        for reply in d.replies:
            rows.append(
                (
                    self.tr("Answered by"),
                    (reply.reference or self.tr("(draft)"))
                    + " — "
                    + label(LETTER_STATUS_LABELS, reply.status),
                )
            )
        if d.cancel_reason:
            rows.append((self.tr("Cancelled"), d.cancel_reason))
        caption = "<tr><td style='color:#5b6478;padding-right:12px'>{}</td><td>{}</td></tr>"
        table = "".join(caption.format(e(k), e(v)) for k, v in rows if v)
        if d.cases:  # each case number opens its case window
            links = ", ".join(f"<a href='case:{e(n)}'>{e(n)}</a>" for n in d.cases)
            table += caption.format(e(self.tr("Cases")), links)
        if d.meetings:  # each meeting that has the letter on its agenda opens its window
            links = ", ".join(f"<a href='meeting:{m.id}'>{e(m.reference)}</a>" for m in d.meetings)
            table += caption.format(e(self.tr("Meetings")), links)
        left = f"<table>{table}</table>"
        body = ""
        text = d.summary or d.body
        if text:
            body += f"<p style='margin-top:0'>{e(text).replace(chr(10), '<br>')}</p>"
        if d.dispositions:
            body += "<h4>" + e(self.tr("Dispositions")) + "</h4>"
            deadline = self.tr("deadline")
            for item in d.dispositions:
                steps = ", ".join(label(INSTRUCTION_LABELS, i) for i in item.instructions)
                due = f" — {e(deadline)} {e(_date(c, item.due_on))}" if item.due_on else ""
                indent = 16 * item.depth
                body += (
                    f"<div style='margin-left:{indent}px'><b>{e(item.from_name)}</b> "
                    f"({e(_date(c, item.given_on))}){due}<br>{e(steps)}"
                    + (f"<br><i>{e(item.note)}</i>" if item.note else "")
                    + "<ul style='margin-top:0'>"
                    + "".join(
                        f"<li style='color:{OVERDUE_COLOR if r.overdue else 'inherit'}'>"
                        f"{'★ ' if r.lead else ''}{e(r.name)}: {e(label(RECIPIENT_STATUS_LABELS, r.status))}"
                        + (f" — {e(r.done_note)}" if r.done_note else "")
                        + "</li>"
                        for r in item.recipients
                    )
                    + "</ul></div>"
                )
        return (
            f"<h3 style='margin-bottom:4px'>{e(d.subject)}</h3><table width='100%'><tr>"
            f"<td valign='top' width='48%'>{left}</td><td width='4%'></td>"
            f"<td valign='top'>{body}</td></tr></table>"
        )

    def _comm_html(self, r: CommunicationRow) -> str:
        e = html.escape
        lines = [
            f"<h3>{e(channel_text(r))}</h3>",
            f"<p>{e(' — '.join(p for p in (r.counterpart, r.agency or '', r.counterpart_phone) if p))}</p>",
            f"<p>{e(r.summary)}</p>",
        ]
        if r.follow_up:
            lines.append("<p><b>" + e(self.tr("Follow-up")) + f":</b> {e(r.follow_up)}</p>")
        if r.case_number:
            lines.append("<p>" + e(self.tr("Case")) + f": {e(r.case_number)}</p>")
        return "".join(lines)

    # --- commands ---------------------------------------------------------------------------------
    def _write(self, fn: Callable[[], object], changes: frozenset[str]) -> None:
        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Correspondence"), labels.error_text(error))

        self.context.tasks.run(
            lambda _p: fn(), on_done=lambda _r: self.context.bus.announce(Changes(changes)), on_error=failed
        )

    def choose_bulk_path(self, day: date) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the disposition sheets"), f"disposisi-{day.isoformat()}.pdf", "PDF (*.pdf)"
        )
        return path

    def print_todays_sheets(self) -> None:
        """Every disposition sheet of today in one PDF, in the background; a cancel writes nothing."""
        from app.services import bulk_print

        desk, day = self.context.desk, self.context.today()
        path = self.choose_bulk_path(day)
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")

        def done(bulk: bulk_print.BulkFile) -> None:
            write_atomically(target, bulk.pdf)  # never a half-written file under the chosen name
            self.bulk_report = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Correspondence"),
                self.tr("Disposition sheets printed: {count} ({pages} pages), saved to {path}.").format(
                    count=len(bulk.issued), pages=bulk.pages, path=str(target)
                ),
                parent=self,
            )
            self.bulk_report.open()

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            cancelled = isinstance(error, bulk_print.Cancelled)
            self.bulk_report = QMessageBox(
                QMessageBox.Icon.Information if cancelled else QMessageBox.Icon.Warning,
                self.tr("Correspondence"),
                labels.error_text(error),
                parent=self,
            )
            self.bulk_report.open()

        self.bulk_cancel = self.context.tasks.run(
            lambda progress: bulk_print.disposition_sheets(desk, day, progress=progress, today=day),
            on_done=done,
            on_error=failed,
            label=self.tr("Printing the disposition sheets…"),
            parent=self,
        )

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setModal(True)
        dialog.show()
        return dialog

    def register_incoming(self) -> QDialog:
        from ui.dialogs.letters import RegisterIncomingDialog  # here: the dialogs import the views' parts

        return self._open(RegisterIncomingDialog(self.context, self))

    def draft(self, kind: str) -> QDialog:
        from ui.dialogs.letters import DraftLetterDialog  # here: the dialogs import the views' parts

        return self._open(DraftLetterDialog(self.context, kind=kind, parent=self))

    def draft_reply(self) -> QDialog | None:
        from ui.dialogs.letters import DraftLetterDialog  # here: the dialogs import the views' parts

        if self.current is None:
            return None
        subject = self.tr("Reply to: {subject}").format(subject=self.current.subject)
        return self._open(
            DraftLetterDialog(
                self.context, kind="out", in_reply_to=self.current.id, reply_subject=subject, parent=self
            )
        )

    def edit_draft(self) -> QDialog | None:
        from ui.dialogs.letters import DraftLetterDialog  # here: the dialogs import the views' parts

        if self.current is None:
            return None
        return self._open(DraftLetterDialog(self.context, draft=self.current, parent=self))

    def dispose(self) -> QDialog | None:
        from ui.dialogs.letters import DisposeDialog  # here: the dialogs import the views' parts

        if self.current is None:
            return None
        return self._open(
            DisposeDialog(
                self.context, letter_id=self.current.id, reference_text=self.current.reference, parent=self
            )
        )

    def forward(self) -> QDialog | None:
        from ui.dialogs.letters import DisposeDialog  # here: the dialogs import the views' parts

        if self.current_disposition is None:
            return None
        return self._open(
            DisposeDialog(
                self.context,
                recipient_id=self.current_disposition.recipient_id,
                reference_text=self.current_disposition.letter_reference,
                parent=self,
            )
        )

    def mark_done(self) -> QDialog | None:
        from ui.views.case_parts.dialogs import ReasonDialog  # here: the dialogs import the views' parts

        pending = self.current_disposition
        if pending is None:
            return None
        desk, today = self.context.desk, self.context.today()
        return self._open(
            ReasonDialog(
                self.context,
                self.tr("Disposition done"),
                self.tr("&What was done"),
                lambda note: partial(
                    dispositions.complete, desk, pending.recipient_id, note=note, today=today
                ),
                DISPOSITION_CHANGES,
                field="note",
                parent=self,
            )
        )

    def sign(self) -> QDialog | None:
        from ui.dialogs.letters import SignDialog  # here: the dialogs import the views' parts

        if self.current is None:
            return None
        return self._open(SignDialog(self.context, self.current.id, parent=self))

    def cancel_letter(self) -> QDialog | None:
        from ui.views.case_parts.dialogs import ReasonDialog  # here: the dialogs import the views' parts

        if self.current is None:
            return None
        desk, today, letter_id = self.context.desk, self.context.today(), self.current.id
        return self._open(
            ReasonDialog(
                self.context,
                self.tr("Cancel letter"),
                self.tr("&Reason"),
                lambda reason: partial(letters.cancel_letter, desk, letter_id, reason, today=today),
                LETTER_CHANGES,
                explanation=self.tr("A number already issued stays in the register, marked cancelled."),
                parent=self,
            )
        )

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "case":
            from ui.views.case_detail import open_case

            open_case(self.context, url.path(), self.window())
        elif url.scheme() == "meeting":
            from ui.views.meeting_parts.meeting_window import open_meeting

            open_meeting(self.context, uuid.UUID(url.path()), self.window())

    def open_file(self, info: LetterFileInfo) -> None:
        """Open a scan with the system's viewer: a read-only copy under its own name in this
        session's folder of copies (ui/viewing.py; the store keeps blobs by hash; on an office
        server a scan registered at another desk is fetched from the server first)."""

        def show(target: Path | None) -> None:
            if target is None:
                QMessageBox.warning(
                    self,
                    self.tr("Correspondence"),
                    self.tr("The file of this scan is not on this computer yet."),
                )
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        viewing.open_copy(self.context, info.sha256, info.filename, show)

    def quick_log(self) -> QDialog:
        from ui.dialogs.letters import QuickLogDialog  # here: the dialogs import the views' parts

        return self._open(QuickLogDialog(self.context, parent=self))

    def select_letter(self, kind: str, reference: str) -> bool:
        """Bring a letter of the list forward and select it (tests and links use it)."""
        self.tabs.setCurrentIndex(TABS.index(kind))
        model, table = self.letter_models[kind], self.letter_tables[kind]
        for index, row in enumerate(model.rows):
            if row.reference == reference or str(row.id) == reference:
                table.selectRow(index)
                return True
        return False

    def select_disposition(self, recipient_id: uuid.UUID) -> bool:
        self.tabs.setCurrentIndex(TABS.index("dispositions"))
        for index, row in enumerate(self.disposition_model.rows):
            if row.recipient_id == recipient_id:
                self.disposition_table.selectRow(index)
                return True
        return False

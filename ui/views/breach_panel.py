"""Audit › Breaches: the register of personal-data breaches with each one's 3 x 24 hour deadline
(overdue in red while a notice is missing), registering one, recording a notice, and printing
the notification letter to the authority or to the people concerned."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import breaches
from app.services.breaches import BreachInfo
from ui import labels
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.events import Changes
from ui.views.loading import Loader
from ui.widgets.page import muted
from ui.widgets.tables import fit_columns, style_table

BREACH_CHANGES = frozenset({"data_breach"})
OVERDUE_COLOR = "#b3261e"


def _now_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    return edit


def _aware(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().astimezone()  # type: ignore[no-any-return,union-attr]


class BreachDialog(FormDialog):
    changes = BREACH_CHANGES

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.found_at = _now_edit(self)
        self.description, self.measures = QPlainTextEdit(self), QPlainTextEdit(self)
        self.data_kinds = QLineEdit(self)
        self.subjects = QSpinBox(self)
        self.subjects.setRange(0, 10_000_000)
        for name, widget in (
            ("found_at", self.found_at),
            ("description", self.description),
            ("data_kinds", self.data_kinds),
            ("subjects", self.subjects),
            ("measures", self.measures),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a personal data breach"))
        self.captions["found_at"].setText(self.tr("&Found at"))
        self.captions["description"].setText(self.tr("&What happened"))
        self.captions["data_kinds"].setText(self.tr("&Data concerned"))
        self.captions["subjects"].setText(self.tr("&People concerned"))
        self.captions["measures"].setText(self.tr("&Measures taken"))

    def call(self) -> Callable[[], Any]:
        return partial(
            breaches.record_breach,
            self.context.desk,
            found_at=_aware(self.found_at),
            description=self.description.toPlainText(),
            data_kinds=self.data_kinds.text(),
            subjects=self.subjects.value(),
            measures=self.measures.toPlainText(),
        )


class BreachPanel(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = Loader(context, self)
        self.rows: list[BreachInfo] = []
        self.dialog: FormDialog | None = None
        self.note = muted(self)
        self.add_button, self.notice_button = QPushButton(self), QPushButton(self)
        self.audience = QComboBox(self)
        self.audience.addItems(["", ""])
        self.told_at = _now_edit(self)
        self.letter_button = QPushButton(self)
        self.add_button.clicked.connect(self.register)
        self.notice_button.clicked.connect(self.record_notice)
        self.letter_button.clicked.connect(lambda: self.print_letter())
        self.table = QTableWidget(0, 6, self)
        style_table(self.table, sortable=False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.audience)
        actions.addWidget(self.told_at)
        actions.addWidget(self.notice_button)
        actions.addWidget(self.letter_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        context.bus.changed.connect(
            lambda changes: self.refresh() if changes.touches(*BREACH_CHANGES) else None
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "A breach is notified to the authority and to the people concerned "
                "within 3 x 24 hours of finding it."
            )
        )
        self.add_button.setText(self.tr("&Register…"))
        self.audience.setItemText(0, self.tr("The authority"))
        self.audience.setItemText(1, self.tr("The people concerned"))
        self.notice_button.setText(self.tr("Record notice"))
        self.letter_button.setText(self.tr("Notification &letter…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Found"),
                self.tr("Notice due"),
                self.tr("Authority told"),
                self.tr("People told"),
                self.tr("People"),
            ]
        )
        self._show()

    def refresh(self) -> None:
        desk = self.context.desk
        self.loader.load(lambda: breaches.breaches(desk), self._apply)

    def _apply(self, rows: list[BreachInfo]) -> None:
        self.rows = rows
        self._show()

    def _time(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        return value.astimezone().strftime("%d/%m/%Y %H:%M")

    def _show(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, info in enumerate(self.rows):
            deadline = self._time(info.deadline) + (" " + self.tr("(overdue)") if info.overdue else "")
            for column, text in enumerate(
                (
                    info.number,
                    self._time(info.found_at),
                    deadline,
                    self._time(info.authority_notified_at),
                    self._time(info.subjects_notified_at),
                    labels.number(info.subjects, self.context.language()),
                )
            ):
                item = QTableWidgetItem(text)
                if column == 2 and info.overdue:
                    item.setForeground(QColor(OVERDUE_COLOR))
                self.table.setItem(row, column, item)
        enabled = bool(self.rows)
        for widget in (self.notice_button, self.letter_button, self.audience, self.told_at):
            widget.setEnabled(enabled)
        fit_columns(self.table, extra=16)

    def selected(self) -> BreachInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else (self.rows[0] if self.rows else None)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b6e3a;" if ok else f"color: {OVERDUE_COLOR};")
        self.message.setText(text)
        self.message.show()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self._say(labels.error_text(error), False)

    def register(self) -> None:
        dialog = BreachDialog(self.context, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def record_notice(self) -> None:
        info = self.selected()
        if info is None:
            return
        at, desk = _aware(self.told_at), self.context.desk
        authority = self.audience.currentIndex() == 0
        self.context.tasks.run(
            lambda _p: breaches.record_notice(
                desk,
                info.number,
                authority_at=at if authority else None,
                subjects_at=None if authority else at,
            ),
            on_done=lambda _r: self.context.bus.announce(Changes(BREACH_CHANGES)),
            on_error=self._failed,
        )

    def print_letter(self, path: str | None = None) -> None:
        info = self.selected()
        if info is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the notification letter"), "pemberitahuan.pdf", self.tr("PDF (*.pdf)")
            )
        if not path:
            return
        target = Path(path).with_suffix(".pdf")
        desk, language = self.context.desk, self.context.language()
        audience = "authority" if self.audience.currentIndex() == 0 else "subjects"

        def issue(_progress: Any) -> str:
            issued = breaches.print_notice(desk, info.number, audience, language=language)
            target.write_bytes(issued.pdf)
            return issued.info.number

        self.context.tasks.run(
            issue,
            on_done=lambda number: self._say(
                self.tr("Notification {number} saved to {path}.").format(number=number, path=target.name),
                True,
            ),
            on_error=self._failed,
        )

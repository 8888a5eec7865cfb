"""Audit › Retention: how long each kind of record is kept (office settings that sync), the
review list of records whose retention has ended, and anonymising the chosen ones (after a
confirmation; the change capture audits it and sync carries it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import retention
from app.services.retention import DueItem, RuleInfo
from ui import labels
from ui.context import UiContext
from ui.events import Changes
from ui.views.loading import Loader
from ui.widgets.page import heading, muted
from ui.widgets.tables import fit_columns, style_table

RETENTION_CHANGES = frozenset({"retention_rule", "case_file", "worker", "communication"})
OK_STYLE = "color: #1b6e3a; font-weight: 600;"
ERROR_STYLE = "color: #b3261e; font-weight: 600;"


@dataclass(frozen=True)
class RetentionData:
    rules: list[RuleInfo]
    due: list[DueItem]


class RetentionPanel(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = Loader(context, self)
        self.data: RetentionData | None = None
        self.rules_title, self.rules_note = heading(2, self), muted(self)
        self.rule_rows = QVBoxLayout()
        self.years: dict[str, QSpinBox] = {}
        self.rule_captions: dict[str, QLabel] = {}
        self.rule_buttons: dict[str, QPushButton] = {}
        for kind in retention.KINDS:
            caption, years, button = QLabel(self), QSpinBox(self), QPushButton(self)
            years.setRange(1, retention.MAX_YEARS)
            button.clicked.connect(partial(self.save_rule, kind))
            row = QHBoxLayout()
            row.addWidget(caption, 1)
            row.addWidget(years)
            row.addWidget(button)
            self.rule_rows.addLayout(row)
            self.rule_captions[kind], self.years[kind], self.rule_buttons[kind] = caption, years, button
        self.due_title, self.due_note = heading(2, self), muted(self)
        self.table = QTableWidget(0, 4, self)
        style_table(self.table, sortable=False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.anonymise_button = QPushButton(self)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.due_note, 1)
        bar.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.rules_title)
        layout.addWidget(self.rules_note)
        layout.addLayout(self.rule_rows)
        layout.addSpacing(8)
        layout.addWidget(self.due_title)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        context.bus.changed.connect(
            lambda changes: self.refresh() if changes.touches(*RETENTION_CHANGES) else None
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.rules_title.setText(self.tr("How long records are kept"))
        self.rules_note.setText(
            self.tr(
                "UU 27/2022: personal data ends when its retention ends. "
                "The office's rules sync to every site."
            )
        )
        for kind, (_default, description) in retention.KINDS.items():
            self.rule_captions[kind].setText(QCoreApplication.translate("retention", description))
            self.years[kind].setSuffix(self.tr(" years"))
            self.rule_buttons[kind].setText(self.tr("Save"))
        self.due_title.setText(self.tr("Due for anonymisation"))
        self.anonymise_button.setText(self.tr("&Anonymise selected…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Ended on"), self.tr("Due since")]
        )
        self._show()

    def refresh(self) -> None:
        desk, today = self.context.desk, self.context.today()
        self.loader.load(
            lambda: RetentionData(retention.rules(desk), retention.due(desk, today=today)), self._apply
        )

    def _apply(self, data: RetentionData) -> None:
        self.data = data
        for rule in data.rules:
            if not self.years[rule.kind].hasFocus():
                self.years[rule.kind].setValue(rule.years)
        self._show()

    def _show(self) -> None:
        items = self.data.due if self.data else []
        language = self.context.language()
        self.due_note.setText(
            self.tr("%n records have outlived their retention.", "", len(items))
            if items
            else self.tr("Nothing is due.")
        )
        self.anonymise_button.setEnabled(bool(items))
        kinds = {"closed_case": self.tr("Closed case"), "communication": self.tr("Communication")}
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(
                (
                    kinds.get(item.kind, item.kind),
                    item.label,
                    labels.short_date(item.ended_on, language),
                    labels.short_date(item.due_on, language),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.table, extra=16)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self._say(labels.error_text(error), ERROR_STYLE)

    def save_rule(self, kind: str) -> None:
        desk, years = self.context.desk, self.years[kind].value()
        self.context.tasks.run(
            lambda _p: retention.set_rule(desk, kind, years),
            on_done=lambda _r: self.context.bus.announce(Changes(frozenset({"retention_rule"}))),
            on_error=self._failed,
        )

    def selected(self) -> list[DueItem]:
        if self.data is None:
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.data.due[r] for r in rows if r < len(self.data.due)]

    def anonymise_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected()
        if not chosen:
            self._say(self.tr("Select the records to anonymise first."), ERROR_STYLE)
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Anonymise records"),
                self.tr(
                    "Blank the personal data of %n records? Names, identity numbers, contacts, notes and "
                    "scans are removed at every site; the case numbers and the audit trail stay.",
                    "",
                    len(chosen),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        desk, today = self.context.desk, self.context.today()
        records = [(i.entity, i.row_id) for i in chosen]
        self.context.tasks.run(
            lambda _p: retention.anonymise(desk, records, today=today),
            on_done=lambda count: (
                self._say(self.tr("%n records anonymised.", "", count), OK_STYLE),
                self.context.bus.announce(Changes(RETENTION_CHANGES)),
            ),
            on_error=self._failed,
        )

"""Settings › Letters: this site's numbering pattern for each kind of document, and the archive
classification codes an administrator keeps (both office settings that sync)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services import letters, numbering
from app.services.letter_dto import ClassificationInfo
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog, error_label
from ui.events import Changes
from ui.labels import error_text
from ui.models.rows import Column, RowsTableModel
from ui.views.loading import Loader
from ui.widgets.page import heading, muted
from ui.widgets.tables import fit_columns, style_table

CODE_CHANGES = frozenset({"classification_code"})
PATTERN_CHANGES = frozenset({"numbering_pattern"})


@dataclass(frozen=True)
class LettersData:
    patterns: dict[str, str]
    codes: list[ClassificationInfo]


class ClassificationDialog(FormDialog):
    changes = CODE_CHANGES

    def __init__(
        self, context: UiContext, row: ClassificationInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.row = row
        self.code, self.name, self.name_en = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        if row is not None:
            self.code.setText(row.code)
            self.name.setText(row.name)
            self.name_en.setText(row.name_en)
            self.active.setChecked(row.active)
        for name, widget in (
            ("code", self.code),
            ("name", self.name),
            ("name_en", self.name_en),
            ("active", self.active),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Classification code"))
        self.captions["code"].setText(self.tr("&Code"))
        self.code.setPlaceholderText(self.tr("e.g. PL.01"))
        self.captions["name"].setText(self.tr("&Name"))
        self.captions["name_en"].setText(self.tr("Name in &English"))
        self.captions["active"].setText(self.tr("In &use"))

    def call(self) -> Callable[[], Any]:
        return partial(
            letters.save_classification,
            self.context.desk,
            code=self.code.text(),
            name=self.name.text(),
            name_en=self.name_en.text(),
            active=self.active.isChecked(),
            code_id=self.row.id if self.row else None,
        )


class CodesModel(RowsTableModel[ClassificationInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(title=lambda: self.tr("Code"), text=lambda c: c.code),
                Column(title=lambda: self.tr("Name"), text=lambda c: c.name, tooltip=lambda c: c.name_en),
                Column(
                    title=lambda: self.tr("In use"),
                    text=lambda c: self.tr("Yes") if c.active else self.tr("No"),
                ),
            ]
        )


class LettersTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = Loader(context, self)
        self.dialog: FormDialog | None = None
        self.patterns_title = heading(2, self)
        self.patterns_note = muted(self)
        form = QFormLayout()
        self.pattern_captions: dict[str, QLabel] = {}
        self.pattern_fields: dict[str, QLineEdit] = {}
        self.pattern_errors: dict[str, QLabel] = {}
        self.pattern_buttons: dict[str, QPushButton] = {}
        for kind in ("out", "memo", "invitation"):
            field, button = QLineEdit(self), QPushButton(self)
            button.clicked.connect(partial(self.save_pattern, kind))
            field.returnPressed.connect(partial(self.save_pattern, kind))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            holder = QVBoxLayout()
            holder.addLayout(row)
            error = error_label(self)
            holder.addWidget(error)
            caption = QLabel(self)
            form.addRow(caption, holder)
            self.pattern_captions[kind], self.pattern_fields[kind] = caption, field
            self.pattern_errors[kind], self.pattern_buttons[kind] = error, button
        self.codes_title = heading(2, self)
        self.codes_note = muted(self)
        self.add_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(lambda: self._open(self.selected()))
        self.model = CodesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.doubleClicked.connect(lambda _index: self._open(self.selected()))
        bar = QHBoxLayout()
        bar.addWidget(self.codes_note, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(self.patterns_title)
        layout.addWidget(self.patterns_note)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.codes_title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        context.bus.changed.connect(
            lambda changes: self.refresh() if changes.touches(*CODE_CHANGES, *PATTERN_CHANGES) else None
        )
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.patterns_title.setText(self.tr("Letter numbers"))
        self.patterns_note.setText(
            self.tr(
                "A serial is issued when a letter is signed and restarts each year. "
                "Fields: {security} (B, R, SR), {serial}, {unit_code}, {site}, {classification}, "
                "{day}, {month:02}, {year}."
            )
        )
        for kind, text in (
            ("out", self.tr("Letters")),
            ("memo", self.tr("Internal memos")),
            ("invitation", self.tr("Invitations")),
        ):
            self.pattern_captions[kind].setText(text)
            self.pattern_buttons[kind].setText(self.tr("Save"))
        self.codes_title.setText(self.tr("Archive classification codes"))
        self.codes_note.setText(
            self.tr("The codes a letter's number carries, as the archive rules list them.")
        )
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.model.retranslate()

    def refresh(self) -> None:
        desk = self.context.desk
        self.loader.load(
            lambda: LettersData(
                numbering.patterns(desk), letters.classification_codes(desk, include_inactive=True)
            ),
            self._apply,
        )

    def _apply(self, data: LettersData) -> None:
        for kind, pattern in data.patterns.items():
            if not self.pattern_fields[kind].hasFocus():
                self.pattern_fields[kind].setText(pattern)
        self.model.set_rows(data.codes)
        fit_columns(self.table, extra=16)

    def selected(self) -> ClassificationInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def save_pattern(self, kind: str) -> None:
        error = self.pattern_errors[kind]
        error.hide()
        desk, pattern = self.context.desk, self.pattern_fields[kind].text()

        def failed(problem: BaseException) -> None:
            if not isinstance(problem, DomainError):
                raise problem
            error.setText(error_text(problem))
            error.show()

        self.context.tasks.run(
            lambda _p: numbering.set_pattern(desk, kind, pattern),
            on_done=lambda _r: self.context.bus.announce(Changes(PATTERN_CHANGES)),
            on_error=failed,
        )

    def _open(self, row: ClassificationInfo | None) -> None:
        dialog = ClassificationDialog(self.context, row, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

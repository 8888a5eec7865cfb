"""A dialog that saves through a service and shows a refusal beside the field it names.

The values are read on the GUI thread, the service runs on the writer thread, and the dialog
closes only when the service succeeded; on a `DomainError` nothing was saved and the message
appears in red under the field (`error.field`), or above the buttons when it names none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from ui.context import UiContext
from ui.events import Changes
from ui.labels import error_text

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FormDialog(QDialog):
    #: tables a successful save changes (announced on the change bus)
    changes: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_value: Any = None
        self.saving = False
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Ctrl+Enter saves, even from a text box
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    def add_field(self, name: str, widget: QWidget) -> None:
        """A row: caption, the field and (hidden until needed) its error message underneath."""
        caption = QLabel(self)
        caption.setBuddy(widget)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        error = error_label(holder)
        column.addWidget(error)
        self.form.addRow(caption, holder)
        self.captions[name], self.fields[name], self.errors[name] = caption, widget, error

    # --- saving ---------------------------------------------------------------------------------

    def call(self) -> Callable[[], Any]:
        """The service call to run, with the values already read from the fields."""
        raise NotImplementedError

    def save(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        fn = self.call()
        self._set_saving(True)
        self.context.tasks.run(lambda _progress: fn(), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.result_value = result
        if self.changes:
            self.context.bus.announce(Changes(self.changes))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if not isinstance(error, DomainError):
            raise error
        self.show_error(error)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)
        for widget in self.fields.values():
            widget.setEnabled(not saving)

    def show_error(self, error: DomainError) -> None:
        label = self.errors.get(error.field or "", self.general_error)
        label.setText(error_text(error))
        label.show()
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def visible_errors(self) -> dict[str, str]:
        """Field name (or "" for the general one) -> the message shown."""
        shown = {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
        if not self.general_error.isHidden():
            shown[""] = self.general_error.text()
        return shown

    # --- no closing while the writer works ------------------------------------------------------

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.saving and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

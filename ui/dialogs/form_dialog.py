"""A dialog that saves through a service and shows a refusal beside the field it names.

The values are read on the GUI thread, the service runs on the writer thread, and the dialog
closes only when the service succeeded; on a `DomainError` nothing was saved and the message
appears in red under the field (`error.field`), or above the buttons when it names none.
The save loop itself is SavingDialog's (ui/dialogs/saving.py); this one lays out one page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from ui.context import UiContext
from ui.dialogs.saving import SavingDialog
from ui.events import Changes
from ui.labels import error_text

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FormDialog(SavingDialog):
    #: tables a successful save changes (announced on the change bus)
    changes: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_value: Any = None
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

    # --- saving (the loop is SavingDialog's) -----------------------------------------------------

    def saved(self, result: Any) -> None:
        self.result_value = result
        if self.changes:
            self.context.bus.announce(Changes(self.changes))

    def set_fields_enabled(self, enabled: bool) -> None:
        for widget in self.fields.values():
            widget.setEnabled(enabled)

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

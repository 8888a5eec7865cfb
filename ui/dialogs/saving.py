"""A dialog that saves on the writer thread: a refusal shows at its field (on its tab), nothing is
saved, and the dialog cannot be closed while the save runs. The one save loop of every form:
the new-case form and the case's tabbed edit forms use it as it is; FormDialog (the small
one-page forms) puts its own errors under its own fields through the hooks below."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QWidget

from app.errors import DomainError, ValidationError
from ui.context import UiContext
from ui.widgets.fields import FieldSet


class SavingDialog(QDialog):
    """Subclasses set `buttons` (and `fieldset` and `tabs`, or override `show_error`,
    `clear_errors` and `set_fields_enabled`), and implement `call()` and `saved()`."""

    context: UiContext
    fieldset: FieldSet
    tabs: QTabWidget
    buttons: QDialogButtonBox
    saving = False

    def call(self) -> Callable[[], Any]:
        """What to save, read from the form; raises ValidationError for a field."""
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        """After a successful save, before the dialog is accepted."""

    def show_error(self, error: DomainError) -> None:
        """Show a refusal at its field (or in general)."""
        self.fieldset.show_error(error)

    def clear_errors(self) -> None:
        self.fieldset.clear()

    def set_fields_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)

    def save(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        try:
            fn = self.call()
        except ValidationError as error:
            self.show_error(error)
            return
        self._set_saving(True)
        self.context.tasks.run(lambda _progress: fn(), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.saved(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if not isinstance(error, DomainError):
            raise error
        self.show_error(error)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)
        self.set_fields_enabled(not saving)

    def _reveal(self, widget: QWidget) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)

    def visible_errors(self) -> dict[str, str]:
        return self.fieldset.visible()

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

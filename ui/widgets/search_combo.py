"""A combo box one can type into to find an entry (matching anywhere in its text)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class SearchCombo(QComboBox):
    """Entries are (key, text) pairs; `current_key()` is None while the typed text names none."""

    keyChanged = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(14)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._last: str | None = None
        self.currentIndexChanged.connect(self._check)
        self.editTextChanged.connect(self._check)

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """Replace the entries, keeping the chosen one if it is still there."""
        key = self.current_key()
        self.blockSignals(True)
        try:
            self.clear()
            for entry_key, text in entries:
                self.addItem(text, entry_key)
            self.setCurrentIndex(self.findData(key) if key is not None else -1)
        finally:
            self.blockSignals(False)
        self._check()

    def current_key(self) -> str | None:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        key = self.itemData(index)
        return key if isinstance(key, str) else None

    def set_current_key(self, key: str | None) -> None:
        self.setCurrentIndex(self.findData(key) if key is not None else -1)
        if key is None:
            self.setEditText("")

    def _check(self) -> None:
        key = self.current_key()
        if key != self._last:
            self._last = key
            self.keyChanged.emit(key)

"""A calm, centred message for a page or list that has nothing to show (yet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.glyphs import ACCENT_COLOR, glyph
from ui.widgets.page import heading, muted


class EmptyState(QWidget):
    ICON_SIZE = 96

    def __init__(self, glyph_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setPixmap(glyph(glyph_name, self.ICON_SIZE, ACCENT_COLOR, self.devicePixelRatioF()))
        self.title = heading(2, self)
        self.text = muted(self)
        self.hint = muted(self)
        for label in (self.icon, self.title, self.text, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for label in (self.text, self.hint):
            label.setMaximumWidth(520)
            label.setMinimumWidth(360)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(2)
        for label in (self.icon, self.title, self.text, self.hint):
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.insertSpacing(2, 6)
        layout.addStretch(3)

    def set_texts(self, title: str, text: str, hint: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

"""A calm, centred message for a page or list that has nothing to show (yet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.glyphs import ACCENT_COLOR, glyph
from ui.widgets.page import heading, muted


class EmptyState(QWidget):
    ICON_SIZE = 96
    TEXT_WIDTH = 480

    def __init__(self, glyph_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setFixedWidth(self.TEXT_WIDTH)
        self.icon = QLabel(column)
        self.icon.setPixmap(glyph(glyph_name, self.ICON_SIZE, ACCENT_COLOR, self.devicePixelRatioF()))
        self.title = heading(2, column)
        self.text = muted(column)
        self.hint = muted(column)
        self.hint.hide()
        texts = QVBoxLayout(column)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(8)
        for label in (self.icon, self.title, self.text, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            texts.addWidget(label)
        texts.insertSpacing(1, 8)
        texts.insertSpacing(4, 4)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def set_texts(self, title: str, text: str, hint: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

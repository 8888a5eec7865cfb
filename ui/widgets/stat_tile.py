"""A big number with its caption, for the dashboard's first glance."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.widgets.page import Card, muted, scaled_font


class StatTile(Card):
    def __init__(self, parent: QWidget | None = None, *, large: bool = True) -> None:
        super().__init__(parent, padding=16 if large else 14)
        self.body.setSpacing(2)
        self.caption = QLabel(self)
        self.caption.setFont(scaled_font(self.caption, 1.0, QFont.Weight.DemiBold))
        self.value = QLabel("–", self)
        self.value.setFont(scaled_font(self.value, 2.6 if large else 1.8, QFont.Weight.Bold))
        self.note = muted(self)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.value)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, text: str, color: QColor | None = None) -> None:
        self.value.setText(text)
        palette = self.value.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            color if color is not None else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.value.setPalette(palette)

    def value_text(self) -> str:
        return self.value.text()

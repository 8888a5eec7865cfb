"""The furniture every page uses: a page header, cards, muted and heading labels."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

PAGE_MARGIN = 24
SPACING = 16


def scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    return font


def heading(level: int = 2, parent: QWidget | None = None) -> QLabel:
    """A label for a page title (level 1) or a section title (level 2)."""
    label = QLabel(parent)
    factor = {1: 1.6, 2: 1.15}.get(level, 1.0)
    label.setFont(scaled_font(label, factor, QFont.Weight.DemiBold))
    return label


def muted(parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """Secondary text: explanations, units, captions."""
    label = QLabel(parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(wrap)
    return label


class PageHeader(QWidget):
    """A page's title with one line beneath it (what the page holds, or how much of it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(1, self)
        self.subtitle = muted(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)


class Card(QFrame):
    """A white panel with a soft border that groups one topic on a page."""

    def __init__(self, parent: QWidget | None = None, *, padding: int = 16) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            "QFrame#card { background-color: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 8px; }"
        )
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(padding, padding - 2, padding, padding)
        self.body.setSpacing(10)


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(SPACING)
    return layout

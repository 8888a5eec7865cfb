"""Horizontal bars with a label and a count: how many cases in each stage or country."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.glyphs import ACCENT_COLOR


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    value_text: str
    color: QColor | None = None


class BarChart(QWidget):
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value_text}" for b in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:
        return QSize(360, max(len(self._bars), 3) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        if not self._bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        width = self.width()
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 6, int(width * 0.42))
        value_width = max(metrics.horizontalAdvance(b.value_text) for b in self._bars)
        track_left = label_width + self.GAP
        track_width = max(width - track_left - self.GAP - value_width, 10)
        top_value = max(max(b.value for b in self._bars), 1)
        row_height = self._row_height()
        thickness = max(round(metrics.height() * 0.6), 6)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(40)
        for row, bar in enumerate(self._bars):
            top = row * row_height
            text_rect = QRectF(0, top, label_width, row_height)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            bar_top = top + (row_height - thickness) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(track_left, bar_top, track_width, thickness), 3, 3)
            filled = track_width * bar.value / top_value
            if bar.value > 0:
                painter.setBrush(bar.color or ACCENT_COLOR)
                painter.drawRoundedRect(QRectF(track_left, bar_top, max(filled, 4), thickness), 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            value_rect = QRectF(width - value_width, top, value_width, row_height)
            painter.drawText(
                value_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.value_text
            )

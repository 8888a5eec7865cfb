"""Small line drawings painted with QPainter, so the app needs no icon files for its empty states."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

URGENT_COLOR = QColor("#c0392b")
ACCENT_COLOR = QColor("#2f6f9f")
MUTED_COLOR = QColor("#8a96a3")
OVERDUE_COLOR = QColor("#c77c02")

_dot_icons: dict[str, QIcon] = {}
_marker_icons: dict[tuple[bool, bool], QIcon] = {}


def dot_icon(color: QColor, size: int = 10) -> QIcon:
    """A filled circle, for markers in table cells (cached per colour)."""
    key = f"{color.name()}:{size}"
    if key not in _dot_icons:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        painter.end()
        _dot_icons[key] = QIcon(pixmap)
    return _dot_icons[key]


def _draw_clock(painter: QPainter, centre: QPointF, radius: float, color: QColor) -> None:
    pen = QPen(color, 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.drawLine(centre, QPointF(centre.x(), centre.y() - radius * 0.6))
    painter.drawLine(centre, QPointF(centre.x() + radius * 0.5, centre.y()))


def clock_icon(color: QColor = OVERDUE_COLOR, size: int = 12) -> QIcon:
    """A small clock, the mark of a step past its due date (cached per colour)."""
    key = f"clock:{color.name()}:{size}"
    if key not in _dot_icons:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_clock(painter, QPointF(size / 2, size / 2), size / 2 - 1.2, color)
        painter.end()
        _dot_icons[key] = QIcon(pixmap)
    return _dot_icons[key]


MARKERS_SIZE = (28, 12)


def markers_icon(life_threatening: bool, overdue: bool) -> QIcon | None:
    """A case's markers side by side in fixed places, so they line up down a column: a red dot
    (life-threatening) on the left, an amber clock (a step or referral overdue) on the right."""
    if not life_threatening and not overdue:
        return None
    key = (life_threatening, overdue)
    if key not in _marker_icons:
        width, height = MARKERS_SIZE
        pixmap = QPixmap(width * 2, height * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if life_threatening:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(URGENT_COLOR)
            painter.drawEllipse(QRectF(2, height / 2 - 4, 8, 8))
        if overdue:
            _draw_clock(painter, QPointF(width - height / 2 - 1, height / 2), height / 2 - 1.2, OVERDUE_COLOR)
        painter.end()
        _marker_icons[key] = QIcon(pixmap)
    return _marker_icons[key]


def glyph(name: str, size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """A line drawing (`calendar`, `envelope`, `folder`, `exchange`, `search`) in a soft circle."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    halo = QColor(color)
    halo.setAlpha(28)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(halo)
    painter.drawEllipse(QRectF(0, 0, size, size))
    pen = QPen(color, max(1.5, size / 32))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    u = size / 16  # drawing unit: the glyph lives in the middle 8 x 8 units
    {
        "calendar": _calendar,
        "envelope": _envelope,
        "folder": _folder,
        "exchange": _exchange,
        "search": _search,
    }.get(name, _folder)(painter, u)
    painter.end()
    return pixmap


def _calendar(p: QPainter, u: float) -> None:
    p.drawRoundedRect(QRectF(4.5 * u, 5 * u, 7 * u, 6.5 * u), 0.8 * u, 0.8 * u)
    p.drawLine(QPointF(4.5 * u, 7 * u), QPointF(11.5 * u, 7 * u))
    p.drawLine(QPointF(6.5 * u, 4 * u), QPointF(6.5 * u, 5.8 * u))
    p.drawLine(QPointF(9.5 * u, 4 * u), QPointF(9.5 * u, 5.8 * u))
    for row in (8.6, 10.1):
        for col in (6.2, 8.0, 9.8):
            p.drawPoint(QPointF(col * u, row * u))


def _envelope(p: QPainter, u: float) -> None:
    p.drawRoundedRect(QRectF(4 * u, 5.5 * u, 8 * u, 5.5 * u), 0.6 * u, 0.6 * u)
    path = QPainterPath(QPointF(4.3 * u, 5.9 * u))
    path.lineTo(8 * u, 8.6 * u)
    path.lineTo(11.7 * u, 5.9 * u)
    p.drawPath(path)


def _folder(p: QPainter, u: float) -> None:
    path = QPainterPath(QPointF(4 * u, 10.8 * u))
    path.lineTo(4 * u, 5.2 * u)
    path.lineTo(6.6 * u, 5.2 * u)
    path.lineTo(7.4 * u, 6.2 * u)
    path.lineTo(12 * u, 6.2 * u)
    path.lineTo(12 * u, 10.8 * u)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(4 * u, 7.4 * u), QPointF(12 * u, 7.4 * u))


def _exchange(p: QPainter, u: float) -> None:
    p.drawLine(QPointF(4.5 * u, 6.5 * u), QPointF(11 * u, 6.5 * u))
    p.drawLine(QPointF(9.5 * u, 5 * u), QPointF(11 * u, 6.5 * u))
    p.drawLine(QPointF(9.5 * u, 8 * u), QPointF(11 * u, 6.5 * u))
    p.drawLine(QPointF(11.5 * u, 9.5 * u), QPointF(5 * u, 9.5 * u))
    p.drawLine(QPointF(6.5 * u, 8 * u), QPointF(5 * u, 9.5 * u))
    p.drawLine(QPointF(6.5 * u, 11 * u), QPointF(5 * u, 9.5 * u))


def _search(p: QPainter, u: float) -> None:
    p.drawEllipse(QPointF(7.4 * u, 7.4 * u), 2.6 * u, 2.6 * u)
    p.drawLine(QPointF(9.3 * u, 9.3 * u), QPointF(11.6 * u, 11.6 * u))

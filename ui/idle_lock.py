"""The idle lock: after some minutes without a key press or a click, every window of the desk is
covered by a shade that asks the signed-in officer's password again (a laptop left open in a
shared office). Nothing is closed or hidden underneath, so a half-typed form is still there after
unlocking. Minutes in QSettings `security/idle_lock_minutes` (Settings › Accounts; 0 = never).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import UiContext
from ui.dialogs.sign_in import Shade

SETTING = "security/idle_lock_minutes"
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
DEFAULT_MINUTES = 10
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes() -> int:
    value = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


def set_idle_minutes(minutes: int) -> None:
    QSettings().setValue(SETTING, max(0, minutes))


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()
    #: the lock ended in a sign-out (the account was locked or disabled meanwhile)
    signed_out = Signal()

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.shades: list[Shade] = []
        #: what the lock disabled (widgets, actions, shortcuts), enabled again at unlock
        self._disabled: list[QWidget | QAction | QShortcut] = []
        self._last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return bool(self.shades)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def check(self) -> None:
        minutes = idle_minutes()
        if (
            not self.is_locked
            and minutes
            and self.context.desk.username
            and self.idle_seconds() >= minutes * 60
        ):
            self.lock()

    def lock(self) -> None:
        if self.is_locked:
            return
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or not window.isWindow() or window.objectName() == "lockShade":
                continue
            self._disable_under(window)
            shade = Shade(self.context, window)
            shade.unlocked.connect(self.unlock)
            shade.signed_out.connect(self.signed_out)
            shade.show()
            shade.raise_()
            self.shades.append(shade)
            if window is active:
                shade.password.setFocus()
        self.locked.emit()

    def _disable_under(self, window: QWidget) -> None:
        """Out of reach, not only out of sight: the keyboard shortcuts and menu commands of a
        covered window would still work, so they are disabled while it is locked."""
        items: list[QWidget | QAction | QShortcut] = [
            *(w for w in window.findChildren(QWidget, options=_DIRECT) if w.isEnabled() and not w.isWindow()),
            *(a for a in window.findChildren(QAction) if a.isEnabled()),
            *(s for s in window.findChildren(QShortcut) if s.isEnabled()),
        ]
        for item in items:
            item.setEnabled(False)
        self._disabled += items

    def unlock(self) -> None:
        for item in self._disabled:
            if shiboken6.isValid(item):
                item.setEnabled(True)
        self._disabled.clear()
        for shade in self.shades:
            shade.hide()
            shade.deleteLater()
        self.shades.clear()
        self._last_input = time.monotonic()
        self.unlocked.emit()

    def shade_of(self, window: QWidget) -> Shade | None:
        return next((s for s in self.shades if s.parentWidget() is window), None)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

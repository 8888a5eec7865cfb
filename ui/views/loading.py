"""Reading a view's data off the GUI thread and applying only the newest answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from ui.context import UiContext

T = TypeVar("T")


class Loader(QObject):
    """`load(fn, apply)`: run `fn()` on a reader thread, then `apply(result)` on the GUI thread,
    unless a newer load started meanwhile or the view is gone. `loaded` fires after each apply."""

    loaded = Signal()

    def __init__(self, context: UiContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self.pending = False

    def load(self, fn: Callable[[], T], apply: Callable[[T], None]) -> None:
        self._generation += 1
        generation = self._generation
        self.pending = True

        def done(result: Any) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self.pending = False
            apply(result)
            self.loaded.emit()

        self._context.tasks.run(lambda _progress: fn(), on_done=done, writes=False, cancellable=False)

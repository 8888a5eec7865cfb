"""Lists refresh when another desk of the office server changes what they show.

Every few seconds, off the GUI thread, ask the change log what changed since the last look
(app.services.watch) and announce it on the change bus like a local save, so each view decides
for itself whether to refresh. Only on a server: a desk's own SQLite file has no other writer
worth a timer."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.services import watch
from ui.context import UiContext
from ui.events import Changes

POLL_MS = 4_000


class ServerWatcher(QObject):
    def __init__(self, context: UiContext, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.mark = watch.change_mark(context.desk)
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self.busy:
            return
        self.busy = True
        mark = self.mark
        self.context.tasks.run(
            lambda _progress: watch.changed_since(self.context.desk, mark),
            on_done=self._seen,
            on_error=self._failed,
            writes=False,
            cancellable=False,
        )

    def _seen(self, seen: watch.ChangedSince) -> None:
        self.busy = False
        self.mark = max(self.mark, seen.mark)
        if seen.entities:
            self.context.bus.announce(Changes(seen.entities))

    def _failed(self, _error: BaseException) -> None:
        self.busy = False  # the server is away for a moment: the next poll tries again

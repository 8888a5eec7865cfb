"""One application-wide signal for 'the data changed' (Anki's operation_did_execute).

A write returns or announces a `Changes` value; every view listens and decides whether to
refresh. Bursts are merged with a single-shot timer so a bulk import repaints once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal


@dataclass(frozen=True)
class Changes:
    """Which kinds of records changed (table names, e.g. {"case_file", "worker"})."""

    entities: frozenset[str] = field(default_factory=frozenset)

    def touches(self, *entities: str) -> bool:
        return not self.entities or bool(self.entities.intersection(entities))

    def merged(self, other: Changes) -> Changes:
        if not self.entities or not other.entities:
            return Changes()
        return Changes(self.entities | other.entities)


EVERYTHING = Changes()


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: Changes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._emit)

    def announce(self, changes: Changes = EVERYTHING) -> None:
        self._pending = changes if self._pending is None else self._pending.merged(changes)
        self._timer.start()

    def _emit(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.changed.emit(pending)

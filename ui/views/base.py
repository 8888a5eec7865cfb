"""The contract of a main-window view (Dashboard, Cases, Meetings, Correspondence, Sync, Settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import UiContext
from ui.events import Changes


class View(QWidget):
    """A page of the main window. Subclasses build their widgets in __init__ with texts set in
    `retranslate()` (called again after a language switch), load data in `refresh()` (called
    when the view is first shown and when relevant data changes) and say which tables they show
    in `entities` so the change bus can skip them otherwise."""

    entities: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again (after a language switch)."""

    def refresh(self) -> None:
        """Reload the data shown."""

    def showEvent(self, event: object) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def _on_changed(self, changes: Changes) -> None:
        if self.entities and not changes.touches(*self.entities):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

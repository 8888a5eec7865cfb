"""Coordination meetings (the meetings issue builds this page; until then it says what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import UiContext
from ui.views.base import View
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import page_layout


class MeetingsView(View):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.empty = EmptyState("calendar", self)
        page_layout(self).addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Meetings")

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("Coordination meetings"),
            self.tr(
                "This page will hold the routine coordination meetings between agencies: "
                "their agenda, minutes and action items."
            ),
        )

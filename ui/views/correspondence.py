"""Correspondence (the correspondence issue builds this page; until then it says what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import UiContext
from ui.views.base import View
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import page_layout


class CorrespondenceView(View):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.empty = EmptyState("envelope", self)
        page_layout(self).addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Correspondence")

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("Correspondence"),
            self.tr(
                "This page will hold the incoming and outgoing letters, their dispositions "
                "and the log of calls and messages."
            ),
        )

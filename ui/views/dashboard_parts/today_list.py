"""The Today list: what I and my unit owe, overdue first; a line opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.services.dashboard import TodayLine
from ui import labels
from ui.widgets.glyphs import URGENT_COLOR


class TodayList(QTableWidget):
    opened = Signal(object)  # TodayLine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.lines: tuple[TodayLine, ...] = ()
        self.language = "id"
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(lambda item: self.open_row(item.row()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("What"), self.tr("Details"), self.tr("Record")]
        )
        self.set_lines(self.lines, self.language)

    def kind_text(self, kind: str) -> str:
        return {
            "task": self.tr("Case step"),
            "referral": self.tr("Referral to answer"),
            "disposition": self.tr("Disposition"),
            "letter": self.tr("Letter awaiting reply"),
            "action": self.tr("Meeting action"),
        }.get(kind, kind)

    def set_lines(self, lines: tuple[TodayLine, ...], language: str) -> None:
        self.lines, self.language = lines, language
        self.setRowCount(len(lines))
        urgent = QBrush(URGENT_COLOR)
        for row, line in enumerate(lines):
            due = labels.short_date(line.due_on, language) if line.due_on else self.tr("no date")
            if line.overdue:
                due = self.tr("{date} · overdue").format(date=due)
            cells = (due, self.kind_text(line.kind), line.what, line.reference)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.overdue and column == 0:
                    item.setForeground(urgent)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row)
                self.setItem(row, column, item)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.opened.emit(self.lines[row])

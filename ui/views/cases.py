"""The case register: the most recently reported cases, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app.services import cases, reference
from app.services.dto import CaseRow
from ui import labels
from ui.context import UiContext
from ui.models.cases_table import CaseNames, CasesTableModel
from ui.views.base import View
from ui.views.loading import Loader
from ui.widgets.empty_state import EmptyState
from ui.widgets.glyphs import URGENT_COLOR, dot_icon
from ui.widgets.page import PageHeader, muted, page_layout
from ui.widgets.tables import fit_columns, style_table

PAGE_SIZE = 200


@dataclass(frozen=True)
class CasePage:
    total: int
    rows: list[CaseRow]
    names: CaseNames


def load_cases(context: UiContext) -> CasePage:
    desk = context.desk
    return CasePage(
        total=cases.count_cases(desk),
        rows=cases.recent_cases(desk, limit=PAGE_SIZE),
        names=CaseNames.from_reference(reference.countries(desk), reference.categories(desk)),
    )


class CasesView(View):
    entities = frozenset({"case_file", "worker", "case_category", "agency"})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.total: int | None = None
        self.loader = Loader(context, self)
        self.header = PageHeader(self)
        self.count_label = self.header.subtitle
        self.legend_icon = QLabel(self)
        self.legend_icon.setPixmap(dot_icon(URGENT_COLOR).pixmap(10, 10))
        self.legend = muted(self, wrap=False)

        self.model = CasesTableModel(context.language, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        columns = self.table.horizontalHeader()
        columns.setSortIndicator(CasesTableModel.REPORTED, Qt.SortOrder.DescendingOrder)
        style_table(self.table)
        self.empty = EmptyState("folder", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = page_layout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.legend_icon, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Cases")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Cases"))
        self.legend.setText(self.tr("Life-threatening"))
        self.empty.set_texts(
            self.tr("No cases yet"),
            self.tr("Cases registered at this desk or received from other sites will be listed here."),
            self.tr("To try Jejaring out first, load sample data in Settings › Reference data."),
        )
        self.model.retranslate()
        self._show_count()

    def refresh(self) -> None:
        self.loader.load(lambda: load_cases(self.context), self._apply)

    def _apply(self, page: CasePage) -> None:
        self.total = page.total
        self.model.set_cases(page.rows, page.names)
        columns = self.table.horizontalHeader()
        self.model.sort(columns.sortIndicatorSection(), columns.sortIndicatorOrder())
        fit_columns(self.table)
        self.table.setColumnWidth(CasesTableModel.URGENT, 30)
        self.stack.setCurrentWidget(self.table if page.rows else self.empty)
        self.legend.setVisible(bool(page.rows))
        self.legend_icon.setVisible(bool(page.rows))
        self._show_count()

    def _show_count(self) -> None:
        if self.total is None:
            self.count_label.setText("")
            return
        language = self.context.language()
        if self.total == 1:
            text = self.tr("1 case")
        else:
            text = self.tr("{count} cases").format(count=labels.number(self.total, language))
        if self.total > self.model.rowCount():
            text += " · " + self.tr("showing the {shown} most recently reported").format(
                shown=labels.number(self.model.rowCount(), language)
            )
        self.count_label.setText(text)

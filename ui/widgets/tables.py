"""One look for every read-only list: calm rows, a flat header, whole-row selection."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

_STYLE = """
QTableView { border: 1px solid palette(midlight); border-radius: 6px; background: palette(base);
             selection-background-color: palette(highlight); selection-color: palette(highlighted-text); }
QTableView::item { padding: 0px 8px; border: none; }
QHeaderView::section { background: palette(window); border: none; border-bottom: 1px solid palette(midlight);
                       padding: 6px 8px; font-weight: 600; }
"""


def style_table(table: QTableView, *, sortable: bool = True) -> None:
    table.setStyleSheet(_STYLE)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setIconSize(QSize(10, 10))
    table.setCornerButtonEnabled(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
    columns = table.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    columns.setStretchLastSection(True)
    table.setSortingEnabled(sortable)


def fit_columns(table: QTableView, *, extra: int = 12) -> None:
    """Size the columns to their contents, with room to breathe (the last one stretches)."""
    table.resizeColumnsToContents()
    model = table.model()
    for column in range(model.columnCount() - 1):
        table.setColumnWidth(column, table.columnWidth(column) + extra)

"""A lazy table over a service's paged query: the count and each page of rows are read in SQL
on a reader thread, a page of 100 whenever the view scrolls near the end of what it has.

Smaller than the case register's model (ui/models/case_register.py), which also jumps to any
page of a million rows: the correspondence lists are read from the newest, and Qt's
canFetchMore/fetchMore asks for the next page only when the person scrolls there. Every reload
is a new generation, so late answers of an older filter are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.context import UiContext

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: Callable[[], str]
    text: Callable[[Row], str]
    #: a colour name for the cell's text, or None
    color: Callable[[Row], str | None] | None = None


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    #: emitted with the total once counted (and after each reload)
    counted = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        context: UiContext,
        columns: Sequence[Column[Row]],
        count: Callable[[], int],
        page: Callable[[int, int], list[Row]],
    ) -> None:
        super().__init__()
        self.context = context
        self.columns = list(columns)
        self._count_fn, self._page_fn = count, page
        self.rows: list[Row] = []
        self.total = 0
        self._generation = 0
        self._fetching = False

    # --- loading --------------------------------------------------------------------------------
    def set_query(self, count: Callable[[], int], page: Callable[[int, int], list[Row]]) -> None:
        self._count_fn, self._page_fn = count, page
        self.reload()

    def reload(self) -> None:
        """Read the count and the first page again (a new filter, or the data changed)."""
        self._generation += 1
        generation = self._generation
        count, page = self._count_fn, self._page_fn
        wanted = max(PAGE_SIZE, len(self.rows))  # keep what the person scrolled through
        self._fetching = True
        self.context.tasks.run(
            lambda _progress: (count(), page(0, wanted)),
            on_done=lambda result: self._reloaded(generation, result),
            writes=False,
        )

    def _reloaded(self, generation: int, result: tuple[int, list[Row]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self.total, self.rows = result[0], list(result[1])
        self.endResetModel()
        self.counted.emit(self.total)
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, offset, page = self._generation, len(self.rows), self._page_fn
        self._fetching = True
        self.context.tasks.run(
            lambda _progress: page(offset, PAGE_SIZE),
            on_done=lambda rows: self._fetched(generation, offset, rows),
            writes=False,
        )

    def _fetched(self, generation: int, offset: int, rows: list[Row]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    # --- the model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            from PySide6.QtGui import QColor

            color = column.color(row)
            return QColor(color) if color else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

"""The case register as a lazy table: a million cases cost what a hundred do.

Like Anki's browser table, the model never holds the register. It knows how many rows the current
filter has (`cases.count_cases`, counted off the GUI thread) and keeps a few pages of rows in a small
LRU cache; a page is read (`cases.case_page`, on a reader thread) when a view first asks for one of
its rows, and the view repaints those rows when it arrives. Sorting and filtering happen in SQL.

A new query (another filter or order) keeps the old rows on screen until the first page of the new
one arrives (`cases.first_page`), then shows that page alone until the count is known. A search
counts its matches in the first page's own statement, since it reads them all to sort them; for the
register and the other filters the count starts after the first page (over a big register it takes
longer than a page), and is not needed at all when the first page is not full. A reload after a
change (`reload()`) keeps the rows, the count and the selection, marks every cached page stale and
reads again only what is on screen.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.errors import DomainError
from app.services import cases
from app.services.dto import CaseRow, CategoryInfo, CountryInfo
from ui import labels
from ui.context import UiContext
from ui.widgets.glyphs import markers_icon

Index = QModelIndex | QPersistentModelIndex
_Read = TypeVar("_Read")

#: rows read at once; a screen shows 20 to 40
PAGE_SIZE = 100
#: pages kept (LRU): the screen, the pages around it, and the first page to come back to
CACHE_PAGES = 6
#: page reads running at once; others wait, newest first, and stale ones are dropped
MAX_IN_FLIGHT = 2
#: pages waiting to be read; older wishes are forgotten (the screen asks again when it repaints)
MAX_WANTED = 4

_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
# data() runs for every cell and role of every paint: compare plain ints
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ROLES = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _ALIGNMENT, _ACCESSIBLE})


@dataclass(frozen=True)
class CaseNames:
    """What the codes in a case row are called in each language."""

    countries: dict[str, tuple[str, str]] = field(default_factory=dict)  # iso2 -> (Indonesian, English)
    categories: dict[str, str] = field(default_factory=dict)  # Indonesian name -> English name

    @classmethod
    def from_reference(
        cls, countries: Sequence[CountryInfo], categories: Sequence[CategoryInfo]
    ) -> CaseNames:
        return cls(
            countries={c.iso2: (c.name_id, c.name_en) for c in countries},
            categories={c.name: c.name_en for c in categories if c.name_en},
        )


@dataclass(frozen=True)
class Query:
    """What the register shows: a filter and an order (in SQL terms), as of a day."""

    filter: cases.CaseFilter = field(default_factory=cases.CaseFilter)
    sort: str = "reported_on"
    descending: bool = True
    today: date = field(default_factory=date.today)


@dataclass
class _Page:
    generation: int
    rows: list[CaseRow]
    #: each row's cell texts in the interface language, made when first painted
    texts: list[tuple[str, ...] | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [None] * len(self.rows)


class CaseRegisterModel(QAbstractTableModel):
    MARKERS, NUMBER, REPORTED, WORKER, CATEGORY, STATUS, COUNTRY, PRIORITY, LEAD = range(9)
    #: column -> key of cases.SORT_COLUMNS (the other columns cannot be sorted)
    SORT_KEYS: ClassVar[dict[int, str]] = {
        NUMBER: "number",
        REPORTED: "reported_on",
        WORKER: "worker",
        CATEGORY: "category",
        STATUS: "status",
        COUNTRY: "country",
        PRIORITY: "priority",
    }

    #: the first page of a new query is on screen
    queryShown = Signal()
    #: the number of rows of the current query is known (also after a reload)
    counted = Signal(int)
    #: a page of the current query was read (first row, last row)
    pageLoaded = Signal(int, int)
    #: reading failed with an expected error (already translated)
    failed = Signal(str)

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._names = CaseNames()
        self._query: Query | None = None
        self._generation = 0
        self._rows = 0
        self._total: int | None = None
        self._shown_generation = -1  # the generation whose rows the view shows
        self._first_generation = -1  # the generation of the latest new query
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: dict[int, int] = {}  # page -> generation
        self._pump = QTimer(self)
        self._pump.setSingleShot(True)
        self._pump.setInterval(0)
        self._pump.timeout.connect(self._start_wanted)

    # --- what is shown -------------------------------------------------------------------------
    @property
    def query(self) -> Query | None:
        return self._query

    @property
    def total(self) -> int | None:
        """Rows of the current query, once counted (None while counting)."""
        return self._total

    @property
    def loading(self) -> bool:
        """A new query was asked for and its first page has not arrived yet."""
        return self._query is not None and self._shown_generation < self._first_generation

    def set_names(self, names: CaseNames) -> None:
        self._names = names
        self._forget_texts()
        self._repaint_all()

    def set_query(
        self,
        flt: cases.CaseFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool | None = None,
    ) -> None:
        """Show another filter or order. The old rows stay until the first new page arrives."""
        old = self._query or Query()
        query = Query(
            filter=flt if flt is not None else old.filter,
            sort=sort if sort is not None else old.sort,
            descending=descending if descending is not None else old.descending,
            today=self._context.today(),
        )
        same_rows = self._query is not None and query.filter == old.filter and query.today == old.today
        self._start(query, keep_total=same_rows and self.total is not None)

    def reload(self) -> None:
        """The data changed: read the count and the pages on screen again, keeping the rows meanwhile."""
        if self._query is None:
            return
        if self._shown_generation != self._generation:  # a new query is still on its way: restart it
            self._start(replace(self._query, today=self._context.today()), keep_total=False)
            return
        self._query = replace(self._query, today=self._context.today())
        self._generation += 1
        self._shown_generation = self._generation
        self._wanted.clear()
        self._count(self._generation)
        self._repaint_all()  # the view asks again for what it shows; stale pages serve meanwhile

    def _start(self, query: Query, *, keep_total: bool) -> None:
        self._query = query
        self._generation += 1
        self._first_generation = self._generation
        self._wanted.clear()
        generation = self._generation
        if not keep_total:
            self._total = None  # counted once the first page is read (see _first_page)
        desk = self._context.desk

        def first() -> cases.FirstPage:
            return cases.first_page(
                desk,
                query.filter,
                limit=PAGE_SIZE,
                sort=query.sort,
                descending=query.descending,
                today=query.today,
            )

        self._read(0, generation, first, lambda read: self._first_page(generation, read.rows, read.total))

    # --- reading --------------------------------------------------------------------------------
    def _read(
        self, page: int, generation: int, read: Callable[[], _Read], done: Callable[[_Read], None]
    ) -> None:
        """Run `read` (a page's statement) on a reader thread; `done` gets what it returned."""
        self._in_flight[page] = generation

        def arrived(result: _Read) -> None:
            if not shiboken6.isValid(self):
                return
            if self._in_flight.get(page) == generation:
                del self._in_flight[page]
            done(result)
            self._pump.start()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            if self._in_flight.get(page) == generation:
                del self._in_flight[page]
            self._failed(generation, error)

        self._context.tasks.run(
            lambda _progress: read(), on_done=arrived, on_error=failed, writes=False, cancellable=False
        )

    def _page_of(self, page: int, total: int) -> Callable[[], list[CaseRow]]:
        query = self._query
        assert query is not None
        desk = self._context.desk
        return lambda: cases.case_page(
            desk,
            query.filter,
            total=total,
            offset=page * PAGE_SIZE,
            limit=PAGE_SIZE,
            sort=query.sort,
            descending=query.descending,
            today=query.today,
        )

    def _count(self, generation: int) -> None:
        query = self._query
        assert query is not None
        desk = self._context.desk

        def arrived(total: int) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._counted(total)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._failed(generation, error)

        self._context.tasks.run(
            lambda _progress: cases.count_cases(desk, query.filter, today=query.today),
            on_done=arrived,
            on_error=failed,
            writes=False,
            cancellable=False,
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error  # unexpected: the application's error dialog shows it
        if generation == self._generation:
            self.failed.emit(labels.error_text(error))
            if self._shown_generation != generation:  # a new query failed: show it empty, not stuck
                self._first_page(generation, [], 0)

    def _first_page(self, generation: int, rows: list[CaseRow], total: int | None) -> None:
        if generation != self._generation:
            return
        if total is not None:
            self._total = total  # a search counted its matches, or the list fits on the page
        elif self._total is None:
            # Counted after the first page, not beside it: on a big register the count takes
            # longer than a page, and the page is what the officer waits for.
            self._count(generation)
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = _Page(generation, rows)
        self._shown_generation = generation
        self._rows = self._total if self._total is not None else len(rows)
        self.endResetModel()
        self.queryShown.emit()
        if self._total is not None:
            self.counted.emit(self._total)
        if rows:
            self.pageLoaded.emit(0, min(len(rows), self._rows) - 1)

    def _counted(self, total: int) -> None:
        self._total = total
        if self._shown_generation != self._generation:
            return  # the first page is not shown yet: it takes this count when it comes
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        self.counted.emit(total)

    def _want(self, page: int) -> None:
        if self._in_flight.get(page) == self._generation or self._shown_generation != self._generation:
            return  # being read already, or the rows on screen belong to the previous query
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        if not self._pump.isActive():
            self._pump.start()

    def _start_wanted(self) -> None:
        """Read the pages the view asked for most recently, a few at a time."""
        if self._shown_generation != self._generation:
            return  # a new query's first page comes first
        for page in reversed(list(self._wanted)):
            if sum(1 for g in self._in_flight.values() if g == self._generation) >= MAX_IN_FLIGHT:
                break
            del self._wanted[page]
            entry = self._pages.get(page)
            if (entry is not None and entry.generation == self._generation) or page * PAGE_SIZE >= self._rows:
                continue
            generation = self._generation
            self._read(
                page,
                generation,
                self._page_of(page, self._rows),
                lambda rows, p=page, g=generation: self._page(p, g, rows),
            )

    def _page(self, page: int, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._pages[page] = _Page(generation, rows)
        self._pages.move_to_end(page)
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
            self.pageLoaded.emit(first, last)

    def cached_pages(self) -> list[int]:
        """The pages held, least recently used first (for tests and benchmarks)."""
        return list(self._pages)

    def forget_pages(self) -> None:
        """Drop every cached page but the first (benchmarks measure reading, not the cache)."""
        for page in list(self._pages):
            if page != 0:
                del self._pages[page]

    # --- rows ------------------------------------------------------------------------------------
    def row_at(self, row: int, *, fetch: bool = False) -> CaseRow | None:
        """The case shown in `row` if its page is held (a stale page serves until it is read again)."""
        if not 0 <= row < self._rows:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        entry = self._pages.get(number)
        if fetch and (entry is None or entry.generation != self._generation):
            self._want(number)
        if entry is None:
            return None
        self._pages.move_to_end(number)
        return entry.rows[offset] if offset < len(entry.rows) else None

    def is_fresh(self, row: int) -> bool:
        """Whether `row` shows what the current query read (not a stale or missing page)."""
        entry = self._pages.get(row // PAGE_SIZE)
        return entry is not None and entry.generation == self._generation and self.row_at(row) is not None

    def find(self, case_id: uuid.UUID) -> int | None:
        """The row of a case among the pages freshly read, if it is there."""
        for number, entry in self._pages.items():
            if entry.generation != self._generation:
                continue
            for offset, row in enumerate(entry.rows):
                if row.id == case_id:
                    return number * PAGE_SIZE + offset
        return None

    def sort_column(self) -> int:
        sort = self._query.sort if self._query else Query().sort
        return next((c for c, key in self.SORT_KEYS.items() if key == sort), self.REPORTED)

    # --- texts -----------------------------------------------------------------------------------
    def _titles(self) -> list[str]:
        return [
            "",
            self.tr("Number"),
            self.tr("Reported"),
            self.tr("Worker"),
            self.tr("Category"),
            self.tr("Stage"),
            self.tr("Country"),
            self.tr("Priority"),
            self.tr("Lead agency"),
        ]

    def priority_text(self, priority: int) -> str:
        return {1: self.tr("High"), 2: self.tr("Normal"), 3: self.tr("Low")}.get(priority, str(priority))

    def _category(self, row: CaseRow) -> str:
        if self._context.language() == "en":
            return self._names.categories.get(row.category, row.category)
        return row.category

    def _country(self, row: CaseRow) -> str:
        if not row.country:
            return ""
        names = self._names.countries.get(row.country)
        if names is None:
            return row.country
        return names[1] if self._context.language() == "en" else names[0]

    def _texts(self, row: CaseRow) -> tuple[str, ...]:
        """The row's cell texts, column by column (the markers column holds their tooltip)."""
        language = self._context.language()
        return (
            self.markers_text(row),
            row.number,
            labels.short_date(row.reported_on, language),
            row.worker_name,
            self._category(row),
            labels.case_status_label(row.status),
            self._country(row),
            self.priority_text(row.priority),
            row.lead_agency or "",
        )

    def markers_text(self, row: CaseRow) -> str:
        marks = []
        if row.life_threatening:
            marks.append(self.tr("Life-threatening"))
        if row.overdue:
            marks.append(self.tr("A step or referral is overdue"))
        return "\n".join(marks)

    def retranslate(self) -> None:
        self._forget_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._repaint_all()

    def _forget_texts(self) -> None:
        for entry in self._pages.values():
            entry.texts = [None] * len(entry.rows)

    def _repaint_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1))

    # --- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _CENTER if column == self.MARKERS else _LEFT
        number, offset = divmod(index.row(), PAGE_SIZE)
        entry = self._pages.get(number)
        if entry is None or entry.generation != self._generation:
            self._want(number)
        if entry is None or offset >= len(entry.rows):
            return "…" if role == _DISPLAY and column == self.NUMBER else None
        self._pages.move_to_end(number)
        texts = entry.texts[offset]
        if texts is None:
            texts = entry.texts[offset] = self._texts(entry.rows[offset])
        if column == self.MARKERS:
            if role == _DECORATION:
                row = entry.rows[offset]
                return markers_icon(row.life_threatening, row.overdue)
            if role == _DISPLAY:
                return None
            return texts[0] or None
        if role in (_DISPLAY, _ACCESSIBLE):
            return texts[column]
        if role == _TOOLTIP and column in (self.WORKER, self.CATEGORY, self.COUNTRY):
            return texts[column] or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.MARKERS:
                return self.tr("Red dot: life-threatening. Clock: a step or referral is overdue.")
            if section in self.SORT_KEYS:
                return self.tr("Click to sort by this column")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is not None:
            self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

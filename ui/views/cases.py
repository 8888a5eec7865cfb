"""The case register officers work in all day: search, filters, saved filters, and a lazy list that
stays smooth on a million cases (ui/models/case_register.py). New case, import and export start here;
double-click or Enter opens a case."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app.errors import DomainError
from app.services import cases, office, reference, spreadsheet
from app.services.dto import AgencyInfo, CategoryInfo, CountryInfo
from ui import labels
from ui.context import UiContext
from ui.events import Changes
from ui.models.case_register import CaseNames, CaseRegisterModel
from ui.permissions import Permission, offer
from ui.views.base import View
from ui.views.loading import Loader
from ui.widgets.empty_state import EmptyState
from ui.widgets.glyphs import MARKERS_SIZE, URGENT_COLOR, clock_icon, dot_icon
from ui.widgets.page import PageHeader, muted, page_layout
from ui.widgets.search_combo import SearchCombo
from ui.widgets.tables import style_table

log = logging.getLogger(__name__)

SAVED_FILTERS_KEY = "cases/saved_filters"
EXPORT_FOLDER_KEY = "cases/export_folder"
SEARCH_DELAY_MS = 250
OPEN_STAGES = "open"
#: a date whose short form is as wide as any (two-digit day and month)
_WIDE_DAY = date(2026, 12, 28)

CHIP_STYLE = """
QPushButton[chip="true"] { border: 1px solid palette(mid); border-radius: 12px; padding: 3px 12px;
                           background: palette(base); }
QPushButton[chip="true"]:hover { border-color: palette(highlight); }
QPushButton[chip="true"]:checked { background: #dde5f1; border-color: #2f6f9f; color: #13213f; }
QPushButton[chip="true"]:disabled { color: palette(mid); }
"""


@dataclass(frozen=True)
class FilterState:
    """What the filter bar shows, as saved under a name (portable: "mine" is whoever looks)."""

    text: str = ""
    stage: str = ""  # "", "open" or a stage
    category: str | None = None
    country: str | None = None
    lead_agency: str | None = None
    priority: int = 0
    overdue: bool = False
    mine: bool = False
    owes: bool = False

    @classmethod
    def from_json(cls, value: Any) -> FilterState:
        if not isinstance(value, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        clean: dict[str, Any] = {}
        for key, item in value.items():
            if key not in known:
                continue
            default = getattr(cls(), key)
            if isinstance(default, bool):
                clean[key] = bool(item)
            elif isinstance(default, int):
                clean[key] = item if isinstance(item, int) and item in (0, 1, 2, 3) else 0
            elif default is None:
                clean[key] = item if isinstance(item, str) and item else None
            else:
                clean[key] = item if isinstance(item, str) else default
        return cls(**clean)


@dataclass(frozen=True)
class RegisterReference:
    """What the filter bar offers, read once in the background."""

    countries: list[CountryInfo]
    categories: list[CategoryInfo]
    agencies: list[AgencyInfo]
    my_agency: str | None
    username: str | None


def load_reference(context: UiContext) -> RegisterReference:
    desk = context.desk
    site = office.status(desk).site
    return RegisterReference(
        countries=reference.countries(desk),
        categories=reference.categories(desk),
        agencies=reference.agencies(desk, include_inactive=False),
        my_agency=site.agency_code if site else None,
        username=desk.username,
    )


def saved_filters() -> dict[str, FilterState]:
    raw = QSettings().value(SAVED_FILTERS_KEY, "")
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        log.warning("saved case filters are not valid JSON; ignored")
        data = {}
    if not isinstance(data, dict):
        return {}
    return {str(name): FilterState.from_json(value) for name, value in data.items()}


def store_filters(filters: dict[str, FilterState]) -> None:
    data = {name: asdict(state) for name, state in sorted(filters.items(), key=lambda i: i[0].casefold())}
    QSettings().setValue(SAVED_FILTERS_KEY, json.dumps(data, ensure_ascii=False))


def _chip(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setCheckable(True)
    button.setProperty("chip", True)
    button.setStyleSheet(CHIP_STYLE)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class CasesView(View):
    entities = frozenset(
        {
            "case_file",
            "worker",
            "referral",
            "case_task",
            "timeline_entry",
            "case_officer",
            "case_agency",
            "case_category_tag",
            "case_category",
            "agency",
            "site",
        }
    )
    REFERENCE_ENTITIES = ("case_category", "agency", "site", "officer")

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: RegisterReference | None = None
        self._reference_stale = True
        self._keep: uuid.UUID | None = None
        self._applying = False
        self.dialog: QWidget | None = None
        self.loader = Loader(context, self)

        # --- header: title, count and the commands --------------------------------------------
        self.header = PageHeader(self)
        self.count_label = self.header.subtitle
        self.notice = muted(self, wrap=False)
        self.new_button = QPushButton(self)
        self.new_button.setDefault(False)
        self.new_button.setAutoDefault(False)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_case)
        self.import_button.clicked.connect(self.import_cases)
        self.export_button.clicked.connect(self.export)

        # --- filter bar ---------------------------------------------------------------------------
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self.apply_filters)
        self.stage = QComboBox(self)
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category = self._search_combo()
        self.country = self._search_combo()
        self.lead = self._search_combo(18)
        self.priority = QComboBox(self)
        self.priority.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.stage, self.priority):
            combo.currentIndexChanged.connect(self._filter_changed)
        for search_combo in (self.category, self.country, self.lead):
            search_combo.keyChanged.connect(self._filter_changed)
        self.overdue = _chip(self)
        self.mine = _chip(self)
        self.owes = _chip(self)
        for chip in (self.overdue, self.mine, self.owes):
            chip.toggled.connect(self._filter_changed)
        self.clear_button = QPushButton(self)
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clear_filters)
        self.saved = QComboBox(self)
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved.setMinimumContentsLength(14)
        self.saved.activated.connect(self._saved_chosen)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.ask_filter_name)
        self.delete_button = QPushButton(self)
        self.delete_button.setFlat(True)
        self.delete_button.clicked.connect(self.delete_saved_filter)

        # --- legend, table and empty states -----------------------------------------------------
        self.legend_dot = QLabel(self)
        self.legend_dot.setPixmap(dot_icon(URGENT_COLOR).pixmap(10, 10))
        self.legend_urgent = muted(self, wrap=False)
        self.legend_clock = QLabel(self)
        self.legend_clock.setPixmap(clock_icon().pixmap(12, 12))
        self.legend_overdue = muted(self, wrap=False)

        self.model = CaseRegisterModel(context, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_table(self.table, sortable=False)
        self.table.setIconSize(QSize(*MARKERS_SIZE))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns = self.table.horizontalHeader()
        columns.setSectionsClickable(True)
        columns.setSortIndicatorShown(True)
        columns.setSortIndicator(CaseRegisterModel.REPORTED, Qt.SortOrder.DescendingOrder)
        columns.sortIndicatorChanged.connect(self._sort_chosen)
        columns.setStretchLastSection(False)
        self.table.activated.connect(self._open_index)
        self.model.queryShown.connect(self._query_shown)
        self.model.counted.connect(lambda _total: self._show_state())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(self._show_notice)
        self.model.modelReset.connect(self._show_state)

        self.empty = EmptyState("folder", self)
        self.no_match = EmptyState("search", self)
        self.stack = QStackedWidget(self)
        for page in (self.table, self.empty, self.no_match):
            self.stack.addWidget(page)

        layout = page_layout(self)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.header, 1)
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for widget in (self.legend_dot, self.legend_urgent):
            legend.addWidget(widget)
        legend.addSpacing(10)
        for widget in (self.legend_clock, self.legend_overdue):
            legend.addWidget(widget)
        legend.addSpacing(18)
        top.addLayout(legend)
        top.setAlignment(legend, Qt.AlignmentFlag.AlignBottom)
        for button in (self.new_button, self.import_button, self.export_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        offer(context, Permission.EDIT_CASES, self.new_button, self.import_button)
        layout.addLayout(top)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 1)
        for widget in (self.stage, self.category, self.country, self.lead):
            bar.addWidget(widget)
        layout.addLayout(bar)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        for widget in (self.priority, self.overdue, self.mine, self.owes, self.clear_button):
            chips.addWidget(widget)
        chips.addSpacing(16)
        for widget in (self.saved, self.save_button, self.delete_button):
            chips.addWidget(widget)
        chips.addStretch(1)
        chips.addWidget(self.notice)
        layout.addLayout(chips)
        layout.addWidget(self.stack, 1)
        layout.setStretch(layout.count() - 1, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_case)
        self._slow = False
        self.slow_timer = QTimer(self)
        self.slow_timer.setSingleShot(True)
        self.slow_timer.setInterval(300)
        self.slow_timer.timeout.connect(self._still_loading)
        self.search.installEventFilter(self)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(15_000)
        self.notice_timer.timeout.connect(lambda: self.notice.setText(""))
        self._fill_saved()
        self.retranslate()
        self._size_columns()

    def _search_combo(self, width: int = 12) -> SearchCombo:
        combo = SearchCombo(self)
        combo.setMinimumContentsLength(width)
        combo.lineEdit().setClearButtonEnabled(True)
        return combo

    def title(self) -> str:
        return self.tr("Cases")

    # --- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Cases"))
        self.new_button.setText(self.tr("&New case…"))
        self.new_button.setToolTip(self.tr("Register a new case (Ctrl+N)"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import cases from an Excel or CSV spreadsheet"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the cases of the current filter to Excel or CSV"))
        self.search.setPlaceholderText(self.tr("Search name, NIK, passport, employer, P3MI, summary, number"))
        self.search.setToolTip(self.tr("Full-text search (Ctrl+F)"))
        self._fill_combo(
            self.stage,
            [("", self.tr("All stages")), (OPEN_STAGES, self.tr("Open cases"))]
            + [(status, labels.case_status_label(status)) for status in labels.CASE_STATUSES],
        )
        self._fill_combo(
            self.priority,
            [(0, self.tr("Any priority"))] + [(p, self.model.priority_text(p)) for p in (1, 2, 3)],
        )
        self.category.lineEdit().setPlaceholderText(self.tr("All categories"))
        self.country.lineEdit().setPlaceholderText(self.tr("All countries"))
        self.lead.lineEdit().setPlaceholderText(self.tr("Any lead agency"))
        self.stage.setToolTip(self.tr("Stage of handling"))
        self.category.setToolTip(self.tr("Case category"))
        self.country.setToolTip(self.tr("Destination country"))
        self.lead.setToolTip(self.tr("Lead agency"))
        self.priority.setToolTip(self.tr("Priority"))
        self.overdue.setText(self.tr("Overdue"))
        self.overdue.setToolTip(self.tr("Open cases with a step or a referral past its due date"))
        self.mine.setText(self.tr("Assigned to me"))
        self.mine.setToolTip(self.tr("Cases on which you are an assigned officer"))
        self.owes.setText(self.tr("My agency owes"))
        self.owes.setToolTip(self.tr("Open cases where your agency owes the next step or an answer"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.saved.setPlaceholderText(self.tr("Saved filters"))
        self.saved.setToolTip(self.tr("Apply a filter saved earlier"))
        self.save_button.setText(self.tr("Save filter…"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen saved filter"))
        self.legend_urgent.setText(self.tr("Life-threatening"))
        self.legend_overdue.setText(self.tr("Overdue"))
        self.empty.set_texts(
            self.tr("No cases yet"),
            self.tr("Cases registered at this desk or received from other sites will be listed here."),
            self.tr("To try Jejaring out first, load sample data in Settings › Reference data."),
        )
        self.no_match.set_texts(
            self.tr("No cases match"),
            self.tr("No case in the register matches the search and filters chosen."),
            self.tr("Change the search or the filters, or clear them."),
        )
        self._fill_reference()
        self.model.retranslate()
        self._size_columns()
        self._show_state()

    def _fill_combo(self, combo: QComboBox, entries: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for data, text in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    def _fill_reference(self) -> None:
        data = self.data
        if data is None:
            return
        english = self.context.language() == "en"
        self.category.set_entries(
            sorted(
                ((c.code, (c.name_en or c.name) if english else c.name) for c in data.categories),
                key=lambda e: e[1].casefold(),
            )
        )
        self.country.set_entries(
            sorted(
                ((c.iso2, c.name_en if english else c.name_id) for c in data.countries),
                key=lambda e: e[1].casefold(),
            )
        )
        self.lead.set_entries(
            (a.code, f"{a.code} · {(a.name_en or a.name) if english else a.name}") for a in data.agencies
        )
        self.model.set_names(CaseNames.from_reference(data.countries, data.categories))

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        columns = self.table.horizontalHeader()
        bold = columns.fontMetrics()
        model = self.model

        def fit(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + 32  # the cell's padding and margins

        def title(column: int) -> str:
            return str(model.headerData(column, Qt.Orientation.Horizontal))

        widths = {
            model.MARKERS: MARKERS_SIZE[0] + 14,
            model.NUMBER: fit("KBRI-KUL/2026/000000"),
            model.REPORTED: fit(labels.short_date(_WIDE_DAY, self.context.language()), "00/00/00"),
            model.STATUS: fit(*(labels.case_status_label(s) for s in labels.CASE_STATUSES)),
            model.COUNTRY: fit("Arab Saudi", "Saudi Arabia", "Singapura"),
            model.PRIORITY: fit(*(model.priority_text(p) for p in (1, 2, 3))),
            model.LEAD: fit("KBRI-KUL", "KEMLU-PWNI"),
        }
        for column, width in widths.items():
            width = max(width, bold.horizontalAdvance(title(column)) + 36)
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            columns.resizeSection(column, width)
        columns.setSectionResizeMode(model.MARKERS, QHeaderView.ResizeMode.Fixed)
        columns.setSectionResizeMode(model.WORKER, QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(model.CATEGORY, QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(40)
        self._fit_worker()

    def _fit_worker(self) -> None:
        """Names and categories share what the other columns leave: categories are the longer."""
        model, columns = self.model, self.table.horizontalHeader()
        fixed = sum(
            columns.sectionSize(c)
            for c in range(model.columnCount())
            if c not in (model.WORKER, model.CATEGORY)
        )
        free = self.table.viewport().width() - fixed
        columns.resizeSection(model.WORKER, max(140, int(free * 0.42)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_worker()

    # --- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.model.query is None:
            self._apply_now()
        else:
            self._keep = self.selected_case_id()
            self.model.reload()
        if not self.model.loading:  # else once the first page is shown: the list comes first
            self._load_reference()

    def _load_reference(self) -> None:
        if self._reference_stale:
            self._reference_stale = False
            self.loader.load(lambda: load_reference(self.context), self._apply_reference)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.REFERENCE_ENTITIES):
            self._reference_stale = True
        super()._on_changed(changes)

    def _apply_reference(self, data: RegisterReference) -> None:
        self.data = data
        self._applying = True
        try:
            self._fill_reference()
        finally:
            self._applying = False
        self.mine.setEnabled(bool(data.username))
        self.owes.setEnabled(bool(data.my_agency))
        if self.owes.isChecked() and not data.my_agency:
            self.owes.setChecked(False)

    # --- filters ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_state(self) -> FilterState:
        return FilterState(
            text=self.search.text().strip(),
            stage=self.stage.currentData() or "",
            category=self.category.current_key(),
            country=self.country.current_key(),
            lead_agency=self.lead.current_key(),
            priority=int(self.priority.currentData() or 0),
            overdue=self.overdue.isChecked(),
            mine=self.mine.isChecked(),
            owes=self.owes.isChecked(),
        )

    def current_filter(self) -> cases.CaseFilter:
        state = self.current_state()
        data = self.data
        open_only = state.stage == OPEN_STAGES
        return cases.CaseFilter(
            statuses=(state.stage,) if state.stage and not open_only else (),
            open_only=open_only,
            categories=(state.category,) if state.category else (),
            country=state.country,
            lead_agency=state.lead_agency,
            priority=state.priority or None,
            overdue=state.overdue,
            assigned_to=(data.username if data else self.context.desk.username) if state.mine else None,
            owed_by_agency=(data.my_agency if data else None) if state.owes else None,
            text=state.text,
        )

    def apply_state(self, state: FilterState) -> None:
        """Show a (saved) filter in the bar and apply it once."""
        self._applying = True
        try:
            self.search.setText(state.text)
            self.stage.setCurrentIndex(max(self.stage.findData(state.stage), 0))
            self.category.set_current_key(state.category)
            self.country.set_current_key(state.country)
            self.lead.set_current_key(state.lead_agency)
            self.priority.setCurrentIndex(max(self.priority.findData(state.priority), 0))
            self.overdue.setChecked(state.overdue)
            self.mine.setChecked(state.mine and self.mine.isEnabled())
            self.owes.setChecked(state.owes and self.owes.isEnabled())
        finally:
            self._applying = False
        self.search_timer.stop()
        self.apply_filters()

    def clear_filters(self) -> None:
        self.saved.setCurrentIndex(-1)
        self._show_delete()
        self.apply_state(FilterState())

    def _search_edited(self) -> None:
        if not self._applying:
            self.search_timer.start()

    def _filter_changed(self) -> None:
        if not self._applying:
            self.apply_filters()

    def apply_filters(self) -> None:
        """Query the register with what the filter bar shows now."""
        self.search_timer.stop()
        if self._applying:
            return
        state = self.current_state()
        chosen = self.saved.currentText() if self.saved.currentIndex() >= 0 else None
        if chosen is not None and saved_filters().get(chosen) != state:
            self.saved.setCurrentIndex(-1)
            self._show_delete()
        self.clear_button.setEnabled(state != FilterState())
        flt = self.current_filter()
        if self.model.query is not None and self.model.query.filter == flt:
            return
        self._apply_now(flt)

    def _apply_now(self, flt: cases.CaseFilter | None = None) -> None:
        self._keep = self.selected_case_id()
        self.model.set_query(flt if flt is not None else self.current_filter())
        self._query_started()

    def _query_started(self) -> None:
        """Say "loading" only when the new rows take long (a sort over a big register may)."""
        self._slow = False
        self.slow_timer.start()
        self._show_state()

    def _still_loading(self) -> None:
        self._slow = self.model.loading
        self._show_state()

    def _sort_chosen(self, column: int, order: Qt.SortOrder) -> None:
        if column not in CaseRegisterModel.SORT_KEYS:  # put the indicator back where the order is
            query = self.model.query
            columns = self.table.horizontalHeader()
            columns.blockSignals(True)
            descending = query.descending if query else True
            columns.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            )
            columns.blockSignals(False)
            columns.viewport().update()
            return
        self._keep = self.selected_case_id()
        self.model.sort(column, order)
        self._query_started()

    # --- saved filters ---------------------------------------------------------------------------
    def _fill_saved(self, chosen: str | None = None) -> None:
        self.saved.blockSignals(True)
        try:
            self.saved.clear()
            for name in saved_filters():
                self.saved.addItem(name)
            self.saved.setCurrentIndex(self.saved.findText(chosen) if chosen else -1)
        finally:
            self.saved.blockSignals(False)
        self.saved.setEnabled(self.saved.count() > 0)
        self._show_delete()

    def _show_delete(self) -> None:
        chosen = self.saved.currentIndex() >= 0
        self.delete_button.setEnabled(chosen)
        self.delete_button.setVisible(chosen)

    def ask_filter_name(self) -> None:
        prompt = QInputDialog(self)
        prompt.setWindowTitle(self.tr("Save filter"))
        prompt.setLabelText(self.tr("Name of this filter:"))
        prompt.setTextValue(self.saved.currentText() if self.saved.currentIndex() >= 0 else "")
        prompt.textValueSelected.connect(self.save_filter)
        prompt.finished.connect(prompt.deleteLater)
        self.dialog = prompt
        prompt.open()

    def save_filter(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        filters = saved_filters()
        filters[name] = self.current_state()
        store_filters(filters)
        self._fill_saved(name)

    def delete_saved_filter(self) -> None:
        if self.saved.currentIndex() < 0:
            return
        filters = saved_filters()
        filters.pop(self.saved.currentText(), None)
        store_filters(filters)
        self._fill_saved()

    def _saved_chosen(self, index: int) -> None:
        name = self.saved.itemText(index)
        state = saved_filters().get(name)
        if state is not None:
            self.apply_state(state)
            self.saved.setCurrentIndex(self.saved.findText(name))
        self._show_delete()

    # --- what is shown ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search field goes to the list (and Enter there opens the case)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.apply_filters()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _query_shown(self) -> None:
        self._slow = False
        if not self._reselect():
            self.table.scrollToTop()
        self._show_state()
        self._load_reference()

    def _page_loaded(self, first: int, last: int) -> None:
        if self._keep is not None:
            self._reselect()
        self._show_state()

    def _reselect(self) -> bool:
        if self._keep is None:
            return False
        row = self.model.find(self._keep)
        if row is None:
            current = self.table.currentIndex()
            if not current.isValid() or self.model.is_fresh(current.row()):
                self._keep = None  # gone from where it was: keep the place, not the case
            return False
        self._keep = None
        index = self.model.index(row, CaseRegisterModel.NUMBER)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected_case_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        row = self.model.row_at(index.row())
        return row.id if row else None

    def filters_active(self) -> bool:
        return self.current_state() != FilterState()

    def _show_state(self) -> None:
        model = self.model
        total = model.total
        if model.query is None:
            text = ""
        elif total is None:
            text = self.tr("Counting…")
        else:
            text = self.tr("%Ln case(s)", "", total)
        if model.loading and self._slow:
            loading = self.tr("loading…")
            text = f"{text} · {loading}" if total is not None else self.tr("Loading…")
        self.count_label.setText(text)
        self.clear_button.setEnabled(self.filters_active())
        if model.query is None or (model.loading and model.rowCount() == 0):
            return
        if model.rowCount() == 0 and not model.loading:
            page = self.no_match if self.filters_active() else self.empty
        else:
            page = self.table
        self.stack.setCurrentWidget(page)
        has_rows = page is self.table
        for widget in (self.legend_dot, self.legend_urgent, self.legend_clock, self.legend_overdue):
            widget.setVisible(has_rows)
        self.export_button.setEnabled(has_rows)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice_timer.start()

    # --- commands --------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_case(row.number)

    def open_case(self, number: str) -> None:
        try:
            from ui.views.case_detail import open_case
        except ModuleNotFoundError as error:
            if error.name != "ui.views.case_detail":
                raise
            log.info("the case window is not available in this build")
            return
        open_case(self.context, number, self.window())

    def new_case(self) -> None:
        try:
            from ui.dialogs.new_case import NewCaseDialog
        except ModuleNotFoundError as error:
            if error.name != "ui.dialogs.new_case":
                raise
            log.info("the new-case dialog is not available in this build")
            return
        dialog = NewCaseDialog(self.context, self)

        def finished(result: int) -> None:
            number = getattr(dialog, "opened_number", None)
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result and number:
                self.open_case(number)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def import_cases(self) -> None:
        from ui.dialogs.import_cases import ImportCasesWizard

        wizard = ImportCasesWizard(self.context, self)
        wizard.finished.connect(wizard.deleteLater)
        self.dialog = wizard
        wizard.open()

    def export(self) -> None:
        settings = QSettings()
        folder = settings.value(EXPORT_FOLDER_KEY, "") or str(Path.home())
        excel, text = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        name = self.tr("cases-{date}").format(date=self.context.today().isoformat())
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export cases"), str(Path(str(folder)) / f"{name}.xlsx"), f"{excel};;{text}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == text else ".xlsx"))
        settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
        from ui.dialogs.passphrase import PassphraseDialog

        encrypt = PassphraseDialog(self)  # personal data leaves the desk: encrypted unless refused
        encrypt.accepted.connect(lambda: self.export_to(target, encrypt.passphrase))
        encrypt.finished.connect(encrypt.deleteLater)
        encrypt.open()

    def export_to(self, target: Path, passphrase: str | None = None) -> None:
        """Write the cases of the current filter to `target` (.xlsx or .csv) in the background,
        encrypted into `target`.age with a passphrase (app/outgoing.py)."""
        from app import outgoing

        path = outgoing.sealed_name(target, passphrase)
        desk, flt = self.context.desk, self.current_filter()
        language, today = self.context.language(), self.context.today()
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self._show_notice(self.tr("Exported %Ln case(s) to {file}.", "", count).format(file=path.name))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            if isinstance(error, DomainError):
                self._show_notice(labels.error_text(error))
            elif isinstance(error, OSError):
                self._show_notice(self.tr("The file could not be written: {error}").format(error=error))
            else:
                raise error

        self.context.tasks.run(
            lambda _progress: _export_sealed(target, passphrase, desk, flt, language, today),
            on_done=done,
            on_error=failed,
            label=self.tr("Exporting cases…"),
            parent=self,
            writes=False,
            cancellable=False,
        )


def _export_sealed(
    target: Path, passphrase: str | None, desk: Any, flt: Any, language: str, today: Any
) -> int:
    from app import outgoing

    with outgoing.sealed(target, passphrase) as clear:
        return spreadsheet.export_cases(desk, clear, flt, language=language, today=today)

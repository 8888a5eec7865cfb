"""What a head of unit sees first: what needs attention today, the cases of a period, and
whether the agencies coordinate as the protocol says.

The figures come from ONE service (app/services/dashboard), read on a reader thread; the figures
shown stay until the new ones arrive, so a refresh on the change signal never blanks the page.
QtCharts is imported when the view is built (the main window builds a view on its first visit,
after the frame is painted), not at start-up.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import dashboard, office, reference
from app.services.dashboard import Dashboard, DashboardFilter
from app.services.dto import SiteInfo
from ui import labels
from ui.context import UiContext
from ui.views.base import View
from ui.views.dashboard_parts.chart_card import ChartCard, ChartData
from ui.views.dashboard_parts.today_list import TodayList
from ui.views.loading import Loader
from ui.widgets.fields import DateField
from ui.widgets.glyphs import ACCENT_COLOR, URGENT_COLOR
from ui.widgets.page import SPACING, PageHeader, muted, page_layout
from ui.widgets.stat_tile import StatTile

if TYPE_CHECKING:
    from app.services.dashboard import TodayLine


class DashboardView(View):
    entities = frozenset(
        {
            "case_file",
            "case_task",
            "referral",
            "worker",
            "letter",
            "disposition_recipient",
            "meeting",
            "attendance",
            "action_item",
            "communication",
            "sync_peer",
            "site",
            "officer",
        }
    )

    _filling = False  # while the filter combos are refilled: no reload per item

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: Dashboard | None = None
        self.site: SiteInfo | None = None
        self.countries: list[tuple[str, str, str]] = []
        self.categories: list[tuple[str, str, str]] = []
        self.loader = Loader(context, self)
        self.header = PageHeader(self)
        first, last = dashboard.default_period(context.today())
        # shown day first (16/03/2026) as Indonesians write a date; either way may be typed
        self.first, self.last = DateField(self, day_first=True), DateField(self, day_first=True)
        self.first.set_value(first)
        self.last.set_value(last)
        self.country, self.category = QComboBox(self), QComboBox(self)
        for combo in (self.country, self.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self._filter_changed)
        for field in (self.first, self.last):
            field.editingFinished.connect(self._filter_changed)
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.country_label, self.category_label = QLabel(self), QLabel(self)
        self.problem = muted(self)
        self.problem.setStyleSheet("color: #c8102e;")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for label, widget in (
            (self.first_label, self.first),
            (self.last_label, self.last),
            (self.country_label, self.country),
            (self.category_label, self.category),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.problem, 1)

        self.tile_new, self.tile_open, self.tile_closed = StatTile(self), StatTile(self), StatTile(self)
        self.tile_urgent, self.tile_overdue = StatTile(self), StatTile(self)
        tiles = QHBoxLayout()
        tiles.setSpacing(SPACING)
        for tile in (self.tile_overdue, self.tile_new, self.tile_open, self.tile_closed, self.tile_urgent):
            tiles.addWidget(tile, 1)

        self.today = TodayList(self)
        self.today.opened.connect(self.open_line)
        self.today_note = muted(self)
        today_page = QWidget(self)
        today_layout = QVBoxLayout(today_page)
        today_layout.setContentsMargins(0, 8, 0, 0)
        today_layout.addWidget(self.today_note)
        today_layout.addWidget(self.today, 1)

        def card(height: int = 230) -> ChartCard:
            return ChartCard(self, height=height)

        self.trend, self.by_category, self.by_country = card(), card(), card()
        self.by_stage, self.by_lead, self.by_departure = card(), card(), card(160)
        self.protocol, self.meetings, self.attendance = card(), card(), card()
        self.actions, self.exchange, self.informal = card(), card(160), card(160)
        self.cards = (
            self.trend,
            self.by_category,
            self.by_country,
            self.by_stage,
            self.by_lead,
            self.by_departure,
            self.protocol,
            self.meetings,
            self.attendance,
            self.actions,
            self.exchange,
            self.informal,
        )
        cases_page = self._grid(
            (self.trend, self.by_stage),
            (self.by_category, self.by_country),
            (self.by_lead, self.by_departure),
        )
        # the meeting and exchange figures are the office's, whatever country or category is chosen
        self.office_wide_note = muted(self)
        self.office_wide_note.setWordWrap(True)
        self.office_wide_note.hide()
        coordination_page = self._grid(
            (self.office_wide_note,),
            (self.protocol,),
            (self.meetings, self.actions),
            (self.attendance, self.exchange),
            (self.informal,),
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(today_page, "")
        self.tabs.addTab(cases_page, "")
        self.tabs.addTab(coordination_page, "")

        layout = page_layout(self)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addLayout(tiles)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _grid(self, *rows: tuple[QWidget, ...]) -> QScrollArea:
        """Cards two by two; a row of one card spans the width."""
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 8, 4, 0)
        grid.setSpacing(SPACING)
        for r, cards in enumerate(rows):
            if len(cards) == 1:
                grid.addWidget(cards[0], r, 0, 1, 2)
            else:
                grid.addWidget(cards[0], r, 0)
                grid.addWidget(cards[1], r, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    # --- texts -------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("From"))
        self.last_label.setText(self.tr("to"))
        self.country_label.setText(self.tr("Country"))
        self.category_label.setText(self.tr("Category"))
        self.tile_overdue.caption.setText(self.tr("Overdue today"))
        self.tile_overdue.note.setText(self.tr("Mine and my unit's"))
        self.tile_new.caption.setText(self.tr("New cases"))
        self.tile_new.note.setText(self.tr("Reported in the period"))
        self.tile_open.caption.setText(self.tr("Open cases"))
        self.tile_open.note.setText(self.tr("Not yet resolved or closed"))
        self.tile_closed.caption.setText(self.tr("Closed"))
        self.tile_closed.note.setText(self.tr("Resolved or closed in the period"))
        self.tile_urgent.caption.setText(self.tr("Life-threatening"))
        self.tile_urgent.note.setText(self.tr("Open cases marked life-threatening"))
        self.tabs.setTabText(0, self.tr("Today"))
        self.tabs.setTabText(1, self.tr("Cases"))
        self.tabs.setTabText(2, self.tr("Coordination"))
        titles = (
            (
                self.trend,
                self.tr("Cases per month"),
                self.tr("Reported and closed, each month of the period"),
            ),
            (self.by_stage, self.tr("By stage"), self.tr("Cases reported in the period, by handling stage")),
            (self.by_category, self.tr("By category"), self.tr("Cases reported in the period")),
            (self.by_country, self.tr("By destination country"), self.tr("Cases reported in the period")),
            (self.by_lead, self.tr("By lead agency"), self.tr("Cases reported in the period")),
            (self.by_departure, self.tr("Procedural or not"), self.tr("How the workers departed")),
            (
                self.protocol,
                self.tr("Within the working-day standard"),
                self.tr("Referrals answered and protocol steps done in time, per agency"),
            ),
            (
                self.meetings,
                self.tr("Meetings planned and held"),
                self.tr("Per forum, in the period; the whole office"),
            ),
            (
                self.attendance,
                self.tr("Attendance"),
                self.tr("Share of held meetings each agency attended; the whole office"),
            ),
            (
                self.actions,
                self.tr("Meeting action items"),
                self.tr("Done on time, done late, overdue; the whole office"),
            ),
            (
                self.exchange,
                self.tr("Exchange with other sites"),
                self.tr("Days since the last bundle; the whole office"),
            ),
            (
                self.informal,
                self.tr("Calls and messages"),
                self.tr("Share of open cases with a call or message logged in the period"),
            ),
        )
        for chart, title, note in titles:
            chart.title.setText(title)
            chart.note.setText(note)
            chart.empty_text = self.tr("Nothing in this period")
            chart.retranslate()
        self.today.retranslate()
        for field in (self.first, self.last):
            field.retranslate()
        self._fill_filters()
        self._show()

    # --- loading -----------------------------------------------------------------------------------
    def current_filter(self) -> DashboardFilter | None:
        first, last = self.first.value(), self.last.value()
        if first is None or last is None:
            self.problem.setText(self.tr("Write both days of the period."))
            return None
        if first > last:
            self.problem.setText(self.tr("The period ends before it starts."))
            return None
        self.problem.setText("")
        return DashboardFilter(first, last, None, self.country.currentData(), self.category.currentData())

    def set_period(self, first: date, last: date) -> None:
        self.first.set_value(first)
        self.last.set_value(last)
        self._filter_changed()

    def _filter_changed(self, *_args: Any) -> None:
        if self._filling:
            return
        self.refresh()

    def refresh(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        desk, language, today = self.context.desk, self.context.language(), self.context.today()

        def load() -> tuple[Dashboard, SiteInfo | None, list[Any], list[Any]]:
            return (
                dashboard.dashboard(desk, flt, language=language, today=today),
                office.status(desk).site,
                reference.countries(desk) if not self.countries else [],
                reference.categories(desk) if not self.categories else [],
            )

        self.loader.load(load, self._apply)

    def _apply(self, result: tuple[Dashboard, SiteInfo | None, list[Any], list[Any]]) -> None:
        self.data, self.site, countries, categories = result
        if countries:
            self.countries = [(c.iso2, c.name_id, c.name_en) for c in countries]
        if categories:
            self.categories = [(c.code, c.name, c.name_en) for c in categories]
        self._fill_filters()
        self._show()

    def _fill_filters(self) -> None:
        english = self.context.language() == "en"
        self._filling = True
        try:
            for combo, entries, everything in (
                (self.country, self.countries, self.tr("Every country")),
                (self.category, self.categories, self.tr("Every category")),
            ):
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(everything, None)
                for key, name_id, name_en in sorted(entries, key=lambda e: e[2] if english else e[1]):
                    combo.addItem(name_en if english and name_en else name_id, key)
                combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        finally:
            self._filling = False

    # --- showing -----------------------------------------------------------------------------------
    def _show(self) -> None:
        language = self.context.language()
        self.header.title.setText(self.site.name if self.site else self.tr("Dashboard"))
        today = labels.long_date(self.context.today(), language)
        self.header.subtitle.setText(f"{today} · {self.site.code}" if self.site else today)
        data = self.data
        if data is None:
            return

        def n(value: int) -> str:
            return labels.number(value, language)

        narrowed = data.filter.country or data.filter.category
        self.office_wide_note.setVisible(bool(narrowed))
        self.office_wide_note.setText(
            self.tr(
                "Country and category narrow the case, protocol and call figures. Meetings and the "
                "exchange with other sites are counted for the whole office: a forum meets about "
                "many countries and categories at once."
            )
        )
        c = data.cases
        self.tile_overdue.set_value(n(data.overdue_lines), URGENT_COLOR if data.overdue_lines else None)
        self.tile_new.set_value(n(c.new), ACCENT_COLOR)
        self.tile_open.set_value(n(c.open))
        self.tile_closed.set_value(n(c.closed))
        self.tile_urgent.set_value(
            n(c.life_threatening_open), URGENT_COLOR if c.life_threatening_open else None
        )
        self.today.set_lines(data.lines, language)
        self.today_note.setText(
            self.tr(
                "{count} things due within a week, {overdue} of them overdue. Open a line to see its record."
            )
            .replace("{count}", n(len(data.lines)))
            .replace("{overdue}", n(data.overdue_lines))
            if data.lines
            else self.tr("Nothing is overdue or due this week for you or your unit.")
        )
        for chart in self.cards:
            chart.number_text = lambda value: labels.number(round(value), language)

        def shares(items: tuple[Any, ...], limit: int = 8) -> ChartData:
            return ChartData(
                (self.tr("Cases"),), tuple((s.label, (float(s.count),)) for s in items), limit=limit
            )

        self.trend.set_data(
            ChartData(
                (self.tr("Reported"), self.tr("Closed")),
                tuple(
                    (
                        labels.ui_locale(language).toString(QDate(m.month), "MMM yy"),
                        (float(m.new), float(m.closed)),
                    )
                    for m in c.trend
                ),
                kind="line",
            )
        )
        self.by_stage.set_data(shares(c.by_status))
        self.by_category.set_data(shares(c.by_category, 8))
        self.by_country.set_data(shares(c.by_country, 8))
        self.by_lead.set_data(shares(c.by_lead_agency, 8))
        self.by_departure.set_data(shares(c.by_departure))
        self.protocol.set_data(
            ChartData(
                (self.tr("Referrals answered in time"), self.tr("Steps done in time")),
                tuple(
                    (p.agency_code, (p.referral_share, p.step_share))
                    for p in sorted(data.protocol, key=lambda p: -(p.referrals_due + p.steps_due))
                ),
                percent=True,
                limit=8,  # the agencies that owe the most; the table lists them all
            )
        )
        self.meetings.set_data(
            ChartData(
                (self.tr("Planned"), self.tr("Held")),
                tuple((f.forum_code, (float(f.planned), float(f.held))) for f in data.meetings),
                kind="columns",
            )
        )
        attended: dict[str, list[int]] = {}
        for forum in data.meetings:
            for a in forum.attendance:
                total = attended.setdefault(a.agency_code, [0, 0])
                total[0] += a.invited
                total[1] += a.attended
        self.attendance.set_data(
            ChartData(
                (self.tr("Attended"),),
                tuple((code, (i and a / i,)) for code, (i, a) in sorted(attended.items())),
                percent=True,
            )
        )
        self.actions.set_data(
            ChartData(
                (self.tr("On time"), self.tr("Late"), self.tr("Overdue")),
                tuple(
                    (f.forum_code, (float(f.done_on_time), float(f.done_late), float(f.overdue)))
                    for f in data.meetings
                ),
                kind="columns",
            )
        )
        self.exchange.set_data(
            ChartData(
                (self.tr("Since sent"), self.tr("Since received")),
                tuple(
                    (
                        e.code,
                        (
                            None if e.days_since_sent is None else float(e.days_since_sent),
                            None if e.days_since_received is None else float(e.days_since_received),
                        ),
                    )
                    for e in data.exchange
                ),
                kind="columns",
            )
        )
        informal = data.informal
        self.informal.set_data(
            ChartData(
                (self.tr("Share"),),
                ((self.tr("Open cases with a logged contact"), (informal.share,)),)
                if informal.open_cases
                else (),
                percent=True,
            )
        )

    # --- opening records ------------------------------------------------------------------------------
    def open_line(self, line: TodayLine) -> None:
        target = line.target
        if target.kind == "case":
            from ui.views.case_detail import open_case

            open_case(self.context, target.key, self.window())
        elif target.kind == "meeting":
            from ui.views.meeting_parts.meeting_window import open_meeting

            open_meeting(self.context, uuid.UUID(target.key), self.window())
        elif target.kind == "letter":
            self._open_letter(target.key, target.letter_kind, line.reference)

    def _open_letter(self, letter_id: str, kind: str, reference_text: str) -> None:
        """In the Correspondence view: its tab, the list narrowed to it, the letter selected."""
        from ui.main_window import MainWindow
        from ui.views import VIEWS

        main = self.window()
        if not isinstance(main, MainWindow):
            return
        index = [entry.key for entry in VIEWS].index("correspondence")
        main.show_view(index)
        view: Any = main.view(index)
        tab = kind if kind in ("in", "memo") else "out"
        model = view.letter_models[tab]

        def loaded() -> None:
            model.loaded.disconnect(loaded)
            if shiboken6.isValid(view):
                view.select_letter(tab, letter_id)

        view.search.setText(reference_text)
        model.loaded.connect(loaded)
        view.apply_filter()

"""The head of unit's morning view: how many cases are open, how urgent, where and at what stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import office, reference
from app.services.dto import Overview, SiteInfo
from ui import labels
from ui.context import UiContext
from ui.views.base import View
from ui.views.loading import Loader
from ui.widgets.bar_chart import Bar, BarChart
from ui.widgets.glyphs import ACCENT_COLOR, MUTED_COLOR, URGENT_COLOR
from ui.widgets.page import SPACING, Card, PageHeader, heading, muted, page_layout
from ui.widgets.stat_tile import StatTile

STATUS_COLORS = {"resolved": QColor("#3d8b5a"), "closed": MUTED_COLOR}


@dataclass(frozen=True)
class DashboardData:
    overview: Overview
    site: SiteInfo | None
    #: Indonesian country name -> English name (the overview names countries in Indonesian)
    english_countries: dict[str, str] = field(default_factory=dict)


def load_dashboard(context: UiContext) -> DashboardData:
    desk = context.desk
    return DashboardData(
        overview=office.overview(desk),
        site=office.status(desk).site,
        english_countries={c.name_id: c.name_en for c in reference.countries(desk)},
    )


class DashboardView(View):
    entities = frozenset({"case_file", "agency", "site", "officer"})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: DashboardData | None = None
        self.loader = Loader(context, self)
        self.header = PageHeader(self)
        self.open_cases = StatTile(self)
        self.urgent_cases = StatTile(self)
        self.total_cases = StatTile(self)
        self.agencies = StatTile(self, large=False)
        self.sites = StatTile(self, large=False)
        self.officers = StatTile(self, large=False)
        self.by_status, self.status_title, self.status_note, status_card = self._chart_card()
        self.by_country, self.country_title, self.country_note, country_card = self._chart_card()

        layout = page_layout(self)
        layout.addWidget(self.header)
        tiles = QHBoxLayout()
        tiles.setSpacing(SPACING)
        for tile in (self.open_cases, self.urgent_cases, self.total_cases):
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)
        charts = QGridLayout()
        charts.setSpacing(SPACING)
        charts.addWidget(status_card, 0, 0)
        charts.addWidget(country_card, 0, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        layout.addLayout(charts)
        self.network_title = heading(2, self)
        layout.addWidget(self.network_title)
        network = QHBoxLayout()
        network.setSpacing(SPACING)
        for tile in (self.agencies, self.sites, self.officers):
            network.addWidget(tile, 1)
        layout.addLayout(network)
        layout.addStretch(1)
        self.retranslate()

    def _chart_card(self) -> tuple[BarChart, QLabel, QLabel, Card]:
        card = Card(self)
        title = heading(2, card)
        note = muted(card)
        chart = BarChart(card)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(note)
        card.body.addLayout(titles)
        card.body.addSpacing(6)
        card.body.addWidget(chart)
        card.body.addStretch(1)
        return chart, title, note, card

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.open_cases.caption.setText(self.tr("Open cases"))
        self.open_cases.note.setText(self.tr("Not yet resolved or closed"))
        self.urgent_cases.caption.setText(self.tr("Life-threatening"))
        self.urgent_cases.note.setText(self.tr("Open cases marked life-threatening"))
        self.total_cases.caption.setText(self.tr("All cases"))
        self.total_cases.note.setText(self.tr("In this desk's register"))
        self.status_title.setText(self.tr("Cases by stage"))
        self.status_note.setText(self.tr("Every case in the register, by handling stage"))
        self.country_title.setText(self.tr("Top destination countries"))
        self.country_note.setText(self.tr("Where the workers in these cases are placed"))
        for chart in (self.by_status, self.by_country):
            chart.empty_text = self.tr("No cases yet")
        self.network_title.setText(self.tr("Coordination network"))
        self.agencies.caption.setText(self.tr("Agencies"))
        self.agencies.note.setText(self.tr("In the directory"))
        self.sites.caption.setText(self.tr("Sites"))
        self.sites.note.setText(self.tr("Offices that run Jejaring"))
        self.officers.caption.setText(self.tr("Officers"))
        self.officers.note.setText(self.tr("People on record"))
        self._show()

    def refresh(self) -> None:
        self.loader.load(lambda: load_dashboard(self.context), self._apply)

    def _apply(self, data: DashboardData) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        language = self.context.language()
        site = self.data.site if self.data else None
        self.header.title.setText(site.name if site else self.tr("Dashboard"))
        today = labels.long_date(date.today(), language)
        self.header.subtitle.setText(f"{today} · {site.code}" if site else today)
        if self.data is None:
            return
        data = self.data.overview

        def n(value: int) -> str:
            return labels.number(value, language)

        self.open_cases.set_value(n(data.cases_open), ACCENT_COLOR)
        self.urgent_cases.set_value(
            n(data.cases_life_threatening), URGENT_COLOR if data.cases_life_threatening else None
        )
        self.total_cases.set_value(n(data.cases_total))
        self.agencies.set_value(n(data.agencies))
        self.sites.set_value(n(data.sites))
        self.officers.set_value(n(data.officers))
        counts = dict(data.cases_by_status)
        self.by_status.set_bars(
            []
            if not data.cases_total
            else [
                Bar(
                    labels.case_status_label(status),
                    counts.get(status, 0),
                    n(counts.get(status, 0)),
                    STATUS_COLORS.get(status),
                )
                for status in labels.CASE_STATUSES
            ]
        )
        english = self.data.english_countries if language == "en" else {}
        self.by_country.set_bars(
            [Bar(english.get(name, name), count, n(count)) for name, count in data.cases_by_country]
        )

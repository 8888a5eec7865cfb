"""Sync: who this site is, which other sites it knows, and how much its change log holds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QTableView, QWidget

from app.services import office, reference
from app.services.dto import SiteInfo
from ui import labels
from ui.context import UiContext
from ui.models.reference_tables import SitesTableModel
from ui.views.base import View
from ui.views.loading import Loader
from ui.widgets.page import SPACING, Card, PageHeader, heading, muted, page_layout, scaled_font
from ui.widgets.tables import fit_columns, style_table


@dataclass(frozen=True)
class SyncData:
    site: SiteInfo | None
    others: list[SiteInfo]
    changes: int
    english_countries: dict[str, str]


def load_sync(context: UiContext) -> SyncData:
    desk = context.desk
    site = office.status(desk).site
    return SyncData(
        site=site,
        others=[s for s in reference.sites(desk) if site is None or s.id != site.id],
        changes=office.overview(desk).changes,
        english_countries={c.iso2: c.name_en for c in reference.countries(desk)},
    )


class SyncView(View):
    # every replicated write grows the change log, so any change is news here (empty = all)
    entities: frozenset[str] = frozenset()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: SyncData | None = None
        self.loader = Loader(context, self)
        self.header = PageHeader(self)

        site_card = Card(self)
        self.site_title = heading(2, site_card)
        self.site_form = QFormLayout()
        self.site_form.setHorizontalSpacing(24)
        self.site_form.setVerticalSpacing(8)
        self.site_values = {key: QLabel(site_card) for key in ("code", "name", "agency", "country")}
        self.site_captions = {key: muted(site_card, wrap=False) for key in self.site_values}
        for key, value in self.site_values.items():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.site_form.addRow(self.site_captions[key], value)
        site_card.body.addWidget(self.site_title)
        site_card.body.addLayout(self.site_form)
        site_card.body.addStretch(1)

        log_card = Card(self)
        self.log_title = heading(2, log_card)
        self.log_count = QLabel("–", log_card)
        self.log_count.setFont(scaled_font(self.log_count, 2.2, QFont.Weight.Bold))
        self.log_note = muted(log_card)
        log_card.body.addWidget(self.log_title)
        log_card.body.addWidget(self.log_count)
        log_card.body.addWidget(self.log_note)
        log_card.body.addStretch(1)

        self.sites_title = heading(2, self)
        self.sites_model = SitesTableModel(context.language, self)
        self.sites_table = QTableView(self)
        self.sites_table.setModel(self.sites_model)
        style_table(self.sites_table)
        self.sites_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        layout = page_layout(self)
        layout.addWidget(self.header)
        cards = QHBoxLayout()
        cards.setSpacing(SPACING)
        cards.addWidget(site_card, 3)
        cards.addWidget(log_card, 2)
        layout.addLayout(cards)
        layout.addSpacing(4)
        layout.addWidget(self.sites_title)
        layout.addWidget(self.sites_table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Sync"))
        self.header.subtitle.setText(
            self.tr(
                "Exchange bundles, the files that carry changes between sites, arrive with the sync feature."
            )
        )
        self.site_title.setText(self.tr("This site"))
        self.site_captions["code"].setText(self.tr("Site code"))
        self.site_captions["name"].setText(self.tr("Name"))
        self.site_captions["agency"].setText(self.tr("Agency"))
        self.site_captions["country"].setText(self.tr("Country"))
        self.log_title.setText(self.tr("Local change log"))
        self.log_note.setText(self.tr("Changes recorded at this desk, kept for exchange with other sites"))
        self.sites_title.setText(self.tr("Other known sites"))
        self.sites_model.retranslate()
        self._show()

    def refresh(self) -> None:
        self.loader.load(lambda: load_sync(self.context), self._apply)

    def _apply(self, data: SyncData) -> None:
        self.data = data
        self.sites_model.set_sites(data.others, data.english_countries)
        header = self.sites_table.horizontalHeader()
        self.sites_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.sites_table, extra=24)
        self._show()

    def _show(self) -> None:
        if self.data is None:
            return
        language = self.context.language()
        site = self.data.site
        if site is None:
            for value in self.site_values.values():
                value.setText("–")
        else:
            country = self.data.english_countries.get(site.country) if language == "en" else None
            city = f"{site.city}, " if site.city else ""
            self.site_values["code"].setText(site.code)
            self.site_values["name"].setText(site.name)
            self.site_values["agency"].setText(f"{site.agency_name} ({site.agency_code})")
            self.site_values["country"].setText(city + (country or site.country_name))
        self.log_count.setText(labels.number(self.data.changes, language))

"""Tables of the organisation: sites, agencies and officers (small lists, loaded whole)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from app.services.dto import AgencyInfo, OfficerInfo, SiteInfo
from ui import labels
from ui.models.rows import RIGHT, Column, RowsTableModel

Language = Callable[[], str]


class SitesTableModel(RowsTableModel[SiteInfo]):
    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._english_countries: dict[str, str] = {}
        self.set_columns(
            [
                Column(title=lambda: self.tr("Code"), text=lambda s: s.code),
                Column(title=lambda: self.tr("Name"), text=lambda s: s.name),
                Column(
                    title=lambda: self.tr("Agency"),
                    text=lambda s: s.agency_code,
                    tooltip=lambda s: s.agency_name,
                ),
                Column(title=lambda: self.tr("Country"), text=self._country),
                Column(title=lambda: self.tr("City"), text=lambda s: s.city),
                Column(
                    title=lambda: self.tr("Hub"),
                    text=lambda s: self.tr("Yes") if s.is_hub else "",
                    sort_key=lambda s: not s.is_hub,
                    header_tooltip=lambda: self.tr("A hub collects and passes on exchange bundles"),
                ),
            ]
        )

    def set_sites(self, sites: Sequence[SiteInfo], english_countries: dict[str, str]) -> None:
        self._english_countries = english_countries
        self.set_rows(sites)

    def _country(self, site: SiteInfo) -> str:
        if self._language() == "en":
            return self._english_countries.get(site.country, site.country_name)
        return site.country_name


class AgenciesTableModel(RowsTableModel[AgencyInfo]):
    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.set_columns(
            [
                Column(title=lambda: self.tr("Code"), text=lambda a: a.code),
                Column(title=lambda: self.tr("Name"), text=self._name, tooltip=self._other_name),
                Column(title=lambda: self.tr("Kind"), text=lambda a: labels.agency_kind_label(a.kind)),
                Column(title=lambda: self.tr("Part of"), text=lambda a: a.parent_code or ""),
                Column(
                    title=lambda: self.tr("Units"),
                    text=lambda a: str(a.unit_count) if a.unit_count else "",
                    sort_key=lambda a: a.unit_count,
                    align=RIGHT,
                ),
                Column(
                    title=lambda: self.tr("Status"),
                    text=lambda a: self.tr("Active") if a.active else self.tr("Inactive"),
                    sort_key=lambda a: not a.active,
                ),
            ]
        )

    def _name(self, agency: AgencyInfo) -> str:
        return agency.name_en or agency.name if self._language() == "en" else agency.name

    def _other_name(self, agency: AgencyInfo) -> str:
        return agency.name if self._language() == "en" else agency.name_en


class OfficersTableModel(RowsTableModel[OfficerInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(title=lambda: self.tr("Name"), text=lambda o: o.full_name),
                Column(title=lambda: self.tr("NIP"), text=lambda o: o.nip),
                Column(title=lambda: self.tr("Position"), text=lambda o: o.position),
                Column(title=lambda: self.tr("Agency"), text=lambda o: o.agency_code),
                Column(title=lambda: self.tr("Unit"), text=lambda o: o.unit_code),
                Column(title=lambda: self.tr("Site"), text=lambda o: o.site_code),
                Column(title=lambda: self.tr("Username"), text=lambda o: o.username or ""),
                Column(title=lambda: self.tr("Role"), text=lambda o: labels.role_label(o.role)),
                Column(
                    title=lambda: self.tr("Status"),
                    text=lambda o: self.tr("Active") if o.active else self.tr("Inactive"),
                    sort_key=lambda o: not o.active,
                ),
            ]
        )

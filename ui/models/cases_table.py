"""The first page of the case register as a table (the cases issue replaces it with a paged model)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from app.services.dto import CaseRow, CategoryInfo, CountryInfo
from ui import labels
from ui.models.rows import CENTER, Column, RowsTableModel
from ui.widgets.glyphs import URGENT_COLOR, dot_icon


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


class CasesTableModel(RowsTableModel[CaseRow]):
    URGENT, NUMBER, REPORTED, WORKER, CATEGORY, STATUS, COUNTRY, LEAD = range(8)

    def __init__(self, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._names = CaseNames()
        self.set_columns(
            [
                Column(
                    title=lambda: "",
                    text=lambda row: "",
                    sort_key=lambda row: row.life_threatening,
                    align=CENTER,
                    icon=lambda row: dot_icon(URGENT_COLOR) if row.life_threatening else None,
                    tooltip=lambda row: self.tr("Life-threatening") if row.life_threatening else "",
                    header_tooltip=lambda: self.tr("Life-threatening"),
                ),
                Column(title=lambda: self.tr("Number"), text=lambda row: row.number),
                Column(
                    title=lambda: self.tr("Reported"),
                    text=lambda row: labels.short_date(row.reported_on, self._language()),
                    sort_key=lambda row: row.reported_on,
                ),
                Column(title=lambda: self.tr("Worker"), text=lambda row: row.worker_name),
                Column(title=lambda: self.tr("Category"), text=self._category),
                Column(
                    title=lambda: self.tr("Stage"),
                    text=lambda row: labels.case_status_label(row.status),
                    sort_key=lambda row: _stage_order(row.status),
                ),
                Column(title=lambda: self.tr("Country"), text=self._country),
                Column(title=lambda: self.tr("Lead agency"), text=lambda row: row.lead_agency or ""),
            ]
        )

    def set_cases(self, rows: Sequence[CaseRow], names: CaseNames) -> None:
        self._names = names
        self.set_rows(rows)

    def _category(self, row: CaseRow) -> str:
        if self._language() == "en":
            return self._names.categories.get(row.category, row.category)
        return row.category

    def _country(self, row: CaseRow) -> str:
        if not row.country:
            return ""
        names = self._names.countries.get(row.country)
        if names is None:
            return row.country
        return names[1] if self._language() == "en" else names[0]


def _stage_order(status: str) -> int:
    try:
        return labels.CASE_STATUSES.index(status)
    except ValueError:
        return len(labels.CASE_STATUSES)

"""Settings: this office and the interface language, the agency and officer directory, reference
data and sample data. Office-wide settings live in the database and sync; the language is the person's."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QTabWidget, QWidget

from app.errors import DomainError
from app.services import cases, demo, office, reference
from app.services.dto import AgencyInfo, OfficerInfo, OfficeStatus
from app.services.reference_summary import ReferenceSummary, summary
from ui import labels
from ui.context import UiContext
from ui.dialogs.agency_dialog import AgencyDialog
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.officer_dialog import OfficerDialog
from ui.events import Changes
from ui.models.reference_tables import AgenciesTableModel, OfficersTableModel
from ui.views.base import View
from ui.views.letterhead_tab import LetterheadTab
from ui.views.letters_tab import LettersTab
from ui.views.loading import Loader
from ui.views.protocol_tab import ProtocolTab
from ui.views.settings_tabs import DirectoryTab, OfficeTab, ReferenceTab
from ui.widgets.page import PageHeader, page_layout
from ui.widgets.tables import fit_columns

SAMPLE_CHANGES = Changes(frozenset({"case_file", "worker", "site", "officer"}))


@dataclass(frozen=True)
class SettingsData:
    status: OfficeStatus
    agencies: list[AgencyInfo]
    officers: list[OfficerInfo]
    summary: ReferenceSummary
    #: iso2 -> (Indonesian name, English name)
    countries: dict[str, tuple[str, str]]


def load_settings(context: UiContext) -> SettingsData:
    desk = context.desk
    return SettingsData(
        status=office.status(desk),
        agencies=reference.agencies(desk),
        officers=reference.officers(desk),
        summary=summary(desk),
        countries={c.iso2: (c.name_id, c.name_en) for c in reference.countries(desk)},
    )


class SettingsView(View):
    entities = frozenset({"agency", "unit", "officer", "site", "case_category", "letterhead_setting"})

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: SettingsData | None = None
        self.dialog: FormDialog | None = None
        self.sample_prompt: QInputDialog | None = None
        self.sample_cancel: threading.Event | None = None
        self.loader = Loader(context, self)
        self.header = PageHeader(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.office_tab = OfficeTab(self.tabs)
        self.agencies_tab = DirectoryTab(AgenciesTableModel(context.language, self), self.tabs)
        self.officers_tab = DirectoryTab(OfficersTableModel(self), self.tabs)
        self.reference_tab = ReferenceTab(self.tabs)
        self.protocol_tab = ProtocolTab(context, self.tabs)
        self.letters_tab = LettersTab(context, self.tabs)
        self.letterhead_tab = LetterheadTab(context, self.tabs)
        from app.services import access
        from ui.views.accounts_tab import AccountsTab

        # only administrators see the accounts (the service refuses others anyway)
        self.accounts_tab = (
            AccountsTab(context, self.tabs)
            if access.allowed(context.desk, access.Permission.MANAGE_ACCOUNTS)
            else None
        )
        for tab in (
            self.office_tab,
            self.agencies_tab,
            self.officers_tab,
            self.protocol_tab,
            self.letters_tab,
            self.letterhead_tab,
            self.reference_tab,
        ):
            self.tabs.addTab(tab, "")
        if self.accounts_tab is not None:
            self.tabs.insertTab(3, self.accounts_tab, "")
        if not access.allowed(context.desk, access.Permission.MANAGE_SETTINGS):
            for directory in (self.agencies_tab, self.officers_tab):
                directory.add_button.setEnabled(False)
        self.office_tab.language_chosen.connect(self._choose_language)
        self.agencies_tab.add_requested.connect(lambda: self._open(AgencyDialog(context, None, self)))
        self.agencies_tab.edit_requested.connect(lambda row: self._open(AgencyDialog(context, row, self)))
        self.officers_tab.add_requested.connect(lambda: self._open(OfficerDialog(context, None, self)))
        self.officers_tab.edit_requested.connect(lambda row: self._open(OfficerDialog(context, row, self)))
        self.reference_tab.sample_requested.connect(self.ask_sample_size)
        layout = page_layout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Settings"))
        self.header.subtitle.setText(
            self.tr("Office details, the directory of agencies and officers, and reference data.")
        )
        for tab, text in (
            (self.office_tab, self.tr("Office")),
            (self.agencies_tab, self.tr("Agencies")),
            (self.officers_tab, self.tr("Officers")),
            (self.protocol_tab, self.tr("Protocol")),
            (self.letters_tab, self.tr("Letters")),
            (self.letterhead_tab, self.tr("Letterhead")),
            (self.reference_tab, self.tr("Reference data")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        if self.accounts_tab is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.accounts_tab), self.tr("Accounts"))
            self.accounts_tab.retranslate()
        self.office_tab.retranslate(self.context.language())
        self.agencies_tab.note.setText(
            self.tr("Ministries, agencies and representations abroad that take part in handling cases.")
        )
        self.officers_tab.note.setText(self.tr("People who work cases, attend meetings or sign letters."))
        for tab in (self.agencies_tab, self.officers_tab):
            tab.add_button.setText(self.tr("&Add…"))
            tab.edit_button.setText(self.tr("&Edit…"))
            tab.model.retranslate()
        self.reference_tab.retranslate()
        self.protocol_tab.retranslate()
        self.letters_tab.retranslate()
        self.letterhead_tab.retranslate()
        self._show()

    # --- data ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loader.load(lambda: load_settings(self.context), self._apply)
        self.letterhead_tab.refresh()
        if self.accounts_tab is not None:
            self.accounts_tab.refresh()

    def _apply(self, data: SettingsData) -> None:
        self.data = data
        for tab, rows in ((self.agencies_tab, data.agencies), (self.officers_tab, data.officers)):
            chosen = tab.selected()
            tab.model.set_rows(rows)
            header = tab.table.horizontalHeader()
            tab.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            fit_columns(tab.table, extra=16)
            if chosen is not None:
                tab.select_where(lambda row, chosen=chosen: row.id == chosen.id)
        self._show()

    def _show(self) -> None:
        if self.data is None:
            return
        language = self.context.language()
        site = self.data.status.site
        names = self.data.countries.get(site.country, ("", "")) if site else ("", "")
        self.office_tab.show_status(self.data.status, names[1] if language == "en" else names[0])
        self.reference_tab.show_summary(self.data.summary, language)

    # --- actions ------------------------------------------------------------------------------------

    def _choose_language(self, language: str) -> None:
        if language and language != self.context.language():
            self.context.set_language(language)

    def _open(self, dialog: FormDialog) -> None:
        """Open an Add/Edit dialog; after a save select the saved row (the bus refreshes the lists)."""
        self.dialog = dialog

        def finished(_result: int) -> None:
            saved = dialog.result_value
            tab = self.officers_tab if isinstance(dialog, OfficerDialog) else self.agencies_tab
            if saved is not None:
                self.loader.loaded.connect(
                    lambda: tab.select_where(lambda row: row.id == saved.id),
                    Qt.ConnectionType.SingleShotConnection,
                )
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def ask_sample_size(self) -> None:
        prompt = QInputDialog(self)
        prompt.setWindowTitle(self.tr("Load sample data"))
        prompt.setLabelText(self.tr("How many sample cases should be added?"))
        prompt.setInputMode(QInputDialog.InputMode.IntInput)
        prompt.setIntRange(1, 100_000)
        prompt.setIntStep(50)
        prompt.setIntValue(200)
        prompt.intValueSelected.connect(self.load_sample)
        prompt.finished.connect(prompt.deleteLater)
        self.sample_prompt = prompt
        prompt.open()

    def load_sample(self, count: int) -> None:
        desk = self.context.desk
        self.reference_tab.sample_button.setEnabled(False)
        self.reference_tab.show_sample_status("")

        def work(progress: Any) -> int:
            # a different seed on every load, so that a second batch brings other names
            return demo.load_demo(desk, count, seed=2026 + cases.count_cases(desk), progress=progress)

        self.sample_cancel = self.context.tasks.run(
            work,
            on_done=self._sample_loaded,
            on_error=self._sample_failed,
            label=self.tr("Adding sample cases…"),
            parent=self,
        )

    def _sample_loaded(self, added: int) -> None:
        self.reference_tab.sample_button.setEnabled(True)
        language = self.context.language()
        self.reference_tab.show_sample_status(
            self.tr("Added {count} sample cases.").format(count=labels.number(added, language))
        )
        self.context.bus.announce(SAMPLE_CHANGES)

    def _sample_failed(self, error: BaseException) -> None:
        self.reference_tab.sample_button.setEnabled(True)
        if not isinstance(error, DomainError):
            raise error
        self.reference_tab.show_sample_status(
            labels.error_text(error), failed=not isinstance(error, demo.Cancelled)
        )

"""Settings: the directory of agencies and officers edited through the real dialogs, reference
counts, the language choice and loading sample data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services import cases, reference
from app.services.desk import Desk
from tests.gui.views_support import Harness, harness, show_loaded, wait_loaded
from ui.dialogs.agency_dialog import AgencyDialog
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.officer_dialog import OfficerDialog
from ui.models.reference_tables import AgenciesTableModel, OfficersTableModel
from ui.views.settings import SettingsView


@pytest.fixture
def ui(desk: Desk) -> Iterator[Harness]:
    with harness(desk) as state:
        yield state


@pytest.fixture
def view(qtbot: QtBot, ui: Harness) -> SettingsView:
    return show_loaded(qtbot, SettingsView(ui.context))  # type: ignore[return-value]


def click_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


def choose(combo: object, data: str) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def column_texts(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_directory_models_pass_the_model_tester(qtmodeltester, view: SettingsView, ui: Harness) -> None:
    assert isinstance(view.agencies_tab.model, AgenciesTableModel)
    assert isinstance(view.officers_tab.model, OfficersTableModel)
    assert view.agencies_tab.model.rowCount() == len(reference.agencies(ui.context.desk))
    assert view.officers_tab.model.rowCount() == 1  # the administrator set up first
    qtmodeltester.check(view.agencies_tab.model)
    qtmodeltester.check(view.officers_tab.model)


def test_office_tab_shows_this_site(view: SettingsView) -> None:
    assert view.office_tab.values["code"].text() == "KBRI-KUL"
    assert view.office_tab.values["country"].text() == "Kuala Lumpur, Malaysia"
    assert view.office_tab.values["officer"].text() == "Siti Rahmawati · Administrator"


def test_add_officer_through_the_dialog(qtbot: QtBot, view: SettingsView, ui: Harness) -> None:
    view.tabs.setCurrentWidget(view.officers_tab)
    qtbot.mouseClick(view.officers_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, OfficerDialog) and dialog.isVisible()
    assert dialog.agency.currentData() == "KBRI-KUL"  # this desk's agency and site come first
    qtbot.keyClicks(dialog.full_name, "Dewi Lestari, S.H.")
    qtbot.keyClicks(dialog.nip, "19900101 201503 2 001")
    qtbot.keyClicks(dialog.position, "Staf Fungsi Pelindungan WNI")
    choose(dialog.agency, "BP2MI")
    units = [dialog.unit.itemData(i) for i in range(1, dialog.unit.count())]
    assert units and all(u.code in units for u in reference.units(ui.context.desk, "BP2MI"))
    choose(dialog.unit, units[0])
    qtbot.keyClicks(dialog.email, "dewi.lestari@example.go.id")
    qtbot.keyClicks(dialog.username, "dewi.lestari")
    choose(dialog.role, "case_officer")
    assert dialog.role.currentText() == "Case officer"
    with qtbot.waitSignal(ui.context.bus.changed):
        click_ok(qtbot, dialog)
    assert view.dialog is None  # saved and closed
    wait_loaded(qtbot, view)

    saved = next(o for o in reference.officers(ui.context.desk) if o.username == "dewi.lestari")
    assert (saved.nip, saved.agency_code, saved.unit_code, saved.role) == (
        "199001012015032001",
        "BP2MI",
        units[0],
        "case_officer",
    )
    assert "Dewi Lestari, S.H." in column_texts(view.officers_tab.model, 0)
    assert view.officers_tab.selected() == saved  # the new row is chosen, ready to edit


def test_invalid_nip_is_shown_beside_the_field_and_nothing_saved(
    qtbot: QtBot, view: SettingsView, ui: Harness
) -> None:
    before = reference.officers(ui.context.desk)
    view.tabs.setCurrentWidget(view.officers_tab)
    qtbot.mouseClick(view.officers_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, OfficerDialog)
    qtbot.keyClicks(dialog.full_name, "Budi Santoso")
    qtbot.keyClicks(dialog.nip, "1234567")
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.visible_errors() == {"nip": "A NIP has exactly 18 digits."}
    error = dialog.errors["nip"]
    assert error.parentWidget() is dialog.fields["nip"].parentWidget()  # right under the field
    assert error.geometry().top() >= dialog.fields["nip"].geometry().bottom()
    assert dialog.nip.hasFocus() or not dialog.isActiveWindow()
    assert reference.officers(ui.context.desk) == before

    dialog.nip.clear()  # corrected: the error goes away and the officer is saved
    qtbot.keyClicks(dialog.nip, "198507142010121002")
    click_ok(qtbot, dialog)
    assert view.dialog is None
    assert len(reference.officers(ui.context.desk)) == len(before) + 1


def test_editing_an_agency_name_persists(qtbot: QtBot, view: SettingsView, ui: Harness) -> None:
    view.tabs.setCurrentWidget(view.agencies_tab)
    tab = view.agencies_tab
    tab.select_where(lambda row: row.code == "KBRI-KUL")
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, AgencyDialog)
    assert dialog.code.text() == "KBRI-KUL"
    assert dialog.parent_agency.currentData() == "KEMLU"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "KBRI Kuala Lumpur (Kedutaan Besar)")
    with qtbot.waitSignal(ui.context.bus.changed):
        click_ok(qtbot, dialog)
    wait_loaded(qtbot, view)

    agency = next(a for a in reference.agencies(ui.context.desk) if a.code == "KBRI-KUL")
    assert agency.name == "KBRI Kuala Lumpur (Kedutaan Besar)"
    assert agency.parent_code == "KEMLU" and agency.kind == "representation"
    row = next(n for n, a in enumerate(tab.model.rows()) if a.code == "KBRI-KUL")
    # in English the table names agencies in English, the Indonesian name shows as a tooltip
    assert tab.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == "KBRI Kuala Lumpur (Kedutaan Besar)"
    ui.language = "id"
    view.retranslate()
    assert tab.model.index(row, 1).data() == "KBRI Kuala Lumpur (Kedutaan Besar)"


def test_an_agency_code_already_taken_is_refused_beside_the_code(
    qtbot: QtBot, view: SettingsView, ui: Harness
) -> None:
    count = len(reference.agencies(ui.context.desk))
    qtbot.mouseClick(view.agencies_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, AgencyDialog)
    qtbot.keyClicks(dialog.code, "bp2mi")
    qtbot.keyClicks(dialog.name, "Badan Lain")
    click_ok(qtbot, dialog)
    errors = dialog.visible_errors()
    assert list(errors) == ["code"]
    assert errors["code"].startswith("The code BP2MI is already used by Badan Pelindungan")
    assert len(reference.agencies(ui.context.desk)) == count
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_reference_tab_counts_and_cites_its_sources(view: SettingsView) -> None:
    tab = view.reference_tab
    assert tab.counts["provinces"].text() == "38"
    assert tab.counts["regencies"].text() == "514"
    assert tab.counts["districts"].text() == "7,285"
    assert tab.counts["categories"].text() == "24"
    source = tab.sources["districts"].text()
    assert "Kepmendagri 300.2.2 Tahun 2025" in source and "cahyadsn/wilayah" in source and "MIT" in source
    assert tab.sources["categories"].text() == "19 from BP2MI's complaint list, 5 special cases of Kemlu"


def test_choosing_a_language_asks_the_shell(view: SettingsView, ui: Harness) -> None:
    combo = view.office_tab.language
    assert combo.currentData() == "en"
    combo.activated.emit(combo.findData("id"))
    assert ui.languages_chosen == ["id"]
    ui.language = "id"
    view.retranslate()  # what the shell does after switching
    assert combo.currentData() == "id"
    assert ui.languages_chosen == ["id"]  # setting the combo again does not switch once more


def test_load_sample_data(qtbot: QtBot, view: SettingsView, ui: Harness) -> None:
    view.tabs.setCurrentWidget(view.reference_tab)
    qtbot.mouseClick(view.reference_tab.sample_button, Qt.MouseButton.LeftButton)
    prompt = view.sample_prompt
    assert prompt is not None and prompt.isVisible()
    prompt.setIntValue(30)
    with qtbot.waitSignal(ui.context.bus.changed, timeout=30_000):
        prompt.accept()
    wait_loaded(qtbot, view)
    assert cases.count_cases(ui.context.desk) == 30
    assert view.reference_tab.sample_status.text() == "Added 30 sample cases."
    assert view.reference_tab.sample_button.isEnabled()
    assert view.officers_tab.model.rowCount() == len(reference.officers(ui.context.desk)) > 1


def test_cancelled_sample_data_adds_nothing(qtbot: QtBot, view: SettingsView, ui: Harness) -> None:
    view.tabs.setCurrentWidget(view.reference_tab)
    view.load_sample(2000)
    assert view.sample_cancel is not None
    view.sample_cancel.set()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: view.reference_tab.sample_status.isVisible(), timeout=30_000)
    assert view.reference_tab.sample_status.text() == "Loading sample data was cancelled; nothing was added."
    assert cases.count_cases(ui.context.desk) == 0
    assert view.reference_tab.sample_button.isEnabled()

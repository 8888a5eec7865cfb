"""The first-start wizard, driven as a person would on a fresh desk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QRadioButton, QSpinBox, QWizard
from sqlalchemy import func, select

from app.models import Agency, Case, Site
from app.persistence.capture import Actor
from app.services import office
from app.services.desk import Desk
from tests.conftest import ADMIN_PASSWORD
from ui.context import UiContext
from ui.dialogs.setup_wizard import SetupWizard


@pytest.fixture
def wizard(qtbot, fresh_desk: Desk, make_context: Callable[[Desk], UiContext]) -> SetupWizard:
    wizard = SetupWizard(make_context(fresh_desk))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def child(wizard: SetupWizard, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = wizard.findChild(kind, name)
    assert widget is not None, name
    return widget


def choose(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def fill_office(qtbot, wizard: SetupWizard, agency: str = "KJRI-HKG", code: str = "kjri-hkg") -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentPage() is wizard.office
    choose(child(wizard, QComboBox, "agency"), agency)
    field = child(wizard, QLineEdit, "siteCode")
    field.clear()
    qtbot.keyClicks(field, code)


def fill_admin(wizard: SetupWizard) -> None:
    assert wizard.currentPage() is wizard.admin
    child(wizard, QLineEdit, "adminUsername").setText("dewi.lestari")
    child(wizard, QLineEdit, "adminName").setText("Dewi Lestari")
    child(wizard, QLineEdit, "adminNip").setText("198703152010122001")
    child(wizard, QLineEdit, "adminPosition").setText("Staf Fungsi Pelindungan WNI")
    set_password(wizard, ADMIN_PASSWORD)


def set_password(wizard: SetupWizard, password: str, again: str | None = None) -> None:
    child(wizard, QLineEdit, "adminPassword").setText(password)
    child(wizard, QLineEdit, "adminPasswordAgain").setText(password if again is None else again)


def count(desk: Desk, model: type) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_wizard_sets_up_the_office_and_loads_sample_data(
    qtbot, wizard: SetupWizard, fresh_desk: Desk
) -> None:
    assert child(wizard, QRadioButton, "languageEn").isChecked()
    wizard.next()
    fill_office(qtbot, wizard)
    # Typed in small letters, kept in capitals; a consulate suggests its country, city and name.
    assert child(wizard, QLineEdit, "siteCode").text() == "KJRI-HKG"
    assert wizard.office.country.current_key() == "HK"
    assert child(wizard, QLineEdit, "siteName").text() == "KJRI Hong Kong"
    assert child(wizard, QLineEdit, "city").text() == "Hong Kong"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    assert child(wizard, QCheckBox, "loadSample").isChecked()
    samples = child(wizard, QSpinBox, "sampleCount")
    assert samples.value() == 200
    samples.setValue(30)
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    summary = " ".join(label.text() for label in wizard.summary.findChildren(QLabel))
    assert "KJRI-HKG" in summary and "Dewi Lestari" in summary and "30" in summary

    with qtbot.waitSignal(wizard.finished, timeout=60_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    status = office.status(fresh_desk)
    assert status.site is not None and status.site.code == "KJRI-HKG"
    assert status.site.country == "HK" and status.site.city == "Hong Kong"
    assert status.officer is not None and status.officer.username == "dewi.lestari"
    assert status.officer.role == "administrator" and status.officer.nip == "198703152010122001"
    assert count(fresh_desk, Case) == 30


def test_without_sample_data_the_desk_stays_empty(qtbot, wizard: SetupWizard, fresh_desk: Desk) -> None:
    wizard.next()
    fill_office(qtbot, wizard, agency="BP3MI-JATIM", code="bp3mi-jatim")
    assert wizard.office.country.current_key() == "ID"
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    child(wizard, QCheckBox, "loadSample").setChecked(False)
    assert not child(wizard, QSpinBox, "sampleCount").isEnabled()
    wizard.next()
    with qtbot.waitSignal(wizard.finished, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert fresh_desk.initialized and fresh_desk.site_code == "BP3MI-JATIM"
    assert count(fresh_desk, Case) == 0


def test_a_bad_site_code_is_explained_and_blocks_the_page(
    qtbot, wizard: SetupWizard, fresh_desk: Desk
) -> None:
    wizard.next()
    choose(child(wizard, QComboBox, "agency"), "KBRI-KUL")
    code = child(wizard, QLineEdit, "siteCode")
    error = child(wizard, QLabel, "siteCodeError")
    assert not error.isVisible()
    code.clear()
    qtbot.keyClicks(code, "1 kul")
    assert error.isVisible() and "2 to 16 capital letters" in error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # refused by the page itself, not only by the disabled button
    assert wizard.currentPage() is wizard.office
    code.clear()
    qtbot.keyClicks(code, "kbri-kul")
    assert not error.isVisible()
    assert not fresh_desk.initialized


def test_an_error_at_finish_returns_to_its_field_and_saves_nothing(
    qtbot, wizard: SetupWizard, fresh_desk: Desk
) -> None:
    # The code KJRI-HKG already belongs to another agency's site (e.g. received from the hub).
    with fresh_desk.db.session(Actor("hub", "BP2MI-PUSAT")) as session:
        bp2mi = session.scalar(select(Agency).where(Agency.code == "BP2MI"))
        assert bp2mi is not None
        session.add(Site(code="KJRI-HKG", name="Elsewhere", agency_id=bp2mi.id, country="ID"))
    sites_before = count(fresh_desk, Site)

    wizard.next()
    fill_office(qtbot, wizard)
    wizard.next()
    fill_admin(wizard)
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.isVisible() and wizard.currentPage() is wizard.office
    error = child(wizard, QLabel, "siteCodeError")
    assert error.isVisible() and "already belongs to another agency" in error.text()
    assert not fresh_desk.initialized
    assert count(fresh_desk, Site) == sites_before


def test_a_bad_username_and_nip_are_shown_on_the_administrator_page(qtbot, wizard: SetupWizard) -> None:
    wizard.next()
    fill_office(qtbot, wizard)
    wizard.next()
    child(wizard, QLineEdit, "adminUsername").setText("X")
    set_password(wizard, ADMIN_PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    assert "username" in child(wizard, QLabel, "usernameError").text()
    child(wizard, QLineEdit, "adminUsername").setText("dewi")
    child(wizard, QLineEdit, "adminNip").setText("12345")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    assert "18 digits" in child(wizard, QLabel, "adminNipError").text()


def test_the_administrator_password_is_asked_twice_and_checked(qtbot, wizard: SetupWizard) -> None:
    wizard.next()
    fill_office(qtbot, wizard)
    wizard.next()
    fill_admin(wizard)
    assert child(wizard, QLineEdit, "adminPassword").echoMode() == QLineEdit.EchoMode.Password
    set_password(wizard, "short1")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    assert "at least 10 characters" in child(wizard, QLabel, "adminPasswordError").text()
    set_password(wizard, ADMIN_PASSWORD, "Kuala-Lumpur-2025")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    assert "not the same" in child(wizard, QLabel, "adminPasswordError").text()
    set_password(wizard, ADMIN_PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.sample


def test_the_language_switches_live_on_the_welcome_page(wizard: SetupWizard) -> None:
    assert wizard.windowTitle() == "Set up Jejaring"
    child(wizard, QRadioButton, "languageId").click()
    assert wizard.context.language() == "id"
    assert wizard.windowTitle() == "Penyiapan Jejaring"
    child(wizard, QRadioButton, "languageEn").click()
    assert wizard.context.language() == "en"
    assert wizard.windowTitle() == "Set up Jejaring"
    # Agencies are listed by their English names in English.
    agency = wizard.office.agency
    assert "Embassy of the Republic of Indonesia in Kuala Lumpur" in agency.itemText(
        agency.findData("KBRI-KUL")
    )

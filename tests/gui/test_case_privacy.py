"""The case window's worker part: the lawful basis shown, edited in its dialog (a bad date
refused at its field), and the personal data report saved as a PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import audit, cases, privacy
from app.services.desk import Desk
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.lawful_basis import LawfulBasisDialog
from ui.views import case_detail


@pytest.fixture(autouse=True)
def close_case_windows() -> Iterator[None]:
    yield
    for window in case_detail.open_windows():
        window.close()
    QApplication.processEvents()


def test_record_the_basis_and_save_the_report(
    qtbot: QtBot, main_window: object, ui_context: UiContext, demo_desk: Desk, tmp_path: Path
) -> None:
    row = cases.list_cases(demo_desk, limit=1)[0]
    window = case_detail.open_case(ui_context, row.number, main_window)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.data is not None, timeout=20_000)
    tab = window.worker_tab
    assert tab.grid.values["lawful_basis"].text() == "Not recorded"

    tab.basis_button.click()
    dialog = window.dialog
    assert isinstance(dialog, LawfulBasisDialog)
    assert dialog.consent_on.isEnabled()
    dialog.basis.setCurrentIndex(dialog.basis.findData("public_task"))
    assert not dialog.consent_on.isEnabled() and not dialog.consent_form.isEnabled()
    dialog.basis.setCurrentIndex(dialog.basis.findData("consent"))
    dialog.consent_on.setDate(QDate(2026, 3, 2))
    dialog.consent_form.setCurrentIndex(dialog.consent_form.findData("electronic"))
    dialog.save()
    settle(qtbot, ui_context, quiet_ms=150)
    assert window.dialog is None  # saved and closed
    qtbot.waitUntil(lambda: "Consent (electronic, 2 March 2026)" in tab.grid.values["lawful_basis"].text())
    assert privacy.lawful_basis(demo_desk, row.number).consent_on == date(2026, 3, 2)

    out = tmp_path / "laporan.pdf"
    window.save_subject_report(str(out))
    settle(qtbot, ui_context, quiet_ms=150)
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(out.read_bytes())).pages)
    assert "PERSONAL DATA REPORT" in text and row.number in text and row.worker_name in text
    assert "Personal data report LDP-" in window.message.text() and "laporan.pdf" in window.message.text()
    assert audit.list_entries(demo_desk, audit.AuditFilter(actions=("print",)), limit=1)[0].changes == {
        "form": "subject_report"
    }

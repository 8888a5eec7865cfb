"""Printing from the case window: Print / PDF… opens the preview of the case's forms (QtPdf),
Save PDF issues the document into the register, and the saved file verifies as genuine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.services import cases, documents
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.print_document import PrintDocumentDialog
from ui.views import case_detail

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@pytest.fixture(autouse=True)
def close_case_windows() -> Iterator[None]:
    yield
    for window in list(case_detail._OPEN.values()):
        window.close()


def test_preview_save_and_verify_from_the_case_window(
    qtbot: QtBot, ui_context: UiContext, tmp_path: Path
) -> None:
    number = cases.list_cases(ui_context.desk, cases.CaseFilter(), limit=1)[0].number
    window = case_detail.open_case(ui_context, number, None)
    qtbot.waitExposed(window)
    settle(qtbot, ui_context, quiet_ms=80)
    window.header.print_button.click()
    dialog = window.printing
    assert isinstance(dialog, PrintDocumentDialog)
    settle(qtbot, ui_context, quiet_ms=80)
    assert dialog.document.pageCount() >= 1 and dialog.save_button.isEnabled()
    assert dialog.paper.currentData() == "A4"  # the office default
    assert f"preview: {dialog.document.pageCount()}." in dialog.status.text()

    dialog.form.setCurrentIndex(dialog.form.findData("summary"))
    settle(qtbot, ui_context, quiet_ms=80)
    assert dialog.sensitive.isVisible()
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    settle(qtbot, ui_context, quiet_ms=80)
    target = tmp_path / "summary.pdf"
    dialog.save_pdf(str(target))
    settle(qtbot, ui_context, quiet_ms=80)
    assert target.exists() and "RJK-" in dialog.status.text()
    box = PdfReader(target).pages[0].mediabox
    assert round(float(box.height) * 25.4 / 72) == 330
    result = documents.verify(ui_context.desk, target.read_bytes())
    assert result.verdict == documents.GENUINE and result.document is not None
    assert result.document.record_ref == number
    dialog.reject()


def test_letterhead_tab_saves_refuses_bad_input_and_verifies(
    qtbot: QtBot, ui_context: UiContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from app.services import case_documents
    from tests.documents.test_issue_and_verify import _write_png
    from ui.views.settings import SettingsView

    view = SettingsView(ui_context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.letterhead_tab)
    tab = view.letterhead_tab
    settle(qtbot, ui_context, quiet_ms=80)
    assert tab.paper.currentData() == "A4" and tab.margins["margin_left_mm"].value() == 30

    tab.texts["email"].setText("not an address")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context, quiet_ms=80)
    assert tab.status.text() == "This is not an email address."
    assert documents.letterhead(ui_context.desk).email == ""  # nothing saved

    tab.texts["email"].setText("persuratan@bp2mi.go.id")
    tab.texts["ministry"].setText("Kementerian Pelindungan Pekerja Migran Indonesia")
    tab.paper.setCurrentIndex(tab.paper.findData("F4"))
    logo = tmp_path / "logo.png"
    _write_png(logo)
    tab.choose_logo(str(logo))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context, quiet_ms=80)
    saved = documents.letterhead(ui_context.desk)
    assert (saved.paper, saved.email) == ("F4", "persuratan@bp2mi.go.id") and saved.logo_sha256
    assert tab.logo.pixmap() is not None and not tab.logo.pixmap().isNull()

    number = cases.list_cases(ui_context.desk, cases.CaseFilter(), limit=1)[0].number
    issued = case_documents.print_form(ui_context.desk, case_documents.PrintRequest("intake", number))
    genuine = tmp_path / "intake.pdf"
    genuine.write_bytes(issued.pdf)
    tab.choose_to_verify(str(genuine))
    settle(qtbot, ui_context, quiet_ms=80)
    assert tab.verdict.text().startswith("Genuine") and issued.info.number in tab.verdict.text()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(issued.pdf.replace(b"/Keywords (", b"/Keywords ( ", 1))
    tab.choose_to_verify(str(forged))
    settle(qtbot, ui_context, quiet_ms=80)
    assert not tab.verdict.text().startswith("Genuine")


def test_the_protocol_prints_as_a_guideline_from_its_tab(qtbot: QtBot, ui_context: UiContext) -> None:
    from ui.views.settings import SettingsView

    view = SettingsView(ui_context)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.protocol_tab)
    view.protocol_tab.print_button.click()
    dialog = view.protocol_tab.printing
    assert isinstance(dialog, PrintDocumentDialog)
    settle(qtbot, ui_context, quiet_ms=80)
    assert dialog.form.currentData() == "protocol" and dialog.document.pageCount() >= 2
    dialog.reject()

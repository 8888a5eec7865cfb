"""Printing a meeting's minutes from its window and a signed letter from the Correspondence view,
through the real main window: Print / PDF… opens the QtPdf preview, Save PDF issues the document,
and the saved file reads back (pypdf) and verifies as genuine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.services import documents, letters, meetings, minutes
from app.services.letters import LetterFilter
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.print_document import PrintDocumentDialog
from ui.views.correspondence import CorrespondenceView
from ui.views.meeting_parts import meeting_window
from ui.views.meetings import MeetingsView

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_meeting_windows() -> Iterator[None]:
    yield
    for window in meeting_window.open_windows():
        window.close()
    QApplication.processEvents()


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def choose_form(qtbot: QtBot, context: UiContext, dialog: PrintDocumentDialog, form: str) -> None:
    dialog.form.setCurrentIndex(dialog.form.findData(form))
    settle(qtbot, context)
    assert dialog.document.pageCount() >= 1 and dialog.save_button.isEnabled(), dialog.status.text()


def test_minutes_printed_from_the_meeting_window(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    tmp_path: Path,
) -> None:
    desk = ui_context.desk
    held = next(m for m in meetings.list_meetings(desk) if m.status == "held" and m.minutes_closed)
    record = minutes.meeting_record(desk, held.id, today=ui_context.today())
    assert record.decisions and record.actions
    main_window.show_view(next(i for i, v in enumerate(main_window.views) if isinstance(v, MeetingsView)))
    view = main_window.current_view()
    assert isinstance(view, MeetingsView)
    settle(qtbot, ui_context)
    view.tabs.setCurrentIndex(1)
    row = next(
        r
        for r in range(view.meeting_list.rowCount())
        if view.meeting_list.item(r, 0).data(Qt.ItemDataRole.UserRole) == str(held.id)
    )
    view.meeting_list.selectRow(row)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    [window] = [w for w in meeting_window.open_windows() if w.meeting_id == held.id]
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    settle(qtbot, ui_context)

    assert window.print_button.text() == "Print / PDF…" and window.print_button.isVisible()
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    dialog = window.printing
    assert isinstance(dialog, PrintDocumentDialog)
    settle(qtbot, ui_context)
    assert [dialog.form.itemText(i) for i in range(dialog.form.count())] == [
        "Invitation, with the list of invitees",
        "Attendance list",
        "Minutes",
    ]
    assert record.forum.name in dialog.windowTitle()
    choose_form(qtbot, ui_context, dialog, "minutes")
    target = tmp_path / "minutes.pdf"
    dialog.save_pdf(str(target))
    settle(qtbot, ui_context)
    assert target.exists() and "NOT-" in dialog.status.text(), dialog.status.text()
    text = text_of(target)
    decisions = text.index("D. Keputusan")
    follow_up = text.index("E. Tindak lanjut")
    for decision in record.decisions:
        assert " ".join(decision.text.split()) in text[decisions:follow_up]
    for action in record.actions:
        assert action.what in text[follow_up:] and action.owner_agency in text[follow_up:]
    result = documents.verify(desk, target.read_bytes())
    assert result.verdict == documents.GENUINE and result.document is not None
    assert result.document.record_ref == held.reference and result.document.form == "minutes"
    dialog.reject()


def test_a_signed_letter_printed_from_the_correspondence_view(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    tmp_path: Path,
) -> None:
    desk = ui_context.desk
    signed = next(r for r in letters.list_letters(desk, LetterFilter(kind="out")) if r.status == "signed")
    main_window.show_view(
        next(i for i, v in enumerate(main_window.views) if isinstance(v, CorrespondenceView))
    )
    view = main_window.current_view()
    assert isinstance(view, CorrespondenceView)
    settle(qtbot, ui_context)
    assert view.select_letter("out", signed.reference)
    settle(qtbot, ui_context)

    def print_button() -> QPushButton:
        return next(b for b in view.action_buttons if b.text() == "Print / PDF…")

    qtbot.mouseClick(print_button(), Qt.MouseButton.LeftButton)
    dialog = view.printing
    assert isinstance(dialog, PrintDocumentDialog)
    settle(qtbot, ui_context)
    assert dialog.form.itemText(0) == "Official letter" and dialog.document.pageCount() == 1
    target = tmp_path / "letter.pdf"
    dialog.save_pdf(str(target))
    settle(qtbot, ui_context)
    assert f"{signed.reference} saved to" in dialog.status.text(), dialog.status.text()
    text = text_of(target)
    assert f"Nomor : {signed.reference}" in text and f"Hal : {signed.subject}" in text
    result = documents.verify(desk, target.read_bytes())
    assert result.verdict == documents.GENUINE and result.document is not None
    assert result.document.number == signed.reference and result.document.form == "letter"

    # a second issue under the same number is refused with the reason, and writes nothing
    again = tmp_path / "again.pdf"
    dialog.save_pdf(str(again))
    settle(qtbot, ui_context)
    assert "already been issued" in dialog.status.text() and not again.exists()
    dialog.reject()

    # an incoming letter with a disposition prints its disposition sheet
    disposed = next(
        d
        for d in (
            letters.letter_detail(desk, r.id) for r in letters.list_letters(desk, LetterFilter(kind="in"))
        )
        if d.dispositions
    )
    assert view.select_letter("in", disposed.reference)
    settle(qtbot, ui_context)
    qtbot.mouseClick(print_button(), Qt.MouseButton.LeftButton)
    sheet = view.printing
    assert isinstance(sheet, PrintDocumentDialog) and sheet is not dialog
    settle(qtbot, ui_context)
    assert sheet.form.itemText(0) == "Disposition sheet" and sheet.document.pageCount() == 1
    sheet.save_pdf(str(tmp_path / "disposition.pdf"))
    settle(qtbot, ui_context)
    assert documents.verify(desk, (tmp_path / "disposition.pdf").read_bytes()).verdict == documents.GENUINE
    sheet.reject()

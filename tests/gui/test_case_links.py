"""A case's letters and meetings through the real main window: open a demo case that has a linked
letter, see the "Letters and meetings" tab, open the letter from it in Correspondence, link another
letter by searching its number, and open a meeting where the case was on the agenda."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Case, Meeting, MeetingStatus
from app.models.correspondence import Letter, LetterCase
from app.services import minutes
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.views import case_detail
from ui.views.case_parts.links import LinkLetterDialog
from ui.views.correspondence import CorrespondenceView
from ui.views.meeting_parts import meeting_window

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    yield
    for window in [*case_detail.open_windows(), *meeting_window.open_windows()]:
        window.close()
    QApplication.processEvents()


def test_letters_and_meetings_of_a_case(qtbot: QtBot, main_window, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    desk = ui_context.desk
    with desk.read() as session:
        number, letter_id = session.execute(
            select(Case.number, LetterCase.letter_id)
            .join(LetterCase, LetterCase.case_id == Case.id)
            .join(Letter, Letter.id == LetterCase.letter_id)
            .where(Letter.security == "biasa")
            .order_by(Case.number)
        ).first()  # type: ignore[misc]
        letter = session.get(Letter, letter_id)
        assert letter is not None
        reference = letter.agenda_number
        linked = set(
            session.scalars(
                select(LetterCase.letter_id)
                .join(Case, Case.id == LetterCase.case_id)
                .where(Case.number == number)
            )
        )
        other = session.scalars(
            select(Letter)
            .where(Letter.id.not_in(linked), Letter.security == "biasa")
            .order_by(Letter.agenda_number)
        ).first()
        assert other is not None
        other_reference = other.agenda_number or other.number
        meeting_id = session.scalar(
            select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.starts_at)
        )
    assert reference and other_reference and meeting_id is not None
    # the secretariat put the case on a meeting's agenda
    minutes.add_agenda_item(desk, meeting_id, "Perkembangan penanganan kasus", case_number=number)

    window = case_detail.open_case(ui_context, number, main_window)
    settle(qtbot, ui_context)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    tab = window.links_tab
    assert window.tabs.currentWidget() is tab and tab.isVisible()
    assert window.tabs.tabText(6).startswith("&7 Letters and meetings (")
    assert reference in [row.reference for row in tab.letter_model.rows()]
    top = [tab.meeting_tree.topLevelItem(i) for i in range(tab.meeting_tree.topLevelItemCount())]
    ours = next(item for item in top if item.data(0, Qt.ItemDataRole.UserRole) == str(meeting_id))
    assert "(on the agenda)" in ours.text(0)

    # Enter on the letter shows it in the Correspondence view
    assert tab.select_letter(reference)
    tab.letter_table.setFocus()
    qtbot.keyClick(tab.letter_table, Qt.Key.Key_Return)
    settle(qtbot, ui_context)
    view = main_window.current_view()
    assert isinstance(view, CorrespondenceView)
    qtbot.waitUntil(lambda: view.current is not None and view.current.id == letter_id, timeout=10_000)
    assert view.current_tab() == "in"

    # link another letter, found by its number
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, LinkLetterDialog)
    qtbot.keyClicks(dialog.search, other_reference)
    dialog.find()
    settle(qtbot, ui_context)
    assert dialog.results.count() >= 1 and other_reference in dialog.results.currentItem().text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert window.dialog is None  # closed (and deleted)
    assert other_reference in [row.reference for row in tab.letter_model.rows()]
    assert any(other_reference in item.text for item in window.timeline_tab.model.rows())

    # the same letter a second time: a message in the dialog, nothing saved
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    again = window.dialog
    assert isinstance(again, LinkLetterDialog)
    qtbot.keyClicks(again.search, other_reference)
    again.find()
    settle(qtbot, ui_context)
    qtbot.mouseClick(again.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert again.isVisible() and "already linked" in again.error.text()
    again.reject()
    assert [row.reference for row in tab.letter_model.rows()].count(other_reference) == 1

    # Enter on the meeting: its window opens
    top = [tab.meeting_tree.topLevelItem(i) for i in range(tab.meeting_tree.topLevelItemCount())]
    ours = next(item for item in top if item.data(0, Qt.ItemDataRole.UserRole) == str(meeting_id))
    window.activateWindow()
    tab.meeting_tree.setFocus()
    tab.meeting_tree.setCurrentItem(ours)
    qtbot.keyClick(tab.meeting_tree, Qt.Key.Key_Return)
    settle(qtbot, ui_context)
    opened = meeting_window.open_windows()
    assert [w.meeting_id for w in opened] == [meeting_id]


def test_the_secretariat_puts_a_letter_on_the_agenda(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    """The agenda editor takes a letter by its number; the agenda shows it, the case the letter is
    linked to lists the meeting under "Letters and meetings", and the letter's detail in the
    Correspondence view links to the meeting, which opens from there."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.views.meeting_parts.dialogs import AgendaItemDialog

    desk = ui_context.desk
    with desk.read() as session:
        number, reference = session.execute(
            select(Case.number, Letter.agenda_number)
            .join(LetterCase, LetterCase.case_id == Case.id)
            .join(Letter, Letter.id == LetterCase.letter_id)
            .where(Letter.security == "biasa", Letter.agenda_number.is_not(None))
            .order_by(Letter.agenda_number)
        ).first()  # type: ignore[misc]
        meeting_id = session.scalar(
            select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED).order_by(Meeting.starts_at)
        )
    window = meeting_window.open_meeting(ui_context, meeting_id, main_window)
    settle(qtbot, ui_context)
    qtbot.mouseClick(window.add_item_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, AgendaItemDialog)
    qtbot.keyClicks(dialog.title, "Tindak lanjut surat KEMLU")
    qtbot.keyClicks(dialog.letter, reference)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    rows = [window.agenda.item(r, 1).text() for r in range(window.agenda.rowCount())]
    row = rows.index("Tindak lanjut surat KEMLU")
    assert window.agenda.item(row, 4).text() == reference
    window.close()

    case_window = case_detail.open_case(ui_context, number, main_window)
    settle(qtbot, ui_context)
    tab = case_window.links_tab
    top = [tab.meeting_tree.topLevelItem(i) for i in range(tab.meeting_tree.topLevelItemCount())]
    assert any(item.data(0, Qt.ItemDataRole.UserRole) == str(meeting_id) for item in top)

    # the letter's side: its detail names the meeting and the link opens the meeting's window
    from PySide6.QtCore import QUrl

    from app.services import letters

    detail = letters.letter_detail(desk, reference)
    assert [m.id for m in detail.meetings] == [meeting_id]
    assert tab.select_letter(reference)
    tab.letter_table.setFocus()
    qtbot.keyClick(tab.letter_table, Qt.Key.Key_Return)
    settle(qtbot, ui_context)
    view = main_window.current_view()
    assert isinstance(view, CorrespondenceView)
    qtbot.waitUntil(lambda: view.current is not None and view.current.reference == reference, timeout=10_000)
    qtbot.waitUntil(lambda: detail.meetings[0].reference in view.detail.toPlainText(), timeout=10_000)
    assert f"meeting:{meeting_id}" in view.detail.toHtml()
    view._link(QUrl(f"meeting:{meeting_id}"))
    settle(qtbot, ui_context)
    assert [w.meeting_id for w in meeting_window.open_windows()] == [meeting_id]

"""Each view offers only the commands the signed-in officer's role allows (the services refuse the
others too: tests/unit/test_access.py): an auditor reads meetings, letters and sync but is offered
no command that changes them; the secretariat runs meetings and registers letters but does not
approve them or exchange bundles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services import letters, meetings
from tests.gui.test_access_gui import PASSWORD, _account
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.views import VIEWS
from ui.views.meeting_parts.meeting_window import open_meeting

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_meeting_windows() -> Iterator[None]:
    yield
    for window in QApplication.topLevelWidgets():
        if type(window).__name__ == "MeetingWindow":
            window.close()
    QApplication.processEvents()


def offered(*commands: QWidget) -> list[bool]:
    return [not command.isHidden() for command in commands]


def _view(qtbot: QtBot, main_window, context: UiContext, key: str):  # type: ignore[no-untyped-def]
    main_window.show_view([entry.key for entry in VIEWS].index(key))
    settle(qtbot, context)
    return main_window.current_view()


def _sign_in_as(main_window, context: UiContext, username: str, role: str) -> None:  # type: ignore[no-untyped-def]
    from app.services import accounts

    _account(context.desk, username, role)
    accounts.sign_in(context.desk, username, PASSWORD)
    main_window.reset_views()  # as Sign out does: the views are built anew for the new role


def _draft(context: UiContext) -> str:
    """An outgoing letter still in draft, written by the administrator."""
    draft = letters.LetterDraft(
        kind="out",
        subject="Permohonan data majikan",
        addressee="Kepala BP2MI",
        addressee_place="Jakarta",
        body="Dengan hormat, ...",
        signer="admin",
    )
    return str(letters.draft_letter(context.desk, draft, today=context.today()))


def _letter_commands(qtbot: QtBot, view, context: UiContext, letter: str) -> list[str]:  # type: ignore[no-untyped-def]
    assert view.select_letter("out", letter)
    qtbot.waitUntil(lambda: view.current is not None and str(view.current.id) == letter, timeout=10_000)
    return [button.text() for button in view.action_buttons]


def test_an_auditor_is_offered_no_command_that_changes_meetings_letters_or_sync(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(ui_context)
    meeting = meetings.list_meetings(ui_context.desk)[0].id
    _sign_in_as(main_window, ui_context, "dewi", "auditor")

    view = _view(qtbot, main_window, ui_context, "meetings")
    assert (
        offered(
            view.new_forum_button,
            view.plan_button,
            view.extra_button,
            view.done_button,
            view.edit_forum_button,
        )
        == [False] * 5
    )
    assert offered(view.open_button) == [True]  # reading a meeting is open to every role

    window = open_meeting(ui_context, meeting, main_window)
    qtbot.waitExposed(window)
    settle(qtbot, ui_context)
    assert not any(offered(window.save_minutes_button, window.add_item_button, window.decision_button))
    assert not any(offered(window.confirm_button, window.cancel_button, window.print_button))
    assert window.discussion.isReadOnly()
    assert offered(window.ics_button) == [True]
    window.close()

    view = _view(qtbot, main_window, ui_context, "correspondence")
    assert not any(offered(view.register_button, view.letter_button, view.memo_button, view.log_button))
    assert _letter_commands(qtbot, view, ui_context, draft) == []  # read only: no Edit, Approve, Print

    view = _view(qtbot, main_window, ui_context, "sync")
    assert not any(offered(view.export_button, view.import_button, view.resend_button, view.peer_choice))
    assert offered(view.not_offered) == [True]
    assert "supervisor or an administrator" in view.not_offered.text()


def test_the_secretariat_runs_meetings_and_drafts_letters_but_does_not_approve_or_sync(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(ui_context)
    _sign_in_as(main_window, ui_context, "rina", "secretariat")

    view = _view(qtbot, main_window, ui_context, "meetings")
    assert offered(view.new_forum_button, view.plan_button, view.done_button) == [True] * 3

    view = _view(qtbot, main_window, ui_context, "correspondence")
    assert offered(view.register_button, view.letter_button, view.log_button) == [True] * 3
    commands = _letter_commands(qtbot, view, ui_context, draft)
    assert "Edit…" in commands and "Print / PDF…" in commands
    assert "Approve" not in commands and "Cancel letter…" not in commands

    view = _view(qtbot, main_window, ui_context, "sync")
    assert not any(offered(view.export_button, view.import_button))


def test_an_administrator_is_offered_everything(qtbot: QtBot, main_window, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(ui_context)
    view = _view(qtbot, main_window, ui_context, "correspondence")
    commands = _letter_commands(qtbot, view, ui_context, draft)
    assert {"Edit…", "Approve", "Cancel letter…", "Print / PDF…"} <= set(commands)
    view = _view(qtbot, main_window, ui_context, "sync")
    assert offered(view.export_button, view.import_button) == [True, True]
    assert offered(view.not_offered) == [False]

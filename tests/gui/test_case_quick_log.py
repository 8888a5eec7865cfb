"""Ctrl+L from a case window: the quick-log dialog opens with that case's number filled in, and the
call logged there appears in the same window's timeline (the window refreshes from the change bus)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import cases
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.letters import QuickLogDialog
from ui.views import case_detail

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_case_windows() -> Iterator[None]:
    yield
    for window in case_detail.open_windows():
        window.close()
    QApplication.processEvents()


def test_ctrl_l_in_a_case_window_logs_a_call_on_that_case(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
) -> None:
    number = cases.list_cases(ui_context.desk, cases.CaseFilter(), limit=1)[0].number
    case_window = case_detail.open_case(ui_context, number, main_window)
    settle(qtbot, ui_context)
    case_window.activateWindow()
    qtbot.waitActive(case_window)
    before = len(case_window.timeline_tab.model.rows())
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QuickLogDialog) and w.isVisible()]
    qtbot.keyClick(case_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuickLogDialog) and w.isVisible()]
    assert len(found) == 1  # one dialog: the main window's Ctrl+L did not fire as well
    dialog = found[0]
    assert dialog.parent() is case_window and dialog.case_number.text() == number
    qtbot.keyClicks(dialog.counterpart, "Bu Ratna")
    qtbot.keyClicks(dialog.summary, "Agensi mengirim salinan paspor besok")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and let go)
    rows = case_window.timeline_tab.model.rows()
    assert len(rows) == before + 1
    call = next(r for r in rows if "Bu Ratna" in r.text)
    assert call.kind == "call" and "salinan paspor" in call.text

"""Two officers edit the same case: the second save shows what the first saved and merges per field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services import case_activity, cases
from app.services.desk import Desk
from app.services.workers import WorkerInput
from ui.context import UiContext
from ui.dialogs.edit_conflict import EditConflictDialog
from ui.views import case_detail
from ui.views.case_detail import CaseWindow
from ui.views.case_parts.dialogs import EditCaseDialog

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")

MONDAY = date(2026, 3, 16)


@pytest.fixture
def context(make_context: Callable[[Desk], UiContext], desk: Desk) -> UiContext:
    context = make_context(desk)
    context.today = lambda: MONDAY
    return context


@pytest.fixture
def window(qtbot: QtBot, context: UiContext, desk: Desk) -> CaseWindow:
    worker = WorkerInput(full_name="Siti Aminah", destination_country="MY", employer_name="Tan Ah Kow")
    data = cases.CaseInput(category="unpaid_wages", reported_on=MONDAY, summary="Gaji tidak dibayar")
    number = cases.open_case(desk, worker, data, today=MONDAY).number
    window = case_detail.open_case(context, number)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    return window


def _save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _another_desk_saves(desk: Desk, number: str, changes: dict[str, str]) -> None:
    from app.services import accounts

    if "budi" not in {a.username for a in accounts.list_accounts(desk)}:
        accounts.add_account(desk, "budi", "case_officer", "Sawah-Padi-2026", full_name="Budi Santoso")
    theirs = case_activity.case_detail(desk, number, today=MONDAY)
    desk.username = "budi"  # another officer at another desk of the same server
    try:
        cases.update_case(desk, number, changes, today=MONDAY, base_version=theirs.version)
    finally:
        desk.username = "admin"


@pytest.mark.parametrize("keep_mine", [False, True])
def test_a_conflicting_save_offers_theirs_or_mine_per_field(
    qtbot: QtBot, window: CaseWindow, context: UiContext, keep_mine: bool
) -> None:
    assert window.data is not None
    number = window.data.detail.number
    qtbot.mouseClick(window.case_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, EditCaseDialog)
    dialog.form.summary.setPlainText("Gaji ditahan majikan")
    mine = dialog.changed()
    assert "summary" in mine

    # meanwhile another officer saves the summary (and the country, which this form leaves alone)
    _another_desk_saves(context.desk, number, {"summary": "Gaji 6 bulan tidak dibayar", "country": "SG"})
    _save(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_dialog", None) is not None, timeout=10_000)
    chooser = dialog.conflict_dialog
    assert isinstance(chooser, EditConflictDialog)
    qtbot.waitExposed(chooser)
    assert set(chooser.keep) == {"summary"}
    caption = chooser.grid.itemAtPosition(1, 0).widget().text()  # type: ignore[union-attr]
    assert caption != "summary" and f"fields: {caption}." in chooser.intro.text()
    assert chooser.theirs["summary"].text() == "Gaji 6 bulan tidak dibayar (by budi)"
    assert chooser.keep["summary"].text() == "Gaji ditahan majikan"
    assert case_activity.case_detail(context.desk, number).summary == "Gaji 6 bulan tidak dibayar"
    chooser.grab().save("/tmp/jejaring-edit-conflict.png")

    chooser.keep["summary"].setChecked(keep_mine)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _save(qtbot, chooser.buttons)
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)
    after = case_activity.case_detail(context.desk, number)
    assert after.summary == ("Gaji ditahan majikan" if keep_mine else "Gaji 6 bulan tidak dibayar")
    assert after.country == "SG"  # the other officer's field that this form did not touch stays theirs

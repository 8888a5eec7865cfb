"""The case window's edit forms and dialogs, and Settings › Protocol: each saves through its
service on the writer thread and shows a refusal at its field, with nothing saved."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.persistence.blobstore import MAGIC
from app.services import case_activity, cases, protocol, reference
from app.services.desk import Desk
from app.services.workers import WorkerInput
from tests.gui.views_support import settle
from ui import viewing
from ui.context import UiContext
from ui.views import case_detail
from ui.views.case_detail import CaseWindow
from ui.views.case_parts.dialogs import EditCaseDialog, EditWorkerDialog, ReasonDialog
from ui.views.protocol_tab import ProtocolRuleDialog
from ui.views.settings import SettingsView
from ui.widgets.fields import CheckList

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")

MONDAY = date(2026, 3, 16)


@pytest.fixture
def context(make_context: Callable[[Desk], UiContext], desk: Desk) -> UiContext:
    context = make_context(desk)
    context.today = lambda: MONDAY
    return context


@pytest.fixture
def number(desk: Desk) -> str:
    worker = WorkerInput(
        full_name="Siti Aminah",
        nik="3507014508900001",
        sex="F",
        birth_date=date(1990, 8, 5),
        destination_country="MY",
        employer_name="Tan Ah Kow",
    )
    data = cases.CaseInput(category="unpaid_wages", reported_on=MONDAY)
    return cases.open_case(desk, worker, data, today=MONDAY).number


@pytest.fixture
def window(qtbot: QtBot, context: UiContext, number: str) -> CaseWindow:
    window = case_detail.open_case(context, number)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    return window


def click_ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_editing_the_worker_saves_only_what_changed_and_refuses_at_the_field(
    qtbot: QtBot, window: CaseWindow, context: UiContext, number: str
) -> None:
    qtbot.mouseClick(window.worker_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, EditWorkerDialog)
    form = dialog.form
    assert form.line("nik").text() == "3507014508900001" and form.country.current_key() == "MY"
    assert dialog.changed() == {}
    form.line("phone").setText("nomor saya")
    form.line("employer_name").setText("Lim Bee Leng")
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: bool(dialog.visible_errors()), timeout=10_000)
    assert set(dialog.visible_errors()) == {"phone"}
    assert dialog.tabs.currentIndex() == 0
    detail = case_activity.case_detail(context.desk, number)
    assert detail.worker["employer_name"] == "Tan Ah Kow"  # nothing saved
    form.line("phone").setText("+60 12-345 6789")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog.buttons)
    settle(qtbot, context)
    assert window.worker_tab.grid.text("employer_name") == "Lim Bee Leng"
    assert window.worker_tab.grid.text("phones") == "+60123456789"


def test_editing_the_case_records_the_outcome(
    qtbot: QtBot, window: CaseWindow, context: UiContext, number: str
) -> None:
    qtbot.mouseClick(window.case_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, EditCaseDialog)
    form = dialog.form
    form.outcome.set_key("wages_recovered")
    form.outcome_amount.setText("1.500 ringgit")  # not an amount
    form.outcome_currency.setText("myr")
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: bool(dialog.visible_errors()), timeout=10_000)
    assert set(dialog.visible_errors()) == {"outcome_amount"}
    assert case_activity.case_detail(context.desk, number).outcome is None
    form.outcome_amount.setText("1,500.50")  # the interface is in English
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog.buttons)
    settle(qtbot, context)
    assert window.case_tab.grid.text("outcome") == "Wages or compensation recovered"
    assert window.case_tab.grid.text("outcome_amount") == "MYR 1,500.50"
    assert case_activity.case_detail(context.desk, number).outcome_amount == "1500.50"


def test_editing_the_case_changes_its_further_categories(
    qtbot: QtBot, window: CaseWindow, context: UiContext, number: str
) -> None:
    qtbot.mouseClick(window.case_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, EditCaseDialog)
    assert dialog.form.extra_categories.isEnabled()
    dialog.form.extra_categories.set_checked(("illness", "lost_contact"))
    assert dialog.changed() == {"extra_categories": "illness,lost_contact"}
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog.buttons)
    settle(qtbot, context)
    assert set(case_activity.case_detail(context.desk, number).extra_categories) == {
        "illness",
        "lost_contact",
    }


def test_a_returned_referral_needs_a_reason(
    qtbot: QtBot, window: CaseWindow, context: UiContext, number: str
) -> None:
    case_activity.refer_case(context.desk, number, "BP3MI-JATIM", "Pendampingan", today=MONDAY)
    window.refresh()
    settle(qtbot, context)
    window.tabs.setCurrentWidget(window.referrals_tab)
    assert not window.referrals_tab.return_button.isEnabled()
    window.referrals_tab.table.selectRow(0)
    qtbot.mouseClick(window.referrals_tab.return_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, ReasonDialog)
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: bool(dialog.visible_errors()), timeout=10_000)
    assert dialog.visible_errors() == {"note": "Returning a referral needs a reason."}
    dialog.reason.setPlainText("Bukan wilayah kerja kami.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog.buttons)
    settle(qtbot, context)
    [referral] = window.referrals_tab.model.rows()
    assert referral.status == "returned" and referral.answer_note == "Bukan wilayah kerja kami."


def _png(path: Path) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )
    return path


def test_attachments_are_listed_and_refused_when_not_a_scan(
    qtbot: QtBot, window: CaseWindow, context: UiContext, tmp_path: Path
) -> None:
    window.tabs.setCurrentWidget(window.attachments_tab)
    assert window.attachments_tab.empty.isVisibleTo(window)
    window.attach(str(_png(tmp_path / "paspor.png")))
    settle(qtbot, context)
    [attachment] = window.attachments_tab.model.rows()
    assert attachment.filename == "paspor.png" and attachment.media_type == "image/png"
    assert window.tabs.tabText(5).endswith("(1)")
    script = tmp_path / "foto.jpg"
    script.write_text("#!/bin/sh\n")
    window.attach(str(script))
    settle(qtbot, context)
    assert window.message.isVisibleTo(window) and "photo" in window.message.text()
    assert len(window.attachments_tab.model.rows()) == 1


def test_an_opened_attachment_is_a_read_only_copy_removed_with_the_session(
    qtbot: QtBot, window: CaseWindow, context: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    # the system's viewer is not ours to start here: record what it would be handed
    monkeypatch.setattr(case_detail.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(viewing.tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    stale = tmp_path / "tmp" / f"{viewing.PREFIX}crashed"
    stale.mkdir()
    os.utime(stale, (0, 0))  # left behind long ago by a session that died
    window.attach(str(_png(tmp_path / "paspor.png")))
    settle(qtbot, context)
    [attachment] = window.attachments_tab.model.rows()
    stored = context.desk.blobs.path(attachment.sha256).read_bytes()
    assert stored.startswith(MAGIC) and (tmp_path / "paspor.png").read_bytes()[8:40] not in stored
    window.open_attachment(attachment)
    settle(qtbot, context)  # read and decrypted off the GUI thread
    window.open_attachment(attachment)  # the same copy again, not a second one
    settle(qtbot, context)
    assert len(opened) == 2
    [copy] = {Path(p) for p in opened}
    assert copy.name == "paspor.png" and copy.read_bytes() == (tmp_path / "paspor.png").read_bytes()
    assert not copy.stat().st_mode & 0o222
    assert copy.is_relative_to(viewing.session_folder()) and not stale.exists()
    viewing.clean_up()
    assert not copy.exists() and not list((tmp_path / "tmp").iterdir())


def test_a_case_that_is_gone_says_so(qtbot: QtBot, context: UiContext) -> None:
    window = case_detail.open_case(context, "KBRI-KUL/2026/99999")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.missing, timeout=10_000)
    assert window.message.text() == "There is no case with the number KBRI-KUL/2026/99999."


def test_the_protocol_tab_edits_a_rule(qtbot: QtBot, context: UiContext, desk: Desk) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.protocol_tab)
    tab = view.protocol_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    rows = {r.category: r for r in tab.model.rows()}
    assert rows["*"].own and rows["unpaid_wages"].own and not rows["illness"].own
    assert tab.model.index(0, 0).data() == "Default rule (every other category)"
    assert tab.model.index(list(rows).index("unpaid_wages"), 1).data() == "Representation"

    tab.select_category("illness")  # follows the default rule: saving gives it its own
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ProtocolRuleDialog)
    dialog.lead_agency.combo.setEditText("NOBODY")
    dialog.days["referral_answer_days"].setValue(5)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.visible_errors()), timeout=10_000)
    assert dialog.visible_errors() == {"agency": "There is no agency with the code NOBODY."}
    assert "illness" not in {r.category for r in protocol.rules(desk)}  # nothing saved
    dialog.lead_agency.set_code("BP2MI")
    dialog.participants.set_checked(["KEMENKES", "BP3MI-JATIM"])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, context)
    rule = next(r for r in protocol.rules(desk) if r.category == "illness")
    assert (rule.lead_agency, rule.referral_answer_days) == ("BP2MI", 5)
    assert set(rule.participants) <= {"KEMENKES", "BP3MI-JATIM"} and "BP3MI-JATIM" in rule.participants
    row = next(r for r in tab.model.rows() if r.category == "illness")
    assert row.own and row.rule.referral_answer_days == 5
    assert tab.selected() is not None and tab.selected().category == "illness"  # type: ignore[union-attr]
    QApplication.processEvents()


def test_amounts_are_read_as_the_interface_language_writes_them() -> None:
    from ui.views.case_parts.case_form import plain_amount

    assert plain_amount("1.500.000,50", "id") == "1500000.50"
    assert plain_amount("1,500,000.50", "en") == "1500000.50"
    assert plain_amount("2500.5", "id") == "2500.50"  # plain notation is understood everywhere
    assert plain_amount("banyak", "id") == "banyak"  # left for the service to refuse
    assert plain_amount("  ", "en") == ""


def test_open_windows_follow_a_language_switch(qtbot: QtBot, window: CaseWindow, context: UiContext) -> None:
    from tests.gui.test_case_life import new_dialog
    from ui import i18n

    dialog = new_dialog(qtbot, context)
    assert "Unpaid wages" in window.header.about.text()
    assert dialog.case_form.category.itemText(1) == "Wants to go home"
    context.set_language("id")  # what Settings › Office does: every open window retranslates
    assert i18n.current_language() == "id"
    settle(qtbot, context)
    assert "Gaji Tidak Dibayar" in window.header.about.text()  # the case is read again in Indonesian
    assert dialog.case_form.category.itemText(1) == "Ingin Dipulangkan"
    assert window.data is not None and not window.missing


def tick(qtbot: QtBot, checklist: CheckList, key: str) -> None:
    """Tick or untick one entry as a person does: select it, press Space."""
    row = next(r for r in range(checklist.count()) if checklist.item(r).data(Qt.ItemDataRole.UserRole) == key)
    checklist.setFocus()
    checklist.setCurrentRow(row)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_editing_the_case_changes_its_agencies_and_officers(
    qtbot: QtBot, window: CaseWindow, context: UiContext, number: str, desk: Desk
) -> None:
    reference.save_officer(
        desk, full_name="Budi Santoso", agency_code="KBRI-KUL", username="budi", role="case_officer"
    )
    before = case_activity.case_detail(desk, number)
    assert "POLRI" not in before.participants and before.officer_usernames == ()
    dropped = before.participants[0]
    qtbot.mouseClick(window.case_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, EditCaseDialog)
    assert dialog.tabs.count() == 2 and dialog.tabs.tabText(1) == "&Agencies and officers"
    dialog.tabs.setCurrentIndex(1)
    form = dialog.form
    assert set(form.participants.checked()) == set(before.participants)
    tick(qtbot, form.participants, "POLRI")
    tick(qtbot, form.participants, dropped)
    tick(qtbot, form.officers, "budi")
    expected = sorted({*before.participants, "POLRI"} - {dropped})
    assert dialog.changed() == {"participants": ",".join(expected), "officers": "budi"}
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog.buttons)
    settle(qtbot, context)
    after = case_activity.case_detail(desk, number)
    assert list(after.participants) == expected and after.officer_usernames == ("budi",)
    assert window.case_tab.grid.text("officers") == "Budi Santoso"
    assert "POLRI" in window.case_tab.grid.text("participants")

"""Correspondence through the real main window: register an incoming letter with its scan (a file
that is not a scan is refused first, and nothing is saved), dispose it to two units with a
deadline, forward it once more, draft and sign a reply whose number is issued at signing and
follows the pattern, and see the first letter leave "awaiting reply"; then log a phone call
against a case from the quick-log dialog (Ctrl+L) and find it in the case's timeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.services import cases, letters, reference
from app.services.letters import LetterFilter
from tests.gui.views_support import settle
from tests.unit.test_letters import scan_pdf
from ui.context import UiContext
from ui.dialogs.letters import (
    DisposeDialog,
    DraftLetterDialog,
    QuickLogDialog,
    RegisterIncomingDialog,
    SignDialog,
)
from ui.views import case_detail
from ui.views.correspondence import CorrespondenceView

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_case_windows() -> Iterator[None]:
    yield
    for window in case_detail.open_windows():
        window.close()
    QApplication.processEvents()


def action(view: CorrespondenceView, text: str) -> QPushButton:
    found = [b for b in view.action_buttons if b.text() == text]
    assert found, [b.text() for b in view.action_buttons]
    return found[0]


def dialog_of(kind: type, parent: object) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, kind
    return found[-1]


def test_a_letter_from_registration_to_its_signed_reply(
    qtbot: QtBot,
    main_window,  # type: ignore[no-untyped-def]
    ui_context: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = ui_context.desk
    today = ui_context.today()
    admin = next(o for o in reference.officers(desk) if o.username == "admin")
    reference.save_officer(  # the head of the protection section disposes; she sits in it
        desk,
        full_name=admin.full_name,
        agency_code="KBRI-KUL",
        username="admin",
        role="administrator",
        unit_code="PWNI",
        position="Kepala Fungsi Pelindungan WNI",
        nip="198001012005012001",
        officer_id=admin.id,
    )
    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView)))
    view = window.current_view()
    assert isinstance(view, CorrespondenceView)
    settle(qtbot, ui_context)

    # 1. Register: a text file is no scan; the letter is refused at the field and nothing is saved
    before = letters.count_letters(desk, LetterFilter(kind="in"))
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(RegisterIncomingDialog, view)
    assert isinstance(dialog, RegisterIncomingDialog)
    dialog.sender_agency.set_current_key("BP2MI")
    qtbot.keyClicks(dialog.sender_number, "B-77/BP2MI/PL.02/2026")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no subject yet
    settle(qtbot, ui_context)
    assert dialog.visible_errors() == {"subject": "A letter needs a subject (hal)."}
    qtbot.keyClicks(dialog.subject, "Permohonan pemulangan PMI a.n. Wulan Sari")
    dialog.reply_by.set_value(today - timedelta(days=1))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert "before the day the letter was received" in dialog.visible_errors()["reply_by"]
    dialog.reply_by.set_value(today + timedelta(days=7))
    not_a_scan = tmp_path / "surat.pdf"
    not_a_scan.write_text("only text")
    dialog.scan.setText(str(not_a_scan))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert "PDF" in dialog.visible_errors()["file"] and dialog.isVisible()
    assert letters.count_letters(desk, LetterFilter(kind="in")) == before
    dialog.scan.setText(str(scan_pdf(tmp_path / "scan.pdf")))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not dialog.isVisible()
    agenda = f"KBRI-KUL/SM/{today.year}/"
    newest = view.letter_models["in"].rows[0]
    assert newest.reference.startswith(agenda) and newest.awaiting_reply
    assert view.select_letter("in", newest.reference)
    settle(qtbot, ui_context)
    assert view.current is not None and view.current.files[0].is_scan
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(action(view, "Open scan"), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)  # decrypted off the GUI thread
    assert opened and Path(opened[0]).name == "scan.pdf" and Path(opened[0]).read_bytes().startswith(b"%PDF-")

    # 2. Dispose to two units with a deadline, the protection section leading
    qtbot.mouseClick(action(view, "Dispose…"), Qt.MouseButton.LeftButton)
    dispose = dialog_of(DisposeDialog, view)
    assert isinstance(dispose, DisposeDialog)
    dispose.recipients.tick("Fungsi Konsuler")
    dispose.recipients.tick("Fungsi Pelindungan Warga Negara Indonesia", lead=True)
    dispose.instructions["selesaikan"].setChecked(True)
    dispose.instructions["koordinasikan"].setChecked(True)
    qtbot.keyClicks(dispose.note, "Koordinasikan dengan BP2MI")
    dispose.due_on.set_value(today + timedelta(days=5))
    qtbot.mouseClick(dispose.buttons.button(dispose.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not dispose.isVisible()
    (routing,) = view.current.dispositions
    assert [(r.name, r.lead) for r in routing.recipients] == [
        ("Fungsi Pelindungan Warga Negara Indonesia", True),
        ("Fungsi Konsuler", False),
    ]
    assert routing.due_on == today + timedelta(days=5)
    assert "Koordinasikan dengan BP2MI" in view.detail.toPlainText()

    # 3. The protection section forwards it once more, from "Dispositions: my unit"
    view.tabs.setCurrentIndex(3)
    view.scope.setCurrentIndex(view.scope.findData("unit"))
    settle(qtbot, ui_context)
    mine = [r for r in view.disposition_model.rows if r.letter_reference == newest.reference]
    assert len(mine) == 1 and mine[0].lead
    assert view.select_disposition(mine[0].recipient_id)
    settle(qtbot, ui_context)
    qtbot.mouseClick(action(view, "Forward…"), Qt.MouseButton.LeftButton)
    forward = dialog_of(DisposeDialog, view)
    assert isinstance(forward, DisposeDialog)
    forward.recipients.tick("Atase Ketenagakerjaan")
    forward.instructions["pelajari"].setChecked(True)
    qtbot.mouseClick(forward.buttons.button(forward.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    chain = view.current.dispositions if view.current else ()
    assert [(d.depth, [r.status for r in d.recipients]) for d in chain] == [
        (0, ["forwarded", "pending"]),
        (1, ["pending"]),
    ]

    # 4. Draft a reply, approve and sign it: the number is issued at signing, on the pattern
    view.tabs.setCurrentIndex(0)
    assert view.select_letter("in", newest.reference)
    settle(qtbot, ui_context)
    qtbot.mouseClick(action(view, "Draft reply…"), Qt.MouseButton.LeftButton)
    draft = dialog_of(DraftLetterDialog, view)
    assert isinstance(draft, DraftLetterDialog) and "Wulan Sari" in draft.subject.text()
    qtbot.keyClicks(draft.addressee, "Kepala BP2MI")
    qtbot.keyClicks(draft.addressee_place, "Jakarta")
    draft.classification.set_current_key("PL.02")
    qtbot.keyClicks(draft.body, "Dengan hormat, menindaklanjuti surat Saudara ...")
    qtbot.keyClicks(draft.copies, "Direktur Pelindungan WNI")
    qtbot.mouseClick(draft.buttons.button(draft.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not draft.isVisible()
    reply = view.letter_models["out"].rows[0]
    assert reply.status == "draft" and reply.reference == ""
    assert view.select_letter("out", str(reply.id))
    settle(qtbot, ui_context)
    assert view.current is not None and view.current.number is None
    qtbot.mouseClick(action(view, "Edit…"), Qt.MouseButton.LeftButton)  # one more copy, then approve
    edit = dialog_of(DraftLetterDialog, view)
    assert isinstance(edit, DraftLetterDialog) and edit.draft is not None
    assert edit.addressee.text() == "Kepala BP2MI" and edit.signer.current_key() == "admin"
    edit.copies.setPlainText("Direktur Pelindungan WNI\nArsip")
    qtbot.mouseClick(edit.buttons.button(edit.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not edit.isVisible()
    assert view.select_letter("out", str(reply.id))
    settle(qtbot, ui_context)
    assert view.current is not None and view.current.copies == ("Direktur Pelindungan WNI", "Arsip")
    qtbot.mouseClick(action(view, "Approve"), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert view.select_letter("out", str(reply.id))
    settle(qtbot, ui_context)
    assert newest.reference in [
        r.reference for r in letters.list_letters(desk, LetterFilter(awaiting_reply=True))
    ]
    qtbot.mouseClick(action(view, "Sign…"), Qt.MouseButton.LeftButton)
    sign = dialog_of(SignDialog, view)
    assert isinstance(sign, SignDialog)
    qtbot.mouseClick(sign.buttons.button(sign.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    signed = view.letter_models["out"].rows[0]
    assert re.fullmatch(rf"B-\d+/KBRI-KUL/PL\.02/{today.month:02}/{today.year}", signed.reference), (
        signed.reference
    )
    issued = [r for r in letters.number_register(desk, today.year) if r.kind == "out"]
    assert issued[-1].reference == signed.reference and signed.reference.startswith(f"B-{len(issued)}/")
    document = letters.letter_document(desk, signed.reference)
    assert document.signer_nip == "198001012005012001"
    assert document.tembusan == ("Direktur Pelindungan WNI", "Arsip")

    # 5. The first letter no longer awaits a reply
    view.tabs.setCurrentIndex(0)
    qtbot.mouseClick(view.awaiting, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert view.awaiting.isChecked()
    waiting = [r.reference for r in view.letter_models["in"].rows]
    assert newest.reference not in waiting and all(r.awaiting_reply for r in view.letter_models["in"].rows)


def test_a_call_logged_with_ctrl_l_appears_in_the_case_timeline(
    qtbot: QtBot,
    main_window,
    ui_context: UiContext,  # type: ignore[no-untyped-def]
) -> None:
    desk = ui_context.desk
    number = cases.list_cases(desk, cases.CaseFilter(), limit=1)[0].number
    window = main_window
    window.show_view(0)  # from anywhere: the dashboard
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(QuickLogDialog, window)
    assert isinstance(dialog, QuickLogDialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.counterpart, timeout=3000)
    dialog.activateWindow()  # what the window manager does for a new dialog (offscreen has none)
    qtbot.waitActive(dialog)
    qtbot.keyClicks(dialog.counterpart, "Pak Hendra")
    qtbot.keyClicks(dialog.phone, "12")  # not a phone number
    qtbot.keyClicks(dialog.summary, "Majikan berjanji melunasi gaji bulan depan")
    qtbot.keyClicks(dialog.case_number, number)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert "counterpart_phone" in dialog.visible_errors() and dialog.isVisible()
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "+60 12 345 6789")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ui_context)
    assert not dialog.isVisible()
    case_window = case_detail.open_case(ui_context, number, window)
    settle(qtbot, ui_context)
    texts = [item.text for item in case_window.timeline_tab.model.rows()]
    assert any("Pak Hendra" in t and "+60123456789" in t and "melunasi gaji" in t for t in texts), texts
    call = next(i for i in case_window.timeline_tab.model.rows() if "Pak Hendra" in i.text)
    assert call.kind == "call" and call.at.date() <= date.today()


def test_an_administrator_keeps_patterns_and_classification_codes(
    qtbot: QtBot,
    main_window,
    ui_context: UiContext,  # type: ignore[no-untyped-def]
) -> None:
    from app.services import numbering
    from ui.views.letters_tab import ClassificationDialog
    from ui.views.settings import SettingsView

    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, SettingsView)))
    settings = window.current_view()
    assert isinstance(settings, SettingsView)
    tab = settings.letters_tab
    settings.tabs.setCurrentWidget(tab)
    settle(qtbot, ui_context)
    assert tab.pattern_fields["out"].text() == numbering.LETTER_PATTERN
    assert "PL.01" in [c.code for c in tab.model.rows()]
    field = tab.pattern_fields["out"]
    field.setText("{serial}/{year}")
    qtbot.mouseClick(tab.pattern_buttons["out"], Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert "{unit_code} or {site}" in tab.pattern_errors["out"].text()
    assert numbering.patterns(ui_context.desk)["out"] == numbering.LETTER_PATTERN  # nothing saved
    field.setText("{security}.{serial}/{unit_code}/{year}")
    qtbot.mouseClick(tab.pattern_buttons["out"], Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert tab.pattern_errors["out"].isHidden()
    assert numbering.patterns(ui_context.desk)["out"] == "{security}.{serial}/{unit_code}/{year}"
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(ClassificationDialog, tab)
    assert isinstance(dialog, ClassificationDialog)
    qtbot.keyClicks(dialog.code, "pl.10")
    qtbot.keyClicks(dialog.name, "Pendataan PMI Purna")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert "PL.10" in [c.code for c in tab.model.rows()]


def test_a_case_number_in_a_letter_opens_the_case(
    qtbot: QtBot,
    main_window,
    ui_context: UiContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QUrl

    desk = ui_context.desk
    number = cases.list_cases(desk, cases.CaseFilter(), limit=1)[0].number
    done = letters.register_incoming(
        desk,
        letters.IncomingLetter(
            received_on=date.today(),
            subject="Kronologis kasus",
            sender_name="Mr. Tan",
            case_numbers=(number,),
        ),
    )
    window = main_window
    window.show_view(next(i for i, v in enumerate(window.views) if isinstance(v, CorrespondenceView)))
    view = window.current_view()
    assert isinstance(view, CorrespondenceView)
    settle(qtbot, ui_context)
    assert view.select_letter("in", done.reference)
    settle(qtbot, ui_context)
    assert f"case:{number}" in view.detail.toHtml()
    view.detail.anchorClicked.emit(QUrl(f"case:{number}"))
    settle(qtbot, ui_context)
    assert [w.number for w in case_detail.open_windows()] == [number]
    texts = [i.text for i in case_detail.open_windows()[0].timeline_tab.model.rows()]
    assert f"Incoming letter {done.reference} registered" in texts

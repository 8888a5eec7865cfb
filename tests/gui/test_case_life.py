"""The life of a case through the real windows: register a worker's complaint, catch the same
worker reported again, refer the case to BP3MI Jawa Timur and accept it, write on the timeline,
add a task, watch the referral's deadline pass on a working-day calendar with a holiday, resolve,
close and reopen. Bad input gets an Indonesian message at its field and saves nothing.

Dates: the case is opened on Monday 16 March 2026. A referral must be answered within 3 working
days; Thursday 19 March 2026 is Nyepi (a public holiday), so the answer is due Friday 20 March:
not overdue that day, overdue on Monday 23 March.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.services import case_activity, cases
from app.services.desk import Desk
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.new_case import NewCaseDialog
from ui.views import case_detail
from ui.views.case_detail import CaseWindow
from ui.views.case_parts.dialogs import ReasonDialog, ReferDialog, TaskDialog

MONDAY = date(2026, 3, 16)
NIK = "3507014508900001"  # Kab. Malang, woman born 5 August 1990
ROOT = Path(__file__).resolve().parents[2]

# The offscreen platform cannot raise a window or grab the keyboard for a completer's popup.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


class Clock:
    """The desk's today, moved by the test."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock(ui_context: UiContext) -> Clock:
    clock = Clock(MONDAY)
    ui_context.today = clock
    return clock


@pytest.fixture(autouse=True)
def close_case_windows() -> Iterator[None]:
    yield
    for window in case_detail.open_windows():
        window.close()
    QApplication.processEvents()


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()
    popup = QApplication.activePopupWidget()  # a completer's list of matches
    if popup is not None:
        popup.hide()


def fill_worker(qtbot: QtBot, dialog: NewCaseDialog, **fields: str) -> None:
    form = dialog.worker_form
    for name, text in fields.items():
        if name == "sex":
            form.sex.set_key(text)
        elif name == "province":
            type_into(qtbot, form.province.lineEdit(), text)
        elif name == "regency":
            type_into(qtbot, form.regency.lineEdit(), text)
        elif name == "destination_country":
            type_into(qtbot, form.country.lineEdit(), text)
        else:
            type_into(qtbot, form.line(name), text)


def choose_category(dialog: NewCaseDialog, code: str) -> None:
    dialog.tabs.setCurrentWidget(dialog.case_form.page)
    combo = dialog.case_form.category
    combo.setCurrentIndex(combo.findData(code))


def new_dialog(qtbot: QtBot, context: UiContext, parent: object = None) -> NewCaseDialog:
    dialog = NewCaseDialog(context, parent)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: NewCaseDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def register_siti(qtbot: QtBot, context: UiContext, parent: object) -> NewCaseDialog:
    dialog = new_dialog(qtbot, context, parent)
    fill_worker(
        qtbot,
        dialog,
        full_name="Siti Aminah",
        nik=NIK,
        sex="F",
        birth_date="1990-08-05",
        province="Jawa Timur",
        regency="Kabupaten Malang",
        phone="0812-3456-7890",
    )
    dialog.tabs.setCurrentWidget(dialog.worker_form.placement_page)
    fill_worker(
        qtbot,
        dialog,
        destination_country="Malaysia",
        employer_name="Tan Ah Kow",
        departure_date="01-02-2024",  # typed day first, as on many Indonesian forms
    )
    choose_category(dialog, "unpaid_wages")
    qtbot.keyClicks(dialog.case_form.summary, "Gaji enam bulan belum dibayar.")
    return dialog


def open_window(qtbot: QtBot, context: UiContext, number: str, parent: object) -> CaseWindow:
    window = case_detail.open_case(context, number, parent)  # type: ignore[arg-type]
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    settle(qtbot, context)
    return window


def answer_dialog(qtbot: QtBot, window: CaseWindow, kind: type[FormDialog]) -> FormDialog:
    qtbot.waitUntil(lambda: isinstance(window.dialog, kind) and window.dialog.isVisible(), timeout=5_000)
    dialog = window.dialog
    assert isinstance(dialog, kind)
    activate(qtbot, dialog)
    return dialog


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts go to the active window, as when the officer clicks into it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def ctrl_enter(qtbot: QtBot, widget: object) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]


# --- the life of a case -------------------------------------------------------------------------


def test_the_life_of_a_case(qtbot: QtBot, main_window: object, ui_context: UiContext, clock: Clock) -> None:
    context, desk = ui_context, ui_context.desk

    # 1. Register the complaint with its worker; the protocol suggests who leads and takes part.
    dialog = register_siti(qtbot, context, main_window)
    assert dialog.worker_form.home_region() == "35.07"
    assert dialog.case_form.lead_code() == "KBRI-KUL"
    assert set(dialog.case_form.participants.checked()) == {"BP2MI", "KEMNAKER"}
    assert dialog.case_form.report_date() == MONDAY
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        save(qtbot, dialog)
    number = dialog.opened_number
    assert number is not None and number.startswith("KBRI-KUL/2026/")
    first = case_activity.case_detail(desk, number, today=MONDAY)
    assert first.worker["nik"] == NIK and first.worker["home_region"] == "35.07"
    assert first.worker["departure_date"] == date(2024, 2, 1)
    assert first.lead_agency == "KBRI-KUL" and set(first.participants) == {"BP2MI", "KEMNAKER"}

    # 2. The same worker reported again through another channel: the panel offers the first case.
    again = new_dialog(qtbot, context, main_window)
    fill_worker(qtbot, again, full_name="Siti Aminnah", nik=NIK)
    qtbot.waitUntil(lambda: bool(again.duplicates.found), timeout=10_000)
    settle(qtbot, context)
    [entry] = again.duplicates.entry_widgets()
    assert entry.reason.text() == "Same NIK" and number in entry.cases.text()
    assert again.duplicates.title.text() == "Possibly already registered"
    qtbot.mouseClick(entry.open_button, Qt.MouseButton.LeftButton)
    assert [w.number for w in case_detail.open_windows()] == [number]
    qtbot.mouseClick(entry.use_button, Qt.MouseButton.LeftButton)
    assert again.linked_banner.isVisible() and not again.worker_form.line("nik").isEnabled()
    settle(qtbot, context)
    assert again.worker_form.line("full_name").text() == "Siti Aminah"  # the record as registered
    choose_category(again, "wants_to_go_home")
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        save(qtbot, again)
    second = case_activity.case_detail(desk, again.opened_number or "", today=MONDAY)
    assert second.worker_id == first.worker_id

    # 3. Refer the case to BP3MI Jawa Timur (Ctrl+R), with Ctrl+Enter in the dialog.
    window = open_window(qtbot, context, number, main_window)
    assert case_detail.open_case(context, number) is window  # one window per case
    assert window.header.number.text() == number
    assert window.header.stage.text() == "Intake"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    refer = answer_dialog(qtbot, window, ReferDialog)
    assert isinstance(refer, ReferDialog)
    type_into(qtbot, refer.to_agency.lineEdit(), "BP3MI-JATIM")
    qtbot.keyClicks(refer.reason, "Pendampingan keluarga di Malang.")
    qtbot.keyClicks(refer.documents, "Formulir pengaduan")
    with qtbot.waitSignal(refer.accepted, timeout=10_000):
        ctrl_enter(qtbot, refer.reason)
    settle(qtbot, context)
    assert window.tabs.currentWidget() is window.referrals_tab
    [referral] = window.referrals_tab.model.rows()
    assert (referral.to_agency, referral.status, referral.due_on) == (
        "BP3MI-JATIM",
        "sent",
        date(2026, 3, 20),
    )
    assert (
        "BP3MI-JATIM: Accept or return the referral, by Friday, 20 March 2026" in window.header.steps_plain()
    )

    # 4. The deadline on the working-day calendar: Friday 20 March is still in time ...
    clock.today = date(2026, 3, 20)
    window.refresh()
    settle(qtbot, context)
    [referral] = window.referrals_tab.model.rows()
    assert not referral.overdue
    assert "(overdue)" not in window.header.steps_plain()
    # ... Monday 23 March is not.
    clock.today = date(2026, 3, 23)
    window.refresh()
    settle(qtbot, context)
    [referral] = window.referrals_tab.model.rows()
    assert referral.overdue
    assert "BP3MI-JATIM: Accept or return the referral, by Friday, 20 March 2026 (overdue)" in (
        window.header.steps_plain()
    )
    assert window.header.overdue.isVisibleTo(window)
    due_cell = window.referrals_tab.model.index(0, 3)
    assert due_cell.data() == "20/03/2026 (overdue)"
    assert due_cell.data(Qt.ItemDataRole.ForegroundRole) is not None

    # 5. BP3MI Jawa Timur accepts: the flag goes.
    window.referrals_tab.table.selectRow(0)
    qtbot.mouseClick(window.referrals_tab.accept_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    [referral] = window.referrals_tab.model.rows()
    assert referral.status == "accepted" and not referral.overdue
    assert "Accept or return the referral" not in window.header.steps_plain()

    # 6. A call on the timeline in a few keystrokes: Ctrl+T, pick "Call", type, Ctrl+Enter.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    timeline = window.timeline_tab
    assert window.tabs.currentWidget() is timeline and timeline.text.hasFocus()
    qtbot.mouseClick(timeline.kind_buttons["call"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(timeline.text, "Menelepon majikan: gaji akan dibayar minggu depan.")
    ctrl_enter(qtbot, timeline.text)
    settle(qtbot, context)
    newest = timeline.model.rows()[0]
    assert (newest.kind, newest.text) == ("call", "Menelepon majikan: gaji akan dibayar minggu depan.")
    assert newest.agency == "KBRI-KUL" and timeline.text.toPlainText() == ""

    # 7. A task with an owner and a due date, then done.
    qtbot.mouseClick(window.tasks_tab.add_button, Qt.MouseButton.LeftButton)
    task_dialog = answer_dialog(qtbot, window, TaskDialog)
    assert isinstance(task_dialog, TaskDialog)
    qtbot.keyClicks(task_dialog.title, "Pastikan pembayaran gaji")
    type_into(
        qtbot,
        task_dialog.owner_agency.lineEdit(),
        "bp2mi",
    )
    qtbot.keyClicks(task_dialog.due_on, "2026-03-30")
    with qtbot.waitSignal(task_dialog.accepted, timeout=10_000):
        ctrl_enter(qtbot, task_dialog.title)
    settle(qtbot, context)
    task = next(t for t in window.tasks_tab.model.rows() if t.title == "Pastikan pembayaran gaji")
    assert (task.owner_agency, task.due_on, task.done_on) == ("BP2MI", date(2026, 3, 30), None)
    window.tasks_tab.table.selectRow(window.tasks_tab.model.rows().index(task))
    qtbot.mouseClick(window.tasks_tab.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    task = next(t for t in window.tasks_tab.model.rows() if t.title == "Pastikan pembayaran gaji")
    assert task.done_on == date(2026, 3, 23)

    # 8. Resolve, close, and reopen: only with a reason.
    window.header.stage_actions["resolved"].trigger()
    settle(qtbot, context)
    assert window.header.stage.text() == "Resolved"
    assert window.header.steps_plain() == "" and not window.header.overdue.isVisibleTo(window)
    window.header.stage_actions["closed"].trigger()
    settle(qtbot, context)
    assert window.header.stage.text() == "Closed"
    window.header.stage_actions["mediation"].trigger()
    reopen = answer_dialog(qtbot, window, ReasonDialog)
    qtbot.mouseClick(reopen.buttons.button(reopen.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reopen.visible_errors()), timeout=10_000)
    assert reopen.visible_errors() == {"reason": "Reopening a case needs a reason."}
    assert case_activity.case_detail(desk, number).status == "closed"
    qtbot.keyClicks(reopen.reason, "Majikan ingkar janji membayar.")
    with qtbot.waitSignal(reopen.accepted, timeout=10_000):
        ctrl_enter(qtbot, reopen.reason)
    settle(qtbot, context)
    assert window.header.stage.text() == "Mediation"
    assert any("Majikan ingkar janji membayar." in i.text for i in window.timeline_tab.model.rows())


def test_a_case_window_is_raised_not_opened_twice(
    qtbot: QtBot, ui_context: UiContext, demo_desk: Desk
) -> None:
    number = cases.recent_cases(demo_desk, limit=1)[0].number
    window = open_window(qtbot, ui_context, number, None)
    qtbot.addWidget(window)
    assert case_detail.open_case(ui_context, number) is window
    activate(qtbot, window)
    for index, tab in enumerate(window.tab_widgets()):
        qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)  # type: ignore[operator]
        assert window.tabs.currentWidget() is tab
    assert window.worker_tab.grid.text("full_name") not in ("", "–")


# --- bad input, in Indonesian -------------------------------------------------------------------


@pytest.fixture
def indonesian(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[str, str], str]]:
    """The interface in Indonesian with the shipped catalogue (compiled from the .ts source, as
    `make translations` does), installed in a QTranslator as ui/i18n.py does."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "jejaring_id.qm"
    source = ROOT / "resources" / "translations" / "jejaring_id.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield lambda context, text: QCoreApplication.translate(context, text)
    qapp.removeTranslator(translator)


@pytest.fixture
def desk_context(make_context: Callable[[Desk], UiContext], desk: Desk) -> UiContext:
    context = make_context(desk)
    context.today = lambda: MONDAY
    context.language = lambda: "id"
    return context


def refused(qtbot: QtBot, context: UiContext, **fields: str) -> dict[str, str]:
    dialog = new_dialog(qtbot, context)
    fill_worker(qtbot, dialog, full_name="Siti Aminah", **fields)
    choose_category(dialog, "unpaid_wages")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.visible_errors()), timeout=10_000)
    settle(qtbot, context)
    assert dialog.isVisible() and dialog.opened_number is None
    assert cases.count_cases(context.desk) == 0  # nothing saved
    return dialog.visible_errors()


def test_an_invalid_nik_is_refused_at_its_field_in_indonesian(
    qtbot: QtBot, desk_context: UiContext, indonesian: Callable[[str, str], str]
) -> None:
    errors = refused(qtbot, desk_context, nik="3507019999990001")
    assert errors == {
        "nik": "NIK 3507019999990001 tidak sah: NIK harus terdiri atas 16 digit dengan kode provinsi "
        "dan tanggal lahir yang benar."
    }


def test_a_nik_whose_birth_date_disagrees_is_refused(
    qtbot: QtBot, desk_context: UiContext, indonesian: Callable[[str, str], str]
) -> None:
    errors = refused(qtbot, desk_context, nik=NIK, sex="F", birth_date="1990-08-06")
    assert errors == {"nik": f"NIK {NIK} tidak sesuai dengan tanggal lahir yang diisikan."}


def test_a_future_departure_of_a_worker_who_left_is_refused(
    qtbot: QtBot, desk_context: UiContext, indonesian: Callable[[str, str], str]
) -> None:
    errors = refused(qtbot, desk_context, departure_date="2026-04-01")
    assert errors == {
        "departure_date": "Tanggal keberangkatan berada di masa mendatang, padahal PMI ini sudah berangkat."
    }


def test_the_form_itself_refuses_what_it_cannot_read(
    qtbot: QtBot, desk_context: UiContext, indonesian: Callable[[str, str], str]
) -> None:
    errors = refused(qtbot, desk_context, birth_date="5 Agustus")
    assert errors == {"birth_date": "5 Agustus bukan tanggal (tulis TTTT-BB-HH, misalnya 2026-11-28)."}
    dialog = new_dialog(qtbot, desk_context)
    fill_worker(qtbot, dialog, full_name="Siti Aminah")
    save(qtbot, dialog)
    assert set(dialog.visible_errors()) == {"category"}
    assert dialog.tabs.currentWidget() is dialog.case_form.page  # the field's page is brought forward
    assert dialog.visible_errors()["category"] == "Pilih hal yang diadukan."
    assert dialog.tabs.tabText(2) == indonesian("NewCaseDialog", "&3 Complaint") == "&3 Pengaduan"


def test_an_old_nik_region_warns_but_saves(qtbot: QtBot, desk_context: UiContext) -> None:
    dialog = new_dialog(qtbot, desk_context)
    fill_worker(qtbot, dialog, full_name="Siti Aminah", nik="3507994508900001")
    qtbot.waitUntil(lambda: dialog.warning_label.isVisibleTo(dialog), timeout=10_000)
    assert "district code" in dialog.warning_label.text()
    choose_category(dialog, "unpaid_wages")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        save(qtbot, dialog)
    assert dialog.opened is not None and dialog.opened.warnings
    assert cases.count_cases(desk_context.desk) == 1


def test_the_new_case_form_assigns_officers(qtbot: QtBot, desk_context: UiContext) -> None:
    dialog = register_siti(qtbot, desk_context, None)
    officers = dialog.case_form.officers
    assert officers.isVisible()  # on the complaint page, under the agencies involved
    row = next(
        r for r in range(officers.count()) if officers.item(r).data(Qt.ItemDataRole.UserRole) == "admin"
    )
    officers.setFocus()
    officers.setCurrentRow(row)
    qtbot.keyClick(officers, Qt.Key.Key_Space)
    assert officers.checked() == ("admin",)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        save(qtbot, dialog)
    number = dialog.opened_number
    assert number is not None
    assert case_activity.case_detail(desk_context.desk, number).officer_usernames == ("admin",)

"""Sign-in, the idle lock, roles and break the glass, through the real windows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import SensitiveAccess
from app.services import accounts, case_activity, cases
from app.services.access import AccessDenied
from app.services.desk import Desk
from app.services.workers import WorkerInput
from tests.conftest import ADMIN_PASSWORD
from tests.gui.test_case_life import answer_dialog, open_window
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.sign_in import ChangePasswordDialog, SignInDialog
from ui.views import case_detail
from ui.views.case_parts.dialogs import ReasonDialog

PASSWORD = "Merdeka-Raya-77"
TODAY = date(2026, 11, 2)
STORY = "Korban kekerasan seksual oleh majikan; dirawat di rumah sakit."

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def close_case_windows() -> Iterator[None]:
    yield
    for window in case_detail.open_windows():
        window.close()
    QApplication.processEvents()


def _account(desk: Desk, username: str, role: str) -> None:
    """An officer who has chosen their own password (PASSWORD)."""
    accounts.add_account(desk, username, role, "Sementara-2026", full_name=username.title())
    accounts.sign_in(desk, username, "Sementara-2026")
    accounts.change_password(desk, "Sementara-2026", PASSWORD)
    accounts.sign_in(desk, "admin", ADMIN_PASSWORD)


def _sensitive_case(desk: Desk, officers: tuple[str, ...] = ()) -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name="Siti Aminah", destination_country="MY"),
        cases.CaseInput(
            category="employer_violence",
            reported_on=TODAY,
            country="MY",
            summary=STORY,
            officer_usernames=officers,
        ),
        today=TODAY,
    ).number


def _sign_in_dialog(qtbot: QtBot, context: UiContext) -> SignInDialog:
    accounts.sign_out(context.desk)
    dialog = SignInDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _try(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> str:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.message.text() if dialog.message.isVisible() else ""


def test_sign_in_says_wrong_password_locked_and_disabled_clearly(qtbot: QtBot, ui_context: UiContext) -> None:
    desk = ui_context.desk
    _account(desk, "budi", "case_officer")
    _account(desk, "dewi", "auditor")
    accounts.set_active(desk, "dewi", False)
    dialog = _sign_in_dialog(qtbot, ui_context)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert _try(qtbot, dialog, "budi", "salah-sandi-1") == "Wrong username or password."
    assert dialog.password.text() == "" and dialog.isVisible()
    assert "This account is disabled" in _try(qtbot, dialog, "dewi", PASSWORD)
    for _ in range(accounts.MAX_FAILED - 2):
        _try(qtbot, dialog, "budi", "salah-sandi-1")
    assert "the account is locked for 15 minutes" in _try(qtbot, dialog, "budi", "salah-sandi-1")
    assert "This account is locked" in _try(qtbot, dialog, "budi", PASSWORD)
    assert desk.username is None
    assert _try(qtbot, dialog, "admin", ADMIN_PASSWORD) == ""
    assert dialog.result() == SignInDialog.DialogCode.Accepted and desk.username == "admin"


def test_a_reset_password_must_be_changed_at_sign_in(qtbot: QtBot, ui_context: UiContext) -> None:
    desk = ui_context.desk
    accounts.add_account(desk, "budi", "case_officer", "Sementara-2026")
    dialog = _sign_in_dialog(qtbot, ui_context)

    def choose_new() -> None:
        change = QApplication.activeModalWidget()
        assert isinstance(change, ChangePasswordDialog) and change.forced
        assert not change.old.isVisible()  # the temporary password was just typed
        change.new.setText("Jalan-Sudirman-12")
        change.again.setText("Jalan-Sudirman-13")
        change.save()
        assert "not the same" in change.message.text()
        change.again.setText("Jalan-Sudirman-12")
        change.save()

    QTimer.singleShot(50, choose_new)
    _try(qtbot, dialog, "budi", "Sementara-2026")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    accounts.require_password_current(accounts.sign_in(desk, "budi", "Jalan-Sudirman-12"))


def test_the_idle_lock_hides_the_window_and_keeps_what_was_typed(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.letters import QuickLogDialog

    main_window.quick_log()
    form = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QuickLogDialog) and w.isVisible()
    )
    qtbot.waitExposed(form)
    typed = form.findChildren(QLineEdit)[0]
    typed.setText("Telepon dari keluarga Siti")
    kept = typed.text()
    lock = main_window.idle_lock
    lock._last_input -= 11 * 60  # eleven idle minutes (the default locks after ten)
    lock.check()
    assert lock.is_locked
    shade = lock.shade_of(main_window)
    assert shade is not None and shade.isVisible() and shade.geometry() == main_window.rect()
    assert lock.shade_of(form) is not None  # the open form is covered too, not closed
    assert not main_window.quick_log_action.isEnabled() and not main_window.centralWidget().isEnabled()
    shade.password.setText("salah-sandi-1")
    shade.unlock()
    assert lock.is_locked and shade.message.text() == "Wrong username or password."
    on_form = lock.shade_of(form)
    assert on_form is not None and on_form.password.isEnabled()  # a modal form: unlock from there
    on_form.password.setText(ADMIN_PASSWORD)
    on_form.unlock()
    assert not lock.is_locked and form.isVisible() and typed.text() == kept != ""
    assert main_window.quick_log_action.isEnabled() and typed.isEnabled()
    form.close()


def test_an_auditor_sees_cases_but_every_edit_is_disabled_and_refused(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    desk = ui_context.desk
    _account(desk, "dewi", "auditor")
    number = cases.case_page(desk, None, total=cases.count_cases(desk), offset=0, limit=1)[0].number
    accounts.sign_in(desk, "dewi", PASSWORD)
    main_window.reset_views()
    main_window.show_view(1)
    view = main_window.current_view()
    assert view.new_button.isHidden() and view.import_button.isHidden()  # not offered
    window = open_window(qtbot, ui_context, number, main_window)
    for button in (
        window.case_tab.edit_button,
        window.worker_tab.edit_button,
        window.header.stage_button,
        window.tasks_tab.add_button,
        window.referrals_tab.refer_button,
        window.attachments_tab.attach_button,
    ):
        assert not button.isEnabled()
    assert not window.tasks_tab.done_button.isVisible()
    assert window.header.print_button.isHidden()  # an auditor issues no documents
    with pytest.raises(AccessDenied):
        cases.change_status(desk, number, "verification", today=TODAY)


def test_break_the_glass_opens_a_sensitive_case_and_is_recorded(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    desk = ui_context.desk
    _account(desk, "budi", "case_officer")
    _account(desk, "lain", "case_officer")
    number = _sensitive_case(desk, officers=("budi",))
    accounts.sign_in(desk, "lain", PASSWORD)
    window = open_window(qtbot, ui_context, number, main_window)
    assert window.sealed.isVisible() and window.data is not None and window.data.detail.summary == ""
    qtbot.mouseClick(window.break_glass_button, Qt.MouseButton.LeftButton)
    dialog = answer_dialog(qtbot, window, ReasonDialog)
    dialog.reason.setPlainText("Menggantikan Budi yang cuti, sidang besok pagi")
    dialog.save()
    settle(qtbot, ui_context)
    qtbot.waitUntil(lambda: not window.sealed.isVisible(), timeout=10_000)
    assert window.data.detail.summary == STORY
    with desk.read() as session:
        record = session.scalar(select(SensitiveAccess))
        assert record is not None and record.reason == "Menggantikan Budi yang cuti, sidang besok pagi"
        assert record.created_by == "lain"
    assert case_activity.case_detail(desk, number, today=TODAY).summary == STORY


def test_settings_accounts_lets_an_administrator_add_reset_and_disable(
    qtbot: QtBot, main_window, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    from ui.views.accounts_tab import AccountDialog

    settings = next(i for i, v in enumerate(main_window.views) if type(v).__name__ == "SettingsView")
    main_window.show_view(settings)
    tab = main_window.current_view().accounts_tab
    assert tab is not None
    dialog = AccountDialog(ui_context, tab)
    qtbot.addWidget(dialog)
    dialog.username.setText("rina")
    dialog.full_name.setText("Rina Kusuma")
    dialog.role.setCurrentIndex(dialog.role.findData("secretariat"))
    dialog.password.setText("Sementara-2026")
    dialog.again.setText("Sementara-2026")
    dialog.save()
    assert dialog.result() == AccountDialog.DialogCode.Accepted
    tab.refresh()
    tab.select("rina")
    assert tab.selected().must_change and tab.toggle_button.isEnabled()
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    assert not next(a for a in accounts.list_accounts(ui_context.desk) if a.username == "rina").active
    # a case officer does not even see the tab
    _account(ui_context.desk, "budi", "case_officer")
    accounts.sign_in(ui_context.desk, "budi", PASSWORD)
    main_window.reset_views()
    main_window.show_view(settings)
    assert main_window.current_view().accounts_tab is None

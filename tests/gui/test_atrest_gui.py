"""The windows of encryption at rest: the passphrase of a backup or export, the recovery key
shown once, the encrypted export of the case list."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.test_cases_view import settle as settle_cases
from tests.gui.views_support import settle
from ui.context import UiContext
from ui.dialogs.passphrase import PassphraseDialog
from ui.dialogs.recovery_key import RecoveryKeyDialog


def _dialog(qtbot: QtBot, **kwargs: object) -> PassphraseDialog:
    dialog = PassphraseDialog(None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog: PassphraseDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_passphrase_is_typed_twice_and_long_enough(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.first.setText("frasa sandi kantor")
    dialog.again.setText("frasa sandi kantur")
    _ok(dialog)
    assert dialog.isVisible() and "not the same" in dialog.message.text()
    dialog.first.setText("pendek")
    dialog.again.setText("pendek")
    _ok(dialog)
    assert dialog.isVisible() and "at least 12 characters" in dialog.message.text()
    dialog.first.setText("frasa sandi kantor")
    dialog.again.setText("frasa sandi kantor")
    _ok(dialog)
    assert not dialog.isVisible() and dialog.passphrase == "frasa sandi kantor"


def test_an_export_may_be_written_plain_only_by_choosing_so_and_a_backup_never(qtbot: QtBot) -> None:
    export = _dialog(qtbot)
    assert export.plain is not None
    export.plain.click()
    assert export.result() == PassphraseDialog.DialogCode.Accepted and export.passphrase is None
    assert _dialog(qtbot, backup=True).plain is None


def test_the_recovery_key_cannot_be_skipped_before_it_is_written_down(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # Escape
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    dialog.written.setChecked(True)
    dialog.ok.click()
    assert not dialog.isVisible()


def test_the_case_list_is_exported_encrypted(
    qtbot: QtBot,
    main_window: object,
    ui_context: UiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.views.cases import CasesView

    target = tmp_path / "kasus.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    main_window.show_view(1)  # type: ignore[attr-defined]
    view = main_window.view(1)  # type: ignore[attr-defined]
    assert isinstance(view, CasesView)
    settle_cases(qtbot, view)
    view.export_button.click()
    encrypt = view.findChild(PassphraseDialog)
    encrypt.first.setText("frasa sandi kantor")
    encrypt.again.setText("frasa sandi kantor")
    _ok(encrypt)
    sealed = tmp_path / "kasus.csv.age"
    qtbot.waitUntil(sealed.exists, timeout=10_000)
    settle(qtbot, ui_context)
    clear = pyrage.passphrase.decrypt(sealed.read_bytes(), "frasa sandi kantor").decode("utf-8-sig")
    assert clear.count("\n") == 41 and not (tmp_path / "kasus.csv").exists()
    assert not list(tmp_path.glob(".jejaring-*"))

"""Qt's own texts (standard buttons, wizard buttons, context menus, key names) in Indonesian.

Qt ships no Indonesian catalogue; resources/translations/qt_id.ts is the project's. A translation
only applies when its context and source text match Qt's exactly, so these tests build the real
widgets with the compiled qt_id.qm installed and read what they show.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWizard,
    QWizardPage,
)

from app.resources import resource_path
from ui import i18n

# The shipped catalogue itself (tests/gui/conftest.py points i18n.translations_dir to a test catalogue).
QM = resource_path("translations", "qt_id.qm")
TS = QM.with_suffix(".ts")


@pytest.fixture
def indonesian_qt(qapp: QApplication) -> Iterator[QTranslator]:
    """The shipped qt_id.qm installed for one test, then removed again."""
    assert QM.is_file(), f"{QM.name} is missing: run make translations"
    assert QM.stat().st_mtime >= TS.stat().st_mtime, (
        f"{QM.name} is older than {TS.name}: run make translations"
    )
    translator = QTranslator()
    assert translator.load(str(QM)), f"could not load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_qt_catalogue_is_installed_with_the_interface_language() -> None:
    assert "qt" in i18n.CATALOGUES
    assert TS.is_file()


def test_message_box_standard_buttons(indonesian_qt: QTranslator) -> None:
    sb = QMessageBox.StandardButton
    expected = {
        sb.Ok: "OK",
        sb.Save: "Simpan",
        sb.SaveAll: "Simpan Semua",
        sb.Open: "Buka",
        sb.Yes: "&Ya",
        sb.YesToAll: "Ya untuk &Semua",
        sb.No: "&Tidak",
        sb.NoToAll: "Tidak untuk Se&mua",
        sb.Abort: "Hentikan",
        sb.Retry: "Coba Lagi",
        sb.Ignore: "Abaikan",
        sb.Close: "Tutup",
        sb.Cancel: "Batal",
        sb.Discard: "Buang",
        sb.Help: "Bantuan",
        sb.Apply: "Terapkan",
        sb.Reset: "Atur Ulang",
        sb.RestoreDefaults: "Pulihkan Setelan Awal",
    }
    box = QMessageBox()
    buttons = sb.NoButton
    for button in expected:
        buttons |= button
    box.setStandardButtons(buttons)
    shown = {button: box.button(button).text() for button in expected}
    assert shown == expected
    box.deleteLater()


def test_message_box_details_button(indonesian_qt: QTranslator) -> None:
    box = QMessageBox()
    box.setText("Teks")
    box.setDetailedText("Rincian teknis")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    texts = [button.text() for button in box.buttons()]
    assert "Tampilkan Rincian..." in texts
    box.deleteLater()


def test_dialog_button_box(indonesian_qt: QTranslator) -> None:
    db = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(db.Ok | db.Cancel | db.Close | db.Apply | db.Help | db.RestoreDefaults)
    assert box.button(db.Ok).text() == "OK"
    assert box.button(db.Cancel).text() == "Batal"
    assert box.button(db.Close).text() == "Tutup"
    assert box.button(db.Apply).text() == "Terapkan"
    assert box.button(db.Help).text() == "Bantuan"
    assert box.button(db.RestoreDefaults).text() == "Pulihkan Setelan Awal"
    box.deleteLater()


def test_wizard_buttons(indonesian_qt: QTranslator) -> None:
    wb = QWizard.WizardButton
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    wizard.addPage(QWizardPage())
    texts = {
        which: wizard.buttonText(which)
        for which in (
            wb.BackButton,
            wb.NextButton,
            wb.FinishButton,
            wb.CancelButton,
            wb.HelpButton,
            wb.CommitButton,
        )
    }
    assert texts == {
        wb.BackButton: "< &Kembali",
        wb.NextButton: "&Berikutnya >",
        wb.FinishButton: "&Selesai",
        wb.CancelButton: "Batal",
        wb.HelpButton: "Ban&tuan",
        wb.CommitButton: "Terapkan",
    }
    wizard.deleteLater()


def _menu_texts(menu: QMenu) -> list[str]:
    """Visible action texts without the shortcut Qt appends after a tab."""
    return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]


def _accelerators(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for text in texts if (m := re.search(r"&([^&\s])", text))]


def test_line_edit_context_menu(indonesian_qt: QTranslator) -> None:
    edit = QLineEdit("Siti Rahmawati")
    edit.selectAll()
    menu = edit.createStandardContextMenu()
    texts = _menu_texts(menu)
    for expected in ("&Urungkan", "U&langi", "&Potong", "&Salin", "&Tempel", "Hapus", "Pilih Semua"):
        assert expected in texts
    accelerators = _accelerators(texts)
    assert len(accelerators) == len(set(accelerators)), f"accelerators clash in {texts}"
    menu.deleteLater()
    edit.deleteLater()


def test_text_edit_context_menu(indonesian_qt: QTranslator) -> None:
    edit = QPlainTextEdit("Notula rapat koordinasi")
    edit.selectAll()
    menu = edit.createStandardContextMenu()
    texts = _menu_texts(menu)
    for expected in ("&Urungkan", "U&langi", "&Potong", "&Salin", "&Tempel", "Hapus", "Pilih Semua"):
        assert expected in texts
    accelerators = _accelerators(texts)
    assert len(accelerators) == len(set(accelerators)), f"accelerators clash in {texts}"
    assert QApplication.translate("QWidgetTextControl", "Copy &Link Location") == "Salin &Alamat Tautan"
    menu.deleteLater()
    edit.deleteLater()


def test_other_standard_texts(indonesian_qt: QTranslator) -> None:
    tr = QApplication.translate
    assert tr("QProgressDialog", "Cancel") == "Batal"
    assert tr("QInputDialog", "Enter a value:") == "Masukkan nilai:"
    assert tr("QAbstractSpinBox", "Step &down") == "Tu&runkan"
    assert tr("QFileDialog", "All Files (*)") == "Semua Berkas (*)"
    assert tr("QFileDialog", "%1 already exists.\nDo you want to replace it?") == (
        "%1 sudah ada.\nApakah Anda ingin menggantinya?"
    )
    assert tr("QMessageBox", "About Qt") == "Tentang Qt"


def test_key_names_in_menus(indonesian_qt: QTranslator) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+Shift+S").toString(native) == "Ctrl+Shift+S"
    assert QKeySequence("Ctrl+Space").toString(native) == "Ctrl+Spasi"
    assert QKeySequence("Alt+Left").toString(native) == "Alt+Kiri"
    assert QKeySequence("Del").toString(native) == "Del"

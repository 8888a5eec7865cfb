"""A passphrase typed twice, for a file that leaves the desk: an encrypted backup, or an export
with personal data (app/outgoing.py). An export may also be written without encryption, but
only by choosing so here; a backup is always encrypted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import outgoing
from app.errors import DomainError
from ui import labels
from ui.widgets.named import named

ERROR_STYLE = "color: #b3261e;"


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, backup: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.backup = backup
        #: the passphrase chosen, or None when the officer chose to write the file as it is
        self.passphrase: str | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.first = named(QLineEdit(self), "passphrase")
        self.again = named(QLineEdit(self), "passphraseAgain")
        for field in (self.first, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumWidth(280)
        self.message = named(QLabel(self), "passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.form = QFormLayout()
        self.first_label, self.again_label = QLabel(self), QLabel(self)
        self.first_label.setBuddy(self.first)
        self.again_label.setBuddy(self.again)
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.again_label, self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.encrypt)
        self.buttons.rejected.connect(self.reject)
        self.plain: QPushButton | None = None
        if not backup:
            self.plain = named(QPushButton(self), "writePlain")
            self.buttons.addButton(self.plain, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.plain.clicked.connect(self.write_plain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.first.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        if self.backup:
            self.setWindowTitle(self.tr("Encrypted backup"))
            self.intro.setText(
                self.tr(
                    "The backup holds every record of this desk. It is encrypted with a passphrase "
                    "of its own (at least {count} characters): keep it apart from the backup, "
                    "without it the backup cannot be restored."
                ).format(count=outgoing.MIN_PASSPHRASE)
            )
        else:
            self.setWindowTitle(self.tr("Encrypt the file"))
            self.intro.setText(
                self.tr(
                    "This file holds personal data. Encrypted with a passphrase (at least {count} "
                    "characters) it is written as a .age file, opened with the age tool "
                    "(age -d). Give the passphrase to the recipient by another way than the file."
                ).format(count=outgoing.MIN_PASSPHRASE)
            )
        self.first_label.setText(self.tr("&Passphrase:"))
        self.again_label.setText(self.tr("&Again:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Encrypt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.plain is not None:
            self.plain.setText(self.tr("Write &without encryption"))

    def encrypt(self) -> None:
        if self.first.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases are not the same."))
            self.message.show()
            return
        try:
            self.passphrase = outgoing.validate_passphrase(self.first.text())
        except DomainError as error:
            self.message.setText(labels.error_text(error))
            self.message.show()
            return
        self.accept()

    def write_plain(self) -> None:
        self.passphrase = None
        self.accept()

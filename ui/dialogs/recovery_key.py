"""The office's recovery key, shown once: after the setup, or after a plain database of an
earlier version was encrypted at sign-in (docs/security.md). It is never stored in clear
anywhere; the officer writes it down before the window lets them go on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.widgets.named import named


class RecoveryKeyDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None, *, encrypted_now: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.encrypted_now = encrypted_now
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = named(QLabel(code, self), "recoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.code.setFont(mono)
        self.code.setStyleSheet("padding: 12px; border: 1px solid #c4ccd6; background: #f6f8fa;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.written = named(QCheckBox(self), "recoveryWritten")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        for widget in (self.heading, self.intro, self.code, self.advice, self.written, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.heading.setText(self.tr("Write down the recovery key"))
        intro = (
            self.tr(
                "The database of this desk was not encrypted yet; it is encrypted now. Only a "
                "password of this site's accounts, or this recovery key, opens it."
            )
            if self.encrypted_now
            else self.tr(
                "The database of this desk is encrypted. Only a password of this site's accounts, "
                "or this recovery key, opens it."
            )
        )
        self.intro.setText(intro)
        self.advice.setText(
            self.tr(
                "If every administrator's password is forgotten, this key sets a new one "
                "(jejaring user recover USERNAME). It is shown only now: write it on paper and "
                "keep it locked away, apart from this computer."
            )
        )
        self.written.setText(self.tr("I have written the recovery key down"))
        self.ok.setText(self.tr("Continue"))

    def reject(self) -> None:  # Escape does not skip it: the key is shown only once
        if self.written.isChecked():
            super().reject()

"""Signing in at start, changing one's password, and the shade of the idle lock.

All three ask `app.services.accounts`, which applies the rules (wrong password counted, lock after
repeated failures, disabled accounts, a reset password that must be changed); these windows only
show its answer. A password check takes a fraction of a second (Argon2), short enough to wait for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from ui.context import UiContext
from ui.widgets.named import named

ERROR_STYLE = "color: #b3261e;"


def _error_text(error: DomainError) -> str:
    # ui.labels loads the models: the sign-in dialog is up before they are (ui/application.py)
    from ui import labels

    return labels.error_text(error)


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = named(QLineEdit(parent), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class SignInDialog(QDialog):
    """Username and password; accepted once signed in (and a reset password changed)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.context = context
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.site = QLabel(self)
        self.site.setStyleSheet("color: #5f6b7a;")
        self.username = named(QLineEdit(self), "username")
        self.username.setText(username)
        self.password = _password_field(self, "password")
        self.message = named(QLabel(self), "signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        # a plain database of an earlier version is encrypted at this sign-in (docs/security.md)
        self.plain_note = named(QLabel(self), "plainNote")
        self.plain_note.setWordWrap(True)
        self.keep_plain = named(QCheckBox(self), "keepPlainCopy")
        plain = context.desk.plain and not context.desk.username
        self.plain_note.setVisible(plain)
        self.keep_plain.setVisible(plain)
        self.form = QFormLayout()
        self.username_label, self.password_label = QLabel(self), QLabel(self)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.site)
        layout.addLayout(self.form)
        layout.addWidget(self.plain_note)
        layout.addWidget(self.keep_plain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Jejaring"))
        self.heading.setText(self.tr("Sign in"))
        self.site.setText(self.tr("Site {site}").format(site=self.context.desk.site_code or ""))
        self.username_label.setText(self.tr("&Username:"))
        self.password_label.setText(self.tr("&Password:"))
        self.plain_note.setText(
            self.tr(
                "This database was made by an earlier version and is not encrypted yet. It is "
                "encrypted when you sign in (this can take a minute for a large database)."
            )
        )
        self.keep_plain.setText(self.tr("Keep an unencrypted copy of the old file (not recommended)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def sign_in(self) -> None:
        # the key derivation first, on its own thread, then what is still loading (ui/preload.py)
        self.context.desk.unlock_ahead(self.username.text(), self.password.text())
        from app.services import accounts

        self.context.desk.keep_plain = self.keep_plain.isChecked()
        # unlocking opens (and may upgrade) the database: a moment longer than a password check
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                signed = accounts.sign_in(self.context.desk, self.username.text(), self.password.text())
            finally:
                QApplication.restoreOverrideCursor()
        except DomainError as error:
            self.password.clear()
            self.password.setFocus()
            self.show_error(_error_text(error))
            return
        if signed.must_change:
            change = ChangePasswordDialog(self.context, self, forced=True, current=self.password.text())
            if change.exec() != QDialog.DialogCode.Accepted:
                accounts.sign_out(self.context.desk)
                self.password.clear()
                self.show_error(self.tr("Choose a new password to continue."))
                return
        self.accept()


class ChangePasswordDialog(QDialog):
    """The signed-in officer's new password, typed twice (forced after an administrator's reset)."""

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, *, forced: bool = False, current: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.context = context
        self.forced = forced
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.old = _password_field(self, "oldPassword")
        self.old.setText(current)
        self.new = _password_field(self, "newPassword")
        self.again = _password_field(self, "newPasswordAgain")
        self.message = named(QLabel(self), "passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.form = QFormLayout()
        self.field_labels = {field: QLabel(self) for field in (self.old, self.new, self.again)}
        for field, label in self.field_labels.items():
            label.setBuddy(field)
            self.form.addRow(label, field)
        if forced and current:
            self.old.hide()
            self.field_labels[self.old].hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.new if forced and current else self.old).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        from app.services import accounts

        self.setWindowTitle(self.tr("Change password"))
        rules = self.tr("At least {count} characters, with letters and a digit or sign.").format(
            count=accounts.MIN_LENGTH
        )
        intro = (
            self.tr("Your password was reset by an administrator: choose your own now.")
            if self.forced
            else self.tr("Choose a new password.")
        )
        self.intro.setText(f"{intro}\n{rules}")
        self.field_labels[self.old].setText(self.tr("&Current password:"))
        self.field_labels[self.new].setText(self.tr("&New password:"))
        self.field_labels[self.again].setText(self.tr("New password &again:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        from app.services import accounts

        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new passwords are not the same."))
            self.message.show()
            return
        try:
            accounts.change_password(self.context.desk, self.old.text(), self.new.text())
        except DomainError as error:
            self.message.setText(_error_text(error))
            self.message.show()
            return
        self.accept()


class Shade(QFrame):
    """Covers a window while the desk is locked: its content stays as it was, out of sight and
    out of reach, until the signed-in officer's password is typed again."""

    unlocked = Signal()
    signed_out = Signal()

    def __init__(self, context: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockShade")
        self.context = context
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockShade { background: #eef1f5; }")
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.password = _password_field(self, "unlockPassword")
        self.password.returnPressed.connect(self.unlock)
        self.message = named(QLabel(self), "unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.unlock_button = named(QPushButton(self), "unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "QFrame#lockCard { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }"
        )
        card.setFixedWidth(440)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        for widget in (self.heading, self.who, self.password, self.message, self.unlock_button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Jejaring is locked"))
        self.who.setText(
            self.tr("Signed in as {username}. Type your password to go on where you left off.").format(
                username=self.context.desk.username or ""
            )
        )
        self.who.setMinimumHeight(self.who.heightForWidth(440 - 56))
        self.unlock_button.setText(self.tr("&Unlock"))

    def unlock(self) -> None:
        from app.services import accounts

        try:
            accounts.confirm_password(self.context.desk, self.password.text())
        except DomainError as error:
            self.password.clear()
            self.message.setText(_error_text(error))
            self.message.show()
            if self.context.desk.username is None:
                self.signed_out.emit()
            return
        self.password.clear()
        self.message.hide()
        self.unlocked.emit()

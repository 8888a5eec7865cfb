"""Settings › Accounts (administrators): this site's accounts, add, reset a password, disable or
enable, and the idle lock's minutes. `app.services.accounts` checks every rule and the role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from ui import labels
from ui.context import UiContext
from ui.dialogs.sign_in import ERROR_STYLE
from ui.events import Changes
from ui.idle_lock import idle_minutes, set_idle_minutes
from ui.labels import ROLE_LABELS, role_label
from ui.widgets.named import named


class AccountDialog(QDialog):
    """A new account (username, name, role, temporary password) or a reset (the password only)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None, reset_for: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.context = context
        self.reset_for = reset_for
        self.username = named(QLineEdit(self), "accountUsername")
        self.full_name = named(QLineEdit(self), "accountName")
        self.role = named(QComboBox(self), "accountRole")
        for role in ROLE_LABELS:
            self.role.addItem(role_label(role), role)
        self.password = named(QLineEdit(self), "accountPassword")
        self.again = named(QLineEdit(self), "accountPasswordAgain")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = named(QLabel(self), "accountMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.form = QFormLayout()
        if not reset_for:
            self.form.addRow(self.tr("Username:"), self.username)
            self.form.addRow(self.tr("Full name:"), self.full_name)
            self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow(self.tr("Temporary password:"), self.password)
        self.form.addRow(self.tr("Again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Reset password") if reset_for else self.tr("Add account")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(
            self.tr("Reset the password of {username}").format(username=reset_for)
            if reset_for
            else self.tr("New account")
        )
        self.note.setText(
            self.tr(
                "The officer chooses a new password at the next sign-in; give the temporary one in person."
            )
        )
        self.setMinimumWidth(440)

    def save(self) -> None:
        from app.services import accounts

        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            self.message.show()
            return
        try:
            if self.reset_for:
                accounts.reset_password(self.context.desk, self.reset_for, self.password.text())
            else:
                accounts.add_account(
                    self.context.desk,
                    self.username.text(),
                    str(self.role.currentData()),
                    self.password.text(),
                    full_name=self.full_name.text(),
                )
        except DomainError as error:
            self.message.setText(labels.error_text(error))
            self.message.show()
            return
        self.context.bus.announce(Changes(frozenset({"officer"})))
        self.accept()


class AccountsTab(QWidget):
    COLUMNS = 5

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTab")
        self.context = context
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = named(QTableWidget(0, self.COLUMNS, self), "accountsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = named(QPushButton(self), "addAccount")
        self.reset_button = named(QPushButton(self), "resetPassword")
        self.toggle_button = named(QPushButton(self), "toggleAccount")
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset)
        self.toggle_button.clicked.connect(self.toggle)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.idle = named(QSpinBox(self), "idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setValue(idle_minutes())
        self.idle.valueChanged.connect(set_idle_minutes)
        self.idle_label = QLabel(self)
        self.idle_label.setBuddy(self.idle)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        for button in (self.add_button, self.reset_button, self.toggle_button):
            bar.addWidget(button)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle_row)
        self.rows: list = []  # type: ignore[type-arg]
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Officers who sign in at this site. Passwords stay on this computer."))
        self.add_button.setText(self.tr("&Add account…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.idle_label.setText(self.tr("Lock the window after this many idle minutes (0 = never):"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Last sign-in")]
        )
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        from app.models.base import utcnow
        from app.services import accounts

        try:
            self.rows = accounts.list_accounts(self.context.desk)
        except DomainError:
            self.rows = []
        now = utcnow()
        self.table.setRowCount(len(self.rows))
        locale = labels.ui_locale(self.context.language())
        for number, row in enumerate(self.rows):
            states = []
            if not row.active:
                states.append(self.tr("disabled"))
            if not row.has_password:
                states.append(self.tr("no password here"))
            if row.must_change:
                states.append(self.tr("must change password"))
            if row.locked_until is not None and row.locked_until > now:
                states.append(self.tr("locked"))
            last = (
                locale.toString(row.last_sign_in.astimezone().replace(tzinfo=None), "d MMM yyyy HH.mm")
                if row.last_sign_in
                else ""
            )
            cells = (
                row.username,
                row.full_name,
                role_label(row.role),
                ", ".join(states) or self.tr("active"),
                last,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.username)
                self.table.setItem(number, column, item)
        self._selection_changed()

    def selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for number, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(number)

    def _selection_changed(self) -> None:
        row = self.selected()
        self.reset_button.setEnabled(row is not None)
        self.toggle_button.setEnabled(row is not None and row.username != self.context.desk.username)
        self.toggle_button.setText(
            self.tr("&Enable") if row is not None and not row.active else self.tr("&Disable")
        )

    def add(self) -> None:
        if AccountDialog(self.context, self).exec():
            self.refresh()

    def reset(self) -> None:
        row = self.selected()
        if row is not None and AccountDialog(self.context, self, reset_for=row.username).exec():
            self.refresh()
            self.select(row.username)

    def toggle(self) -> None:
        from app.services import accounts

        row = self.selected()
        if row is None:
            return
        try:
            accounts.set_active(self.context.desk, row.username, not row.active)
        except DomainError as error:
            from ui.dialogs.error_dialog import show_domain_error

            show_domain_error(self, error)
            return
        self.context.bus.announce(Changes(frozenset({"officer"})))
        self.refresh()
        self.select(row.username)

"""The set-up wizard's choice "this desk joins an office server" (app/services/server.py),
on its first page.

A desk on its own keeps a database file; a desk of a bigger office joins the office's
PostgreSQL server: the officer types its address (and password), tests the connection (off the
GUI thread, a clear translated message when it fails) and goes on. When the server already
holds an office the wizard ends here: the desk simply joins it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app.errors import DomainError
from app.services import server
from ui import labels
from ui.context import UiContext
from ui.dialogs.setup_pages import FieldError, WelcomePage, add_rows, hint


class StartPage(WelcomePage):
    """The welcome page with the choice of where this desk keeps its data."""

    def __init__(self, context: UiContext) -> None:
        super().__init__(context)
        self.where = QLabel()
        self.choice = QButtonGroup(self)
        self.alone = QRadioButton()
        self.alone.setChecked(True)
        self.joins = QRadioButton()
        self.joins.setObjectName("joinsServer")
        for button in (self.alone, self.joins):
            self.choice.addButton(button)
            button.toggled.connect(self._mode_changed)
        self.address = QLineEdit()
        self.address.setObjectName("serverAddress")
        self.address.setPlaceholderText("postgresql://jejaring@dbserver/jejaring")
        self.address.textChanged.connect(self._forget)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._forget)
        self.address_hint = hint()
        self.errors["server_url"] = FieldError("serverError")
        self.test = QPushButton()
        self.test.setObjectName("testServer")
        self.test.clicked.connect(self.run_test)
        self.result = hint()
        self.result.setObjectName("serverResult")
        self.form = QFormLayout()
        self.row_labels = add_rows(
            self.form,
            (self.address, self.address_hint, self.errors["server_url"]),
            (self.password,),
        )
        self.form.addRow("", self.test)
        self.form.addRow("", self.result)
        section = QVBoxLayout()
        section.setSpacing(4)
        section.addWidget(self.where)
        section.addWidget(self.alone)
        section.addWidget(self.joins)
        section.addLayout(self.form)
        page = self.layout()
        assert isinstance(page, QVBoxLayout)
        page.insertLayout(page.count() - 2, section)  # above the hint and the stretch
        page.insertSpacing(page.count() - 2, 12)
        self.checked: server.ServerCheck | None = None
        self.testing = False
        self._mode_changed()

    @property
    def joining(self) -> bool:
        return self.joins.isChecked()

    def _mode_changed(self, _on: bool = True) -> None:
        for widget in (self.address, self.password, self.test):
            widget.setEnabled(self.joining)
        self._forget()

    def _forget(self) -> None:
        self.checked = None
        self.result.setText("")
        self.clear_errors()
        self.completeChanged.emit()

    def run_test(self) -> None:
        if self.testing:
            return
        self._forget()
        self.testing = True
        self.test.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        address, password = self.address.text(), self.password.text()
        self.context.tasks.run(
            lambda _progress: server.check_server(address, password),
            on_done=self._tested,
            on_error=self._failed,
            writes=False,
            cancellable=False,
        )

    def _tested(self, checked: server.ServerCheck) -> None:
        self.testing = False
        self.test.setEnabled(self.joining)
        self.checked = checked
        if checked.office:
            text = self.tr(
                "Connected (PostgreSQL {version}). The server holds the office {site}: Finish to join it."
            )
        else:
            text = self.tr(
                "Connected (PostgreSQL {version}). The database is empty: set up the office on it next."
            )
        self.result.setText(text.format(version=checked.version.split()[0], site=checked.office or ""))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.testing = False
        self.test.setEnabled(self.joining)
        self.result.setText("")
        if not isinstance(error, DomainError):
            raise error
        self.show_error("server_url", labels.error_text(error))

    def isComplete(self) -> bool:
        return not self.joining or (self.checked is not None and not self.testing)

    def joins_existing_office(self) -> bool:
        return self.joining and self.checked is not None and self.checked.office is not None

    def nextId(self) -> int:
        return -1 if self.joins_existing_office() else super().nextId()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "alone"):  # the base class's constructor: the section comes next
            return
        self.where.setText(self.tr("Where this desk keeps its data:"))
        self.alone.setText(self.tr("This desk works on its own (a database file on this computer)"))
        self.joins.setText(self.tr("This desk joins an office server (PostgreSQL)"))
        self.row_labels[0].setText(self.tr("Server &address:"))
        self.row_labels[1].setText(self.tr("&Password:"))
        self.address_hint.setText(
            self.tr(
                "From your office's IT staff. The password is kept in PostgreSQL's own password "
                "file for your user, never in Jejaring's settings."
            )
        )
        self.test.setText(self.tr("&Test connection"))

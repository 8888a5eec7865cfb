"""The wizard's "this desk joins an office server": a bad address is one clear message, nothing
changes; the desk stays on its file until a connection has been tested."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from app.config import SERVER_FILENAME
from app.services.desk import Desk
from ui.context import UiContext
from ui.dialogs.setup_wizard import SetupWizard


def test_an_unreachable_server_is_refused_with_a_translated_message(
    qtbot: QtBot, fresh_desk: Desk, make_context: Callable[[Desk], UiContext]
) -> None:
    wizard = SetupWizard(make_context(fresh_desk))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.welcome
    assert page.isComplete() and not page.address.isEnabled()  # on its own: nothing to test
    joins = wizard.findChild(QRadioButton, "joinsServer")
    assert joins is not None
    qtbot.mouseClick(joins, Qt.MouseButton.LeftButton)
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    address = wizard.findChild(QLineEdit, "serverAddress")
    assert address is not None
    qtbot.keyClicks(address, "dbserver/jejaring")
    test = wizard.findChild(QPushButton, "testServer")
    assert test is not None
    qtbot.mouseClick(test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors["server_url"].isVisible(), timeout=10_000)
    assert page.errors["server_url"].text().startswith("Write the server's address as postgresql://")

    address.setText("postgresql://jejaring@127.0.0.1:1/jejaring")  # nobody listens there
    qtbot.mouseClick(test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors["server_url"].isVisible(), timeout=15_000)
    message = page.errors["server_url"].text()
    assert message.startswith(
        "Cannot connect to the office server postgresql+psycopg://jejaring@127.0.0.1:1/jejaring"
    )
    assert "nothing was changed" in message
    assert not page.isComplete()
    wizard.grab().save("/tmp/jejaring-wizard-server.png")
    assert not (fresh_desk.config.data_dir / SERVER_FILENAME).exists()
    assert fresh_desk.db.is_sqlite


def test_a_desk_joins_the_office_on_the_server(
    qtbot: QtBot, fresh_desk: Desk, make_context: Callable[[Desk], UiContext], tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Needs the test server (JEJARING_TEST_POSTGRES, as in CI); an office is set up on it first."""
    import pytest

    from app.config import load_config
    from app.services import office
    from app.services.desk import open_desk
    from tests import backends
    from tests.conftest import SETUP

    url = backends.server_url()
    if url is None:
        pytest.skip(f"needs a PostgreSQL server: {backends.HOW}")
    server = backends.PostgresServer(url)
    database = server.new_database()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    try:
        on_server = open_desk(load_config(tmp_path / "first-desk", database))
        office.initialize(on_server, SETUP)
        on_server.close()
        context = make_context(fresh_desk)
        wizard = SetupWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.welcome
        page.joins.setChecked(True)
        from sqlalchemy.engine import make_url

        parsed = make_url(database)
        page.address.setText(parsed._replace(password=None).render_as_string(hide_password=False))
        page.password.setText(parsed.password or "")
        page.run_test()
        qtbot.waitUntil(lambda: page.checked is not None, timeout=15_000)
        assert "holds the office KBRI-KUL" in page.result.text()
        assert page.nextId() == -1  # nothing more to set up: Finish joins
        wizard.accept()
        assert context.desk.initialized and context.desk.site_code == "KBRI-KUL"
        assert not context.desk.db.is_sqlite
        remembered = (fresh_desk.config.data_dir / SERVER_FILENAME).read_text(encoding="utf-8")
        assert "@" in remembered and ":" not in remembered.split("//", 1)[1].split("@")[0]  # no password
        if parsed.password:  # it went to libpq's file, readable by the officer only
            assert (tmp_path / "pgpass").stat().st_mode & 0o777 == 0o600
        else:  # a server that trusts the desk (as in CI): no password to keep
            assert not (tmp_path / "pgpass").exists()
        assert load_config(fresh_desk.config.data_dir).database_url == remembered.strip()
        context.desk.close()
    finally:
        server.drop(database)
        server.close()

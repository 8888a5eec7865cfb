"""A window hears of another desk's save through the change-log poll (ui/watcher.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from app.config import load_config
from app.services import accounts, cases
from app.services.desk import Desk, open_desk
from app.services.workers import WorkerInput
from tests.conftest import ADMIN_PASSWORD
from ui.context import UiContext
from ui.events import Changes
from ui.watcher import ServerWatcher

TODAY = date(2026, 3, 2)


def test_another_desks_case_reaches_the_change_bus(
    qtbot: QtBot, make_context: Callable[[Desk], UiContext], desk: Desk
) -> None:
    context = make_context(desk)
    watcher = ServerWatcher(context, interval_ms=50)
    other = open_desk(load_config(desk.config.data_dir.parent / "other", desk.config.database_url))
    accounts.sign_in(other, "admin", ADMIN_PASSWORD)
    try:
        with qtbot.waitSignal(context.bus.changed, timeout=10_000) as heard:
            cases.open_case(
                other,
                WorkerInput(full_name="Dewi Lestari"),
                cases.CaseInput(category="unpaid_wages", reported_on=TODAY),
                today=TODAY,
            )
    finally:
        other.close()
        watcher.timer.stop()
    changes = heard.args[0]
    assert isinstance(changes, Changes) and changes.touches("case_file")
    qtbot.waitUntil(lambda: not watcher.busy, timeout=10_000)

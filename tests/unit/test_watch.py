"""The change-log poll that tells a window what other desks changed (app.services.watch)."""

from __future__ import annotations

from datetime import date

from app.config import load_config
from app.services import accounts, cases, watch
from app.services.desk import Desk, open_desk
from app.services.workers import WorkerInput
from tests.conftest import ADMIN_PASSWORD

TODAY = date(2026, 3, 2)


def test_another_desks_write_is_seen_once_by_kind(desk: Desk) -> None:
    mark = watch.change_mark(desk)
    assert watch.changed_since(desk, mark) == watch.ChangedSince(mark, frozenset())
    other = open_desk(load_config(desk.config.data_dir.parent / "other", desk.config.database_url))
    accounts.sign_in(other, "admin", ADMIN_PASSWORD)
    try:
        cases.open_case(
            other,
            WorkerInput(full_name="Dewi Lestari"),
            cases.CaseInput(category="unpaid_wages", reported_on=TODAY),
            today=TODAY,
        )
    finally:
        other.close()
    seen = watch.changed_since(desk, mark)
    assert {"case_file", "worker"} <= seen.entities
    assert seen.mark > mark
    assert watch.changed_since(desk, seen.mark).entities == frozenset()

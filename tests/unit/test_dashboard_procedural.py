"""The worker's procedural flag copied onto each case by database triggers (migration
9c0d00000001), which the dashboard's procedural-or-not figure counts: it follows every write to
the worker, whoever makes it (a form, a bundle import), and is never journalled itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Case, Change
from app.services import cases
from app.services.dashboard import DashboardFilter, dashboard
from app.services.desk import Desk
from app.services.workers import WorkerInput
from tests.sync.sites import SyncSite, make_sites

TODAY = date(2026, 11, 2)
PERIOD = DashboardFilter(date(2026, 11, 1), date(2026, 11, 30))


def _open(desk: Desk, name: str, procedural: bool | None) -> str:
    worker = WorkerInput(full_name=name, destination_country="MY", procedural=procedural)
    data = cases.CaseInput(category="unpaid_wages", reported_on=TODAY, country="MY")
    return cases.open_case(desk, worker, data, today=TODAY).number


def _copies(desk: Desk) -> dict[str, bool | None]:
    with desk.read() as session:
        return {number: flag for number, flag in session.execute(select(Case.number, Case.procedural))}


def _departures(desk: Desk) -> dict[str, int]:
    figures = dashboard(desk, PERIOD, today=TODAY)
    return {share.key: share.count for share in figures.cases.by_departure}


def _journalled(desk: Desk) -> int:
    with desk.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Change)
                .where(Change.entity == "case_file", Change.field == "procedural")
            )
            or 0
        )


def test_the_copy_follows_the_worker_s_flag(desk: Desk) -> None:
    went = _open(desk, "Siti Aminah", True)
    fled = _open(desk, "Dewi Lestari", False)
    unknown = _open(desk, "Nur Hasanah", None)
    assert _copies(desk) == {went: True, fled: False, unknown: None}
    assert _departures(desk) == {"procedural": 1, "non_procedural": 1, "unknown": 1}

    cases.set_field(desk, went, "worker.procedural", "tidak", today=TODAY)
    cases.set_field(desk, unknown, "worker.procedural", "ya", today=TODAY)
    cases.set_field(desk, fled, "worker.procedural", "", today=TODAY)
    assert _copies(desk) == {went: False, fled: None, unknown: True}
    assert _departures(desk) == {"procedural": 1, "non_procedural": 1, "unknown": 1}
    cases.set_field(desk, fled, "worker.procedural", "ya", today=TODAY)
    assert _departures(desk) == {"procedural": 2, "non_procedural": 1}
    # the worker's change is journalled (once each); the copy on the case never is
    assert _journalled(desk) == 0


@pytest.fixture
def two(tmp_path: Path, database_url: str | None) -> Iterator[list[SyncSite]]:
    """In the PostgreSQL leg the receiving desk is an office server (its triggers then)."""
    made = make_sites(tmp_path, 2, urls={"BP2MI-JKT": database_url} if database_url else None)
    yield made
    for site in made:
        site.desk.close()


def test_a_bundle_import_brings_the_copy_and_its_changes(two: list[SyncSite]) -> None:
    embassy, desk = two
    number = _open(embassy.desk, "Ani Suryani", True)
    desk.import_file(embassy.export_to(desk.code))
    assert _copies(desk.desk) == {number: True}

    cases.set_field(embassy.desk, number, "worker.procedural", "tidak", today=TODAY)
    desk.import_file(embassy.export_to(desk.code))
    assert _copies(desk.desk) == {number: False}
    assert _departures(desk.desk) == {"non_procedural": 1}
    assert _journalled(embassy.desk) == _journalled(desk.desk) == 0

    # the case and its worker read the same at both sites (the dump leaves derived columns out)
    def records(site: SyncSite) -> list[str]:
        kept = ('{"entity":"case_file"', '{"entity":"worker"')
        return [line for line in site.dump() if line.startswith(kept)]

    assert records(embassy) == records(desk) and len(records(desk)) == 2

"""Changes to a record that has not arrived yet (found by the convergence state machine on
3 December). The embassy edits a case it has from the BP2MI desk, or adds a note to it, and its
bundle reaches the hub before the desk's bundle that makes the case. The hub cannot build the case
from one field, nor keep a note on a case it does not hold: those changes wait, set aside with
their reason, and the rest of the bundle is applied. When the bundle that makes the case is in,
they are imported (authorisation included), and the hub holds what everyone else does."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import func, select

from app import cli
from app.models import Case, Site, TimelineEntry
from app.services import case_activity, cases
from app.sync.merge import required_columns, unmakeable
from app.sync.quarantine import list_quarantine
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import SyncSite, open_case

TODAY = date(2026, 11, 2)


def _priority(site: SyncSite, number: str) -> int | None:
    with site.desk.read() as session:
        return session.scalar(select(Case.priority).where(Case.number == number))


def _notes(site: SyncSite, text: str) -> int:
    with site.desk.read() as session:
        return session.scalar(select(func.count()).where(TimelineEntry.text == text)) or 0


def _worked_on_at_the_embassy(three: list[SyncSite]) -> tuple[str, Path]:
    """The desk's case, edited and noted at the embassy; the embassy's bundle for the hub, and a
    case of the embassy's own in it too."""
    embassy, desk, hub = three
    number = open_case(desk, "Pekerja Nomor 1", summary="gaji tidak dibayar").number
    embassy.import_file(desk.export_to(embassy.code))
    cases.set_field(embassy.desk, number, "priority", "1", today=TODAY)
    case_activity.add_entry(embassy.desk, number, "note", "Majikan dihubungi lewat telepon")
    open_case(embassy, "Pekerja Nomor 2", summary="paspor ditahan")
    return number, embassy.export_to(hub.code)


def test_changes_to_a_record_not_yet_held_wait_for_it(three: list[SyncSite]) -> None:
    _embassy, desk, hub = three
    number, early = _worked_on_at_the_embassy(three)

    report = hub.import_file(early)
    assert report.quarantined >= 2 and report.new >= 1  # the embassy's own case is in
    assert {change.reason for change in list_quarantine(hub.desk)} == {"waiting"}
    assert _priority(hub, number) is None and _notes(hub, "Majikan dihubungi lewat telepon") == 0

    hub.import_file(desk.export_to(hub.code))  # the case arrives: what waited for it follows
    assert list_quarantine(hub.desk) == []
    assert _priority(hub, number) == 1 and _notes(hub, "Majikan dihubungi lewat telepon") == 1

    # and the hub passes it on: the desk ends up with the embassy's edit and note as well
    desk.import_file(hub.export_to(desk.code))
    assert _priority(desk, number) == 1 and _notes(desk, "Majikan dihubungi lewat telepon") == 1


def test_a_replayed_bundle_does_not_set_aside_again(three: list[SyncSite]) -> None:
    hub = three[2]
    _number, early = _worked_on_at_the_embassy(three)
    hub.import_file(early)
    waiting = len(list_quarantine(hub.desk))
    assert hub.import_file(early).replay
    assert len(list_quarantine(hub.desk)) == waiting


def test_a_reply_to_a_waiting_letter_waits_with_it(three: list[SyncSite]) -> None:
    """Within the rows written together, waiting spreads to whoever points at a waiting row, so
    the import sets them aside instead of failing on the key (as it did when the pointed-at row
    was in the same chunk)."""
    hub = three[2]
    with hub.desk.read() as session:
        site = session.scalar(select(Site.id).limit(1))
    filled = {**dict.fromkeys(required_columns("letter"), "x"), "site_id": site}
    never_held, reply, reply_to_reply, alone, partial = (uuid4() for _ in range(5))
    new = {
        reply: {**filled, "in_reply_to_id": never_held},
        reply_to_reply: {**filled, "in_reply_to_id": reply},
        alone: {**filled, "in_reply_to_id": None},
        partial: {"in_reply_to_id": None},
    }
    with hub.desk.read() as session:
        assert unmakeable(session.connection(), "letter", new, set(new)) == {reply, reply_to_reply, partial}


def test_a_new_case_for_a_worker_not_held_waits_under_its_number(
    three: list[SyncSite], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The embassy opens a second case for a worker it had from the desk; a non-hub sends only
    its own changes, so the hub gets a case for a worker it does not hold. The case waits, and
    the set-aside list (window and `jejaring quarantine list`) names it by the number its
    changes carry, marked as not held here."""
    embassy, desk, hub = three
    first = open_case(desk, "Pekerja Nomor 3", summary="sakit")
    embassy.import_file(desk.export_to(embassy.code))
    second = cases.open_case(
        embassy.desk,
        None,
        cases.CaseInput(category="unpaid_wages", reported_on=TODAY, country="MY", summary="gaji"),
        existing_worker_id=first.worker_id,
        today=TODAY,
    )
    hub.import_file(embassy.export_to(hub.code))
    listed = [c for c in list_quarantine(hub.desk) if c.entity == "case_file"]
    assert listed and {(c.record, c.held) for c in listed} == {(second.number, False)}
    monkeypatch.setenv("JEJARING_USER", "admin-kp2mi")
    monkeypatch.setenv("JEJARING_PASSWORD", ADMIN_PASSWORD)
    data_dir = str(hub.desk.config.data_dir)
    assert cli.main(["--data-dir", data_dir, "quarantine", "list"]) == 0
    assert f"{second.number} (not held here yet)" in capsys.readouterr().out
    assert cli.main(["--data-dir", data_dir, "quarantine", "list", "--json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["entity"] == "case_file"]
    assert {(r["record"], r["held"]) for r in rows} == {(second.number, False)}

    hub.import_file(desk.export_to(hub.code))  # the worker arrives, and the case with it
    assert list_quarantine(hub.desk) == []
    with hub.desk.read() as session:
        assert session.scalar(select(Case.worker_id).where(Case.number == second.number)) == first.worker_id

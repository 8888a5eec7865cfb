"""Field-level merge, conflicts and their resolution, and audiences, across three real sites."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.models import AuditEntry, Case, Change, Worker
from app.models.base import utcnow
from app.services import case_activity, cases
from app.services.workers import WorkerInput
from app.sync import conflicts
from tests.sync.sites import SyncSite, open_case

TODAY = date(2026, 11, 2)


def swap(a: SyncSite, b: SyncSite) -> None:
    b.import_file(a.export_to(b.code))
    a.import_file(b.export_to(a.code))


def everyone(sites: list[SyncSite], rounds: int = 2) -> None:
    for _ in range(rounds):
        for a in sites:
            for b in sites:
                if a is not b:
                    b.import_file(a.export_to(b.code))


def _case(site: SyncSite, number: str) -> Any:
    """The case's row as plain values (a read's ORM objects expire when it ends)."""
    with site.desk.read() as session:
        found = session.execute(
            select(Case.priority, Case.deleted_at, Case.summary).where(Case.number == number)
        ).one()
        return found


def test_concurrent_edits_conflict_with_one_winner_and_a_resolution_that_travels(
    three: list[SyncSite],
) -> None:
    embassy, desk, hub = three
    opened = open_case(embassy, "Ani Suryani")
    everyone(three)
    # offline, the embassy and the hub change the priority (matters) and the phone (minor)
    cases.set_field(embassy.desk, opened.number, "priority", "1", today=TODAY)
    cases.set_field(embassy.desk, opened.number, "worker.phone", "+60123450001", today=TODAY)
    cases.set_field(hub.desk, opened.number, "priority", "3", today=TODAY)
    cases.set_field(hub.desk, opened.number, "worker.phone", "+60123450002", today=TODAY)
    cases.set_field(desk.desk, opened.number, "summary", "Majikan menahan paspor.", today=TODAY)
    everyone(three)
    dumps = [s.dump() for s in three]
    assert dumps[0] == dumps[1] == dumps[2]
    queues = [conflicts.list_conflicts(s.desk) for s in three]
    assert [(c.entity, c.field) for c in queues[0]] == [("case_file", "priority")]
    assert queues[0] == queues[1] == queues[2]
    minor = conflicts.list_conflicts(embassy.desk, include_minor=True)
    assert {c.field for c in minor} == {"priority", "phone"}
    winner = next(c for c in queues[0][0].candidates if c.winner)
    assert _case(embassy, opened.number).priority == winner.value  # the same winner everywhere
    assert _case(desk, opened.number).summary == "Majikan menahan paspor."  # other fields merge
    # importing wrote no change of its own: the log holds exactly what the officers did
    logs = set()
    for site in three:
        with site.desk.read() as session:
            logs.add(session.scalar(select(func.count(Change.id))))
            assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.actor.like("sync:%")))
    assert len(logs) == 1

    loser = next(c for c in queues[0][0].candidates if not c.winner)
    conflicts.resolve(desk.desk, "case_file", opened.id, "priority", str(loser.value))
    everyone(three)
    for site in three:
        assert conflicts.list_conflicts(site.desk) == []
        assert _case(site, opened.number).priority == loser.value


def test_an_edit_concurrent_with_a_delete_is_a_conflict_not_a_revival(three: list[SyncSite]) -> None:
    embassy, _desk, hub = three
    opened = open_case(embassy, "Lina Marlina")
    everyone(three)
    with hub.desk.write() as session:
        case = session.scalar(select(Case).where(Case.id == opened.id))
        assert case is not None
        case.deleted_at = utcnow()
    cases.set_field(embassy.desk, opened.number, "priority", "1", today=TODAY)
    everyone(three)
    for site in three:
        assert _case(site, opened.number).deleted_at is not None
        found = conflicts.list_conflicts(site.desk)
        assert [(c.kind, c.field) for c in found] == [("edit_after_delete", "deleted_at")]
    conflicts.resolve(embassy.desk, "case_file", opened.id, "deleted_at", "null")  # restore it
    everyone(three)
    for site in three:
        assert _case(site, opened.number).deleted_at is None
        assert _case(site, opened.number).priority == 1
        assert conflicts.list_conflicts(site.desk) == []


def test_audience_a_referral_brings_the_whole_case_to_the_agency(three: list[SyncSite]) -> None:
    embassy, desk, hub = three
    opened = cases.open_case(
        embassy.desk,
        WorkerInput(full_name="Yuni Astuti", destination_country="MY"),
        cases.CaseInput(
            category="unpaid_wages",
            reported_on=TODAY,
            country="MY",
            lead_agency_code="KBRI-KUL",
            participant_codes=(),
        ),
        today=TODAY,
    )
    case_activity.add_entry(embassy.desk, opened.number, "note", "Majikan dihubungi lewat telepon.")
    everyone(three)
    with hub.desk.read() as session:
        assert session.get(Case, opened.id) is not None
    with desk.desk.read() as session:  # not the BP2MI desk's case: neither the case nor the worker
        assert session.get(Case, opened.id) is None
        assert session.get(Worker, opened.worker_id) is None
    case_activity.refer_case(embassy.desk, opened.number, "BP2MI", "Pemulangan ke daerah asal", today=TODAY)
    everyone(three)
    detail = case_activity.case_detail(desk.desk, opened.number)
    assert "Majikan dihubungi lewat telepon." in [e.text for e in detail.timeline]
    with desk.desk.read() as session:
        assert session.get(Worker, opened.worker_id) is not None


def test_keeping_the_value_already_shown_still_ends_the_conflict_everywhere(three: list[SyncSite]) -> None:
    embassy, _desk, hub = three
    opened = open_case(embassy, "Wati Susanti")
    everyone(three)
    cases.set_field(embassy.desk, opened.number, "status", "verification", today=TODAY)
    cases.set_field(hub.desk, opened.number, "status", "mediation", today=TODAY)
    everyone(three)
    [conflict] = conflicts.list_conflicts(hub.desk)
    winner = next(c for c in conflict.candidates if c.winner)
    with hub.desk.read() as session:
        before = session.scalar(select(func.count(Change.id)))
    # the value shown stays: the capture hook still journals a change whose base is every head
    conflicts.resolve(hub.desk, "case_file", opened.id, "status", f'"{winner.value}"')
    with hub.desk.read() as session:
        assert session.scalar(select(func.count(Change.id))) == (before or 0) + 1
    everyone(three)
    for site in three:
        assert conflicts.list_conflicts(site.desk) == []


def test_a_forum_with_its_clock_time_travels_and_reads_back_the_same(three: list[SyncSite]) -> None:
    """Meeting records carry a local clock time (the forum's start), which canonical JSON writes
    as "HH:MM:SS": the importer must read it back as a time, or the dumps would differ."""
    from datetime import time

    from app.services import meetings

    embassy, desk, hub = three
    admin = meetings.officer_by_username(embassy.desk, "admin-kbri")
    meetings.save_forum(
        embassy.desk,
        meetings.ForumInput(
            code="SATGAS-KUL",
            name="Satgas Pelindungan PMI KBRI Kuala Lumpur",
            host_site=embassy.code,
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=date(2026, 1, 1),
            start_time=time(9, 30),
            duration_minutes=90,
            timezone="Asia/Kuala_Lumpur",
            place="Ruang Rapat KBRI",
            secretariat_agency="BP2MI",
            chair_officer_id=admin,
            members=("BP2MI", "KEMNAKER"),
        ),
    )
    everyone(three)
    for site in (desk, hub):
        listed = meetings.forums(site.desk)
        assert [(f.code, f.start_time) for f in listed] == [("SATGAS-KUL", time(9, 30))]
    assert embassy.dump() == desk.dump() == hub.dump()

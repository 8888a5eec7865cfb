"""Audiences of letters and meetings across three real sites: a confidential letter does not
follow its case to every agency, a meeting goes to its forum's agencies, and an agenda item
about a case reaches only the sites that hold the case (and arrives when the case does)."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import select

from app.models import AgendaItem, Forum, Meeting
from app.models.correspondence import Letter, LetterCase
from app.services import case_activity, cases, letters, meetings, minutes
from app.services.workers import WorkerInput
from app.sync.audience import (
    CASE,
    ROOTS,
    WORKER,
    also_of,
    is_shared_reference,
    parent_of,
    replicated_tables,
    root_of,
)
from tests.sync.sites import SyncSite

TODAY = date(2026, 11, 2)

#: a key to another root whose audience is by construction wider: a forum goes wherever its
#: meetings go, a worker wherever their cases go, a reply only where its letter is held
WIDER_BY_CONSTRUCTION = {("meeting", "forum"), ("case_file", "worker"), ("letter", "letter")}


def everyone(sites: list[SyncSite], rounds: int = 2) -> None:
    for _ in range(rounds):
        for a in sites:
            for b in sites:
                if a is not b:
                    b.import_file(a.export_to(b.code))


def held(site: SyncSite, model: type, row_id: uuid.UUID) -> bool:
    with site.desk.read() as session:
        return session.get(model, row_id) is not None


def test_every_key_between_held_records_is_followed_or_declared() -> None:
    """A record held at a site must never point at a record the site may lack: each foreign key
    to a non-shared record is its parent, stays within the same root, or is `__sync_also__`."""
    tables = replicated_tables()
    loose = []
    for entity, table in tables.items():
        if is_shared_reference(entity):
            continue
        declared = {column for column, _ in also_of(entity)}
        link = parent_of(entity)
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if target not in tables or is_shared_reference(target):
                continue
            if link is not None and fk.parent.name == link[0]:
                continue
            if fk.parent.name in declared or (entity, target) in WIDER_BY_CONSTRUCTION:
                continue
            if entity not in ROOTS and root_of(entity) == root_of(target):
                continue
            loose.append(f"{entity}.{fk.parent.name} -> {target}")
    assert loose == []
    assert root_of("disposition_step") == "letter"  # through its disposition
    assert parent_of("agenda_item") == ("meeting_id", "meeting")
    assert {CASE, WORKER} <= set(ROOTS)


def _embassy_case(site: SyncSite, name: str) -> cases.OpenedCase:
    """A case the embassy leads alone (the protocol would otherwise bring BP2MI in at once)."""
    return cases.open_case(
        site.desk,
        WorkerInput(full_name=name, destination_country="MY"),
        cases.CaseInput(
            category="unpaid_wages",
            reported_on=TODAY,
            country="MY",
            lead_agency_code="KBRI-KUL",
            participant_codes=(),
        ),
        today=TODAY,
    )


def _incoming(site: SyncSite, subject: str, security: str, *cases: str) -> uuid.UUID:
    data = letters.IncomingLetter(
        received_on=TODAY, subject=subject, security=security, sender_name="Majikan", case_numbers=cases
    )
    return letters.register_incoming(site.desk, data, today=TODAY).id


def test_a_confidential_letter_does_not_follow_its_case_to_every_agency(three: list[SyncSite]) -> None:
    embassy, desk, hub = three
    opened = _embassy_case(embassy, "Yuni Astuti")
    case_activity.refer_case(embassy.desk, opened.number, "BP2MI", "Pemulangan", today=TODAY)
    ordinary = _incoming(embassy, "Permohonan bantuan hukum", "biasa", opened.number)
    secret = _incoming(embassy, "Laporan kepolisian (rahasia)", "rahasia", opened.number)
    unlinked = _incoming(embassy, "Undangan pameran", "biasa")
    everyone(three)

    assert held(desk, Letter, ordinary)
    assert not held(desk, Letter, secret)
    assert not held(desk, Letter, unlinked)  # about no case BP2MI holds
    assert held(hub, Letter, secret) and held(hub, Letter, ordinary)
    with desk.desk.read() as session:  # nor the link that would name the secret letter
        links = set(session.scalars(select(LetterCase.letter_id)))
    assert secret not in links and ordinary in links
    assert embassy.dump() == hub.dump()


def _forum(site: SyncSite, code: str, members: tuple[str, ...]) -> uuid.UUID:
    info = meetings.save_forum(
        site.desk,
        meetings.ForumInput(
            code=code,
            name=f"Forum {code}",
            host_site=site.code,
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=date(2026, 1, 1),
            start_time=time(9, 30),
            secretariat_agency="KBRI-KUL",
            members=members,
        ),
    )
    return info.id


def _meeting(site: SyncSite, forum_id: uuid.UUID) -> uuid.UUID:
    return meetings.schedule_meeting(
        site.desk, meetings.MeetingInput(forum_id, date(2026, 12, 8), time(9, 0), time(11, 0))
    )


def test_a_meeting_goes_to_its_forum_agencies_and_an_agenda_item_only_where_its_case_is(
    three: list[SyncSite],
) -> None:
    embassy, desk, hub = three
    closed_forum = _forum(embassy, "SATGAS-KUL", ("KEMNAKER",))
    closed_meeting = _meeting(embassy, closed_forum)
    shared_forum = _forum(embassy, "RAKOR-PMI", ("BP2MI",))
    shared_meeting = _meeting(embassy, shared_forum)
    opened = _embassy_case(embassy, "Wati Susanti")
    general = minutes.add_agenda_item(embassy.desk, shared_meeting, "Evaluasi penanganan bulan lalu")
    about_case = minutes.add_agenda_item(
        embassy.desk, shared_meeting, "Kasus upah tidak dibayar", case_number=opened.number
    )
    everyone(three)

    assert not held(desk, Forum, closed_forum) and not held(desk, Meeting, closed_meeting)
    assert held(hub, Meeting, closed_meeting)
    assert held(desk, Forum, shared_forum) and held(desk, Meeting, shared_meeting)
    assert held(desk, AgendaItem, general)
    assert not held(desk, AgendaItem, about_case)  # BP2MI does not hold the case

    # the case is referred to BP2MI: it arrives whole, and the agenda item about it with it
    case_activity.refer_case(embassy.desk, opened.number, "BP2MI", "Pemulangan", today=TODAY)
    everyone(three)
    assert held(desk, AgendaItem, about_case)
    record = minutes.meeting_record(desk.desk, shared_meeting)
    assert [item.title for item in record.agenda] == [
        "Evaluasi penanganan bulan lalu",
        "Kasus upah tidak dibayar",
    ]

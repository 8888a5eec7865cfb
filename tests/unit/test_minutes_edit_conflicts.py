"""Two desks writing the minutes of the same meeting never silently overwrite each other: per
agenda item, as cases and letters (app.services.edit_guard); on SQLite and, with --postgres, the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, time

import pytest

from app.config import load_config
from app.services import accounts, meetings, minutes, reference
from app.services.desk import Desk, open_desk
from app.services.edit_guard import EditConflict, discussion_key

BUDI = "Sawah-Padi-2026"


def a_meeting(desk: Desk) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    admin = next(o for o in reference.officers(desk) if o.username == "admin")
    forum = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code="SATGAS-KL",
            name="Satgas Pelindungan PMI Kuala Lumpur",
            host_site="KBRI-KUL",
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=date(2026, 1, 1),
            start_time=time(10, 0),
            timezone="Asia/Kuala_Lumpur",
            chair_officer_id=admin.id,
            members=("KBRI-KUL", "BP2MI"),
        ),
    )
    meeting = meetings.schedule_meeting(
        desk, meetings.MeetingInput(forum.id, date(2026, 3, 4), time(10), time(11))
    )
    first = minutes.add_agenda_item(desk, meeting, "Gaji PMI yang belum dibayar")
    second = minutes.add_agenda_item(desk, meeting, "Pemulangan PMI sakit")
    return meeting, first, second


@pytest.fixture
def other(desk: Desk) -> Iterator[Desk]:
    accounts.add_account(desk, "budi", "secretariat", BUDI, full_name="Budi Santoso")
    other = open_desk(load_config(desk.config.data_dir.parent / "other-desk", desk.config.database_url))
    accounts.sign_in(other, "budi", BUDI)
    yield other
    other.close()


def _texts(desk: Desk, meeting: uuid.UUID) -> list[str]:
    return [i.discussion for i in minutes.meeting_record(desk, meeting).agenda]


def test_the_same_item_is_refused_and_another_item_merges(desk: Desk, other: Desk) -> None:
    meeting, first, second = a_meeting(desk)
    mine, theirs = minutes.meeting_record(desk, meeting), minutes.meeting_record(other, meeting)
    minutes.write_minutes(
        other,
        meeting,
        {first: "BP2MI menghubungi majikan", second: ""},
        base_version=theirs.version,
        changed={first},
    )
    # my window still holds the old (empty) text of the first item: only the second is written
    minutes.write_minutes(
        desk,
        meeting,
        {first: "", second: "Dirujuk ke rumah sakit"},
        base_version=mine.version,
        changed={second},
    )
    assert _texts(desk, meeting) == ["BP2MI menghubungi majikan", "Dirujuk ke rumah sakit"]

    with pytest.raises(EditConflict) as raised:
        minutes.write_minutes(
            desk,
            meeting,
            {first: "Majikan tidak menjawab", second: ""},
            base_version=mine.version,
            changed={first},
        )
    conflict = raised.value
    assert [(f.key, f.value, f.actor) for f in conflict.fields] == [
        (discussion_key(first), "BP2MI menghubungi majikan", "budi")
    ]
    assert "1. Gaji PMI yang belum dibayar" in conflict.translated("en")  # named as the agenda shows it
    assert _texts(other, meeting)[0] == "BP2MI menghubungi majikan"  # nothing overwritten
    minutes.write_minutes(  # keep mine, on the version the conflict showed
        desk, meeting, {first: "Majikan tidak menjawab"}, base_version=conflict.version, changed={first}
    )
    assert _texts(other, meeting)[0] == "Majikan tidak menjawab"


def test_moving_an_item_is_no_conflict_with_its_minutes(desk: Desk, other: Desk) -> None:
    meeting, first, second = a_meeting(desk)
    mine = minutes.meeting_record(desk, meeting)
    minutes.move_agenda_item(other, second, -1)
    minutes.write_minutes(desk, meeting, {first: "Dibahas"}, base_version=mine.version, changed={first})
    record = minutes.meeting_record(desk, meeting)
    assert [(i.title, i.discussion) for i in record.agenda] == [
        ("Pemulangan PMI sakit", ""),
        ("Gaji PMI yang belum dibayar", "Dibahas"),
    ]

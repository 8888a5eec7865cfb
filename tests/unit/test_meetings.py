"""Meetings through the services: a forum's cadence planned on working days, confirm / move /
cancel, build-agenda, attendance, minutes that lock, decisions with action items carried until
done, the regularity figures, and an .ics that a standard parser reads back."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import ActionItem, Change, Decision, Forum, Meeting
from app.services import case_activity, cases, meeting_ics, meetings, minutes, regularity
from app.services.desk import Desk
from app.services.minutes import ActionInput
from app.services.workers import WorkerInput

MONDAY = date(2026, 3, 2)


def _forum(desk: Desk, **changes: object) -> uuid.UUID:
    admin = meetings.officer_by_username(desk, "admin")
    data = meetings.ForumInput(
        code="SATGAS-KUL",
        name="Satgas Pelindungan PMI KBRI Kuala Lumpur",
        host_site="KBRI-KUL",
        rrule="FREQ=MONTHLY;BYDAY=2TU",
        starts_on=date(2026, 1, 1),
        start_time=time(10, 0),
        duration_minutes=120,
        timezone="Asia/Kuala_Lumpur",
        place="Ruang Rapat Lt. 3 KBRI Kuala Lumpur",
        online_link="https://meet.example.go.id/satgas",
        secretariat_agency="KBRI-KUL",
        chair_officer_id=admin,
        secretariat_officer_id=admin,
        members=("KBRI-KUL", "BP2MI", "KEMNAKER", "KEMLU-PWNI"),
    )
    for name, value in changes.items():
        data = replace(data, **{name: value})
    return meetings.save_forum(desk, data).id


def _case(desk: Desk, reported: date, name: str = "Siti Aminah") -> str:
    return cases.open_case(
        desk,
        WorkerInput(full_name=name, sex="F", destination_country="MY"),
        cases.CaseInput(category="unpaid_wages", reported_on=reported, country="MY"),
        today=reported,
    ).number


def _count(desk: Desk, model: type) -> int:
    with desk.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_forum_plans_its_meetings_on_working_days(desk: Desk) -> None:
    forum_id = _forum(desk)
    info = meetings.forum(desk, forum_id, language="en")
    assert info.cadence == "every second Tuesday of the month"
    assert [m.agency_code for m in info.members] == ["BP2MI", "KBRI-KUL", "KEMLU-PWNI", "KEMNAKER"]
    assert meetings.generate_meetings(desk, months=3, today=MONDAY) == 3
    assert meetings.generate_meetings(desk, months=3, today=MONDAY) == 0  # nothing twice
    rows = meetings.list_meetings(desk)
    assert [r.local_start.date() for r in rows] == [date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 12)]
    assert rows[0].local_start.time() == time(10, 0)
    assert rows[0].starts_at.hour == 2  # 10:00 in Kuala Lumpur is 02:00 UTC
    assert rows[0].reference == "SATGAS-KUL/2026-03-10"
    assert meetings.find_meeting(desk, "satgas-kul/2026-04-14") == rows[1].id
    # the id is the forum's and the date's, so another site generating the same cadence makes the same record
    assert rows[0].id == uuid.uuid5(meetings.MEETING_NAMESPACE, f"{forum_id}/2026-03-10")
    record = minutes.meeting_record(desk, rows[0].id)
    assert {i.agency_code for i in record.invitees} == {"KBRI-KUL", "BP2MI", "KEMNAKER", "KEMLU-PWNI"}
    with desk.read() as session:  # journalled by the one capture hook
        fields = set(session.scalars(select(Change.field).where(Change.entity == "meeting")))
    assert {"starts_at", "status", "forum_id"} <= fields


def test_a_holiday_moves_a_generated_meeting(desk: Desk) -> None:
    # Monthly on the last Monday: 31 March 2025 is Idul Fitri (and 1 April its second day)
    forum_id = _forum(desk, rrule="FREQ=MONTHLY;BYDAY=-1MO", starts_on=date(2025, 1, 1))
    meetings.generate_meetings(desk, months=2, today=date(2025, 3, 1), forum_id=forum_id)
    march, april = meetings.list_meetings(desk)
    assert march.occurrence == date(2025, 3, 31) and march.local_start.date() == date(2025, 4, 2)
    assert march.moved and not april.moved


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"rrule": "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30"}, "rrule"),
        ({"rrule": "every tuesday"}, "rrule"),
        ({"timezone": "Asia/Atlantis"}, "timezone"),
        ({"code": ""}, "code"),
        ({"members": ("NOPE",)}, "members"),
        ({"host_site": "XX"}, "host_site"),
        ({"online_link": "meet.example"}, "online_link"),
    ],
)
def test_a_bad_forum_saves_nothing(desk: Desk, change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        _forum(desk, **change)
    assert error.value.field == field
    assert error.value.translated("id") != ""
    assert _count(desk, Forum) == 0


def test_confirm_move_and_cancel_with_a_reason(desk: Desk) -> None:
    forum_id = _forum(desk)
    meetings.generate_meetings(desk, months=3, today=MONDAY)
    first, second, third = meetings.list_meetings(desk)
    meetings.confirm_meeting(desk, first.id)
    with pytest.raises(ValidationError, match="Say why"):
        meetings.move_meeting(desk, second.id, date(2026, 4, 16), time(9), time(11), " ")
    with pytest.raises(ValidationError, match="ends after it starts"):
        meetings.move_meeting(desk, second.id, date(2026, 4, 16), time(11), time(9), "Ketua berhalangan")
    meetings.move_meeting(desk, second.id, date(2026, 4, 16), time(9), time(11), "Ketua berhalangan")
    meetings.cancel_meeting(desk, third.id, "Digabung dengan rapat nasional")
    rows = {r.id: r for r in meetings.list_meetings(desk)}
    assert rows[first.id].status == "invited"
    assert rows[second.id].status == "postponed"
    assert rows[second.id].status_reason == "Ketua berhalangan"
    assert rows[second.id].local_start == datetime(2026, 4, 16, 9, tzinfo=ZoneInfo("Asia/Kuala_Lumpur"))
    assert rows[third.id].status == "cancelled"
    # a moved or cancelled occurrence is not planned again
    assert meetings.generate_meetings(desk, months=3, today=MONDAY) == 0
    with pytest.raises(ValidationError, match="ends after it starts"):
        meetings.schedule_meeting(
            desk, meetings.MeetingInput(forum_id, date(2026, 3, 20), time(14), time(13))
        )
    assert _count(desk, Meeting) == 3


def test_build_agenda_attendance_minutes_and_actions(desk: Desk) -> None:
    _forum(desk)
    late = _case(desk, date(2026, 2, 2))  # its verification was due within 3 working days
    flagged = _case(desk, date(2026, 3, 9), "Rina Wulandari")  # nothing overdue yet on the 10th
    cases.set_field(desk, flagged, "for_next_meeting", "yes", today=date(2026, 3, 9))
    referred = _case(desk, date(2026, 2, 16), "Dewi Lestari")
    case_activity.refer_case(desk, referred, "BP2MI", "Pemulangan ke daerah asal", today=date(2026, 2, 16))
    meetings.generate_meetings(desk, months=3, today=MONDAY)
    march, april, _may = meetings.list_meetings(desk)

    built = minutes.build_agenda(desk, march.id, today=date(2026, 3, 10))
    assert (built.open_actions, built.flagged_cases, built.late_referrals) == (0, 1, 1)
    record = minutes.meeting_record(desk, march.id)
    sources = {(i.source, i.case_number) for i in record.agenda}
    assert ("overdue_case", late) in sources and ("flagged_case", flagged) in sources
    assert any(i.source == "late_referral" and i.case_number == referred for i in record.agenda)
    assert minutes.build_agenda(desk, march.id, today=date(2026, 3, 10)).total == 0  # not twice

    for row in record.invitees:
        status = "absent" if row.agency_code == "KEMLU-PWNI" else "present"
        minutes.mark_attendance(desk, row.id, status)
    with pytest.raises(ValidationError, match="represented"):
        minutes.mark_attendance(desk, record.invitees[0].id, "represented")
    minutes.write_discussion(desk, record.agenda[0].id, "Majikan belum membayar gaji tiga bulan.")

    # an action with no owner: a clear message, and neither the decision nor any action is saved
    with pytest.raises(ValidationError) as error:
        minutes.add_decision(
            desk,
            march.id,
            "Gaji diselesaikan melalui mediasi",
            (
                ActionInput("Undang majikan untuk mediasi", "KBRI-KUL", date(2026, 3, 20)),
                ActionInput("Kirim kronologi", "", date(2026, 3, 20)),
            ),
        )
    assert error.value.field == "owner_agency"
    assert (_count(desk, Decision), _count(desk, ActionItem)) == (0, 0)
    with pytest.raises(ValidationError, match="before its meeting"):
        minutes.add_action(desk, march.id, ActionInput("Terlambat", "BP2MI", date(2026, 3, 1)))

    minutes.add_decision(
        desk,
        march.id,
        "Gaji diselesaikan melalui mediasi",
        (
            ActionInput("Undang majikan untuk mediasi", "KBRI-KUL", date(2026, 3, 20), case_number=late),
            ActionInput("Kirim kronologi ke BP2MI", "BP2MI", date(2026, 3, 17)),
        ),
    )
    by_bp2mi, by_kbri = sorted(minutes.action_items(desk), key=lambda a: a.owner_agency)
    minutes.complete_action(desk, by_bp2mi.id, "Surat B-15/KBRI-KUL/03/2026", done_on=date(2026, 3, 18))
    with pytest.raises(ValidationError, match="evidence"):
        minutes.complete_action(desk, by_kbri.id, " ")

    with pytest.raises(ValidationError, match="once the meeting has taken place"):
        minutes.close_minutes(desk, march.id, today=date(2026, 3, 9))
    following = minutes.close_minutes(desk, march.id, today=date(2026, 3, 10))
    assert following == april.id
    with pytest.raises(ValidationError, match="write an addendum"):
        minutes.write_discussion(desk, record.agenda[0].id, "Diubah")
    with pytest.raises(ValidationError, match="write an addendum"):
        minutes.add_decision(desk, march.id, "Keputusan baru")
    minutes.add_addendum(desk, march.id, "Ralat: tiga bulan, bukan dua.")
    closed = minutes.meeting_record(desk, march.id)
    assert closed.meeting.status == "held" and closed.minutes_closed_by == "Siti Rahmawati"
    assert closed.addenda[0].author == "Siti Rahmawati" and closed.addenda[0].text.startswith("Ralat")
    assert closed.agenda[0].discussion == "Majikan belum membayar gaji tiga bulan."
    assert closed.chair == "Siti Rahmawati" and closed.minute_taker == "Siti Rahmawati"
    assert len(closed.attendance) == 3 and len(closed.invitees) == 4
    assert [a.what for a in closed.actions if a.done_on is None] == ["Undang majikan untuk mediasi"]
    assert case_activity.case_detail(desk, flagged).for_next_meeting is False

    # the undone action is on the next meeting's agenda, and is not added twice
    carried = minutes.meeting_record(desk, april.id).agenda
    assert [(i.source, i.title) for i in carried] == [("open_action", "Undang majikan untuk mediasi")]
    assert minutes.build_agenda(desk, april.id, today=date(2026, 4, 14)).open_actions == 0

    # its owner sees it next to the case tasks
    work = minutes.open_work(desk, agency="KBRI-KUL", today=date(2026, 3, 25))
    assert {w.kind for w in work} == {"case_task", "action"}
    action = next(w for w in work if w.kind == "action")
    assert action.overdue and action.meeting_reference == "SATGAS-KUL/2026-03-10"
    assert [
        a.what
        for a in minutes.action_items(desk, minutes.ActionFilter(status="overdue"), today=date(2026, 3, 25))
    ] == ["Undang majikan untuk mediasi"]
    assert minutes.action_items(desk, minutes.ActionFilter(agency="BP2MI", open_only=True)) == []


def test_regularity_figures(desk: Desk) -> None:
    _forum(desk)
    meetings.generate_meetings(desk, months=4, today=date(2026, 1, 1))
    jan, feb, mar, _april = meetings.list_meetings(desk)
    for meeting, day in ((jan, date(2026, 1, 13)), (mar, date(2026, 3, 10))):
        record = minutes.meeting_record(desk, meeting.id)
        for row in record.invitees:
            minutes.mark_attendance(
                desk, row.id, "absent" if row.agency_code == "KEMNAKER" and meeting is mar else "present"
            )
        minutes.add_action(
            desk, meeting.id, ActionInput(f"Tindak lanjut {day}", "BP2MI", day + timedelta(days=7))
        )
        minutes.close_minutes(desk, meeting.id, today=day)
    meetings.cancel_meeting(desk, feb.id, "Libur Imlek")
    first_action = minutes.action_items(desk)[0]
    minutes.complete_action(desk, first_action.id, "Laporan", done_on=date(2026, 1, 17))  # 4 days, on time
    [figures] = regularity.regularity(desk, date(2026, 1, 1), date(2026, 4, 30), today=date(2026, 3, 25))
    assert (figures.planned, figures.held, figures.cancelled, figures.postponed) == (4, 2, 1, 0)
    assert figures.held_share == 0.5
    assert figures.mean_days_between == 56.0 and figures.longest_gap_days == 56.0
    rates = {a.agency_code: (a.invited, a.attended) for a in figures.attendance}
    assert rates == {"BP2MI": (2, 2), "KBRI-KUL": (2, 2), "KEMLU-PWNI": (2, 2), "KEMNAKER": (2, 1)}
    assert (
        figures.actions,
        figures.done_on_time,
        figures.done_late,
        figures.overdue,
        figures.open_not_due,
    ) == (
        2,
        1,
        0,
        1,
        0,
    )
    assert figures.mean_days_to_done == 4.0


def test_the_ics_reads_back_in_a_standard_parser(desk: Desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _forum(desk)
    meetings.generate_meetings(desk, months=1, today=MONDAY)
    [meeting] = meetings.list_meetings(desk)
    minutes.add_agenda_item(desk, meeting.id, "Evaluasi penanganan kasus gaji")
    record = minutes.meeting_record(desk, meeting.id)
    path = meeting_ics.write_ics(record, tmp_path / "rapat.ics", language="id")
    parsed = Calendar.from_ical(path.read_bytes())
    [event] = parsed.walk("VEVENT")
    assert str(event["uid"]) == f"{meeting.id}@jejaring"
    assert event.decoded("dtstart") == meeting.local_start
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=8)
    assert event["dtstart"].params["TZID"] == "Asia/Kuala_Lumpur"
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=2)
    assert str(event["summary"]) == "Satgas Pelindungan PMI KBRI Kuala Lumpur"
    assert str(event["location"]) == "Ruang Rapat Lt. 3 KBRI Kuala Lumpur"
    assert str(event["status"]) == "TENTATIVE"
    assert "1. Evaluasi penanganan kasus gaji" in str(event["description"])
    assert [tz["tzid"] for tz in parsed.walk("VTIMEZONE")] == ["Asia/Kuala_Lumpur"]
    assert parsed.to_ical() == path.read_bytes()


def test_build_agenda_takes_the_most_overdue_cases_first_and_no_more_than_fit(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forum(desk)
    oldest = _case(desk, date(2026, 1, 5), "Ani")
    _case(desk, date(2026, 2, 2), "Budi")
    _case(desk, date(2026, 2, 9), "Cici")
    meetings.generate_meetings(desk, months=1, today=MONDAY)
    [march] = meetings.list_meetings(desk)
    monkeypatch.setattr(minutes, "MAX_PULLED", 1)
    built = minutes.build_agenda(desk, march.id, today=date(2026, 3, 10))
    assert (built.overdue_cases, built.left_out) == (1, 2)
    assert [i.case_number for i in minutes.meeting_record(desk, march.id).agenda] == [oldest]


def test_agenda_items_are_ordered_moved_and_removed(desk: Desk) -> None:
    _forum(desk)
    meetings.generate_meetings(desk, months=1, today=MONDAY)
    [march] = meetings.list_meetings(desk)
    first = minutes.add_agenda_item(desk, march.id, "Pembukaan")
    second = minutes.add_agenda_item(desk, march.id, "Evaluasi kasus")
    third = minutes.add_agenda_item(desk, march.id, "Lain-lain")
    with pytest.raises(ValidationError, match="needs a title"):
        minutes.add_agenda_item(desk, march.id, "  ")
    minutes.move_agenda_item(desk, third, -1)
    minutes.move_agenda_item(desk, first, -1)  # already first: stays
    minutes.remove_agenda_item(desk, second)
    agenda = minutes.meeting_record(desk, march.id).agenda
    assert [(i.position, i.title) for i in agenda] == [(1, "Pembukaan"), (2, "Lain-lain")]
    with desk.read() as session:  # removed is a tombstone, never a delete
        from app.models import AgendaItem

        assert session.get(AgendaItem, second).deleted_at is not None

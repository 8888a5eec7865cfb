"""The dashboard's figures on a hand-built register whose right answers are known: a holiday
inside a working-day standard (17 August), a meeting postponed into the next month, a referral
returned, one answered late and one never answered; and Today for the officer at the desk."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from app.errors import ValidationError
from app.models import SyncPeer
from app.services import case_activity, cases, comms, letters, meetings, minutes, reference
from app.services.dashboard import DashboardFilter, dashboard, default_period
from app.services.desk import Desk
from app.services.minutes import ActionInput
from app.services.workers import WorkerInput

TODAY = date(2026, 8, 31)
PERIOD = DashboardFilter(date(2026, 7, 1), date(2026, 8, 31))


def _case(
    desk: Desk,
    reported: date,
    category: str,
    country: str,
    lead: str,
    *,
    procedural: bool | None = None,
    **extra: object,
) -> str:
    worker = WorkerInput(
        full_name=f"PMI {reported}", sex="F", destination_country=country, procedural=procedural
    )
    data = cases.CaseInput(category=category, reported_on=reported, country=country, lead_agency_code=lead)
    return cases.open_case(desk, worker, replace(data, **extra), today=reported).number  # type: ignore[arg-type]


@pytest.fixture
def register(desk: Desk) -> dict[str, str]:
    c1 = _case(desk, date(2026, 8, 13), "unpaid_wages", "MY", "BP2MI", procedural=True)
    c2 = _case(desk, date(2026, 8, 3), "illness", "SA", "BP2MI", life_threatening=True)
    c3 = _case(desk, date(2026, 7, 10), "unpaid_wages", "MY", "KBRI-KUL")
    c4 = _case(desk, date(2026, 6, 1), "lost_contact", "MY", "KBRI-KUL")
    # c1: verification done on the third working day: 14, (17 August is a holiday), 18, 19
    cases.change_status(desk, c1, "verification", today=date(2026, 8, 19))
    # c2: verified on 10 August, four days after its standard (6 August)
    cases.change_status(desk, c2, "verification", today=date(2026, 8, 10))
    cases.change_status(desk, c3, "closed", today=date(2026, 8, 20))
    returned = case_activity.refer_case(desk, c1, "KEMLU-PWNI", "Kewenangan", today=date(2026, 8, 13))
    case_activity.answer_referral(
        desk, returned, accept=False, note="Bukan kewenangan", today=date(2026, 8, 19)
    )
    case_activity.refer_case(desk, c2, "KEMLU-PWNI", "Pendampingan", today=date(2026, 8, 3))  # never answered
    late = case_activity.refer_case(desk, c2, "POLRI", "Laporan polisi", today=date(2026, 8, 24))
    # due 28 August: three working days after the 24th, the 25th (Maulid Nabi) a holiday
    case_activity.answer_referral(desk, late, accept=True, today=date(2026, 8, 31))
    comms.log_communication(
        desk,
        comms.CommInput(
            "phone",
            "Keluarga menanyakan",
            at=datetime(2026, 8, 20, 3, tzinfo=UTC),
            counterpart_name="Ibu",
            case_number=c1,
        ),
    )
    comms.log_communication(
        desk,
        comms.CommInput(
            "whatsapp",
            "Kabar lama",
            counterpart_name="Adik",
            at=datetime(2026, 5, 2, 3, tzinfo=UTC),
            case_number=c4,
        ),
    )
    return {"c1": c1, "c2": c2, "c3": c3, "c4": c4}


def test_case_figures(desk: Desk, register: dict[str, str]) -> None:
    figures = dashboard(desk, PERIOD, language="en", today=TODAY).cases
    assert (figures.new, figures.closed, figures.open, figures.life_threatening_open) == (3, 1, 3, 1)
    assert [(s.key, s.count) for s in figures.by_category] == [("unpaid_wages", 2), ("illness", 1)]
    assert [(s.key, s.label, s.count) for s in figures.by_country] == [
        ("MY", "Malaysia", 2),
        ("SA", "Saudi Arabia", 1),
    ]
    assert [(s.key, s.count) for s in figures.by_status] == [("verification", 2), ("closed", 1)]
    assert {s.key: s.count for s in figures.by_departure} == {"procedural": 1, "unknown": 2}
    assert [(s.key, s.count) for s in figures.by_lead_agency] == [("BP2MI", 2), ("KBRI-KUL", 1)]
    assert [(m.month, m.new, m.closed) for m in figures.trend] == [
        (date(2026, 7, 1), 1, 0),
        (date(2026, 8, 1), 2, 1),
    ]
    # the filters narrow every case figure
    malaysia = dashboard(desk, replace(PERIOD, country="my"), today=TODAY).cases
    assert (malaysia.new, malaysia.open, malaysia.life_threatening_open) == (2, 2, 0)
    illness = dashboard(desk, replace(PERIOD, category="illness"), today=TODAY).cases
    assert (illness.new, illness.closed, illness.open) == (1, 0, 1)
    august = dashboard(desk, DashboardFilter(date(2026, 8, 1), TODAY), today=TODAY).cases
    assert (august.new, august.closed, [m.new for m in august.trend]) == (2, 1, [2])


def test_protocol_figures_count_working_days_with_holidays(desk: Desk, register: dict[str, str]) -> None:
    figures = {p.agency_code: p for p in dashboard(desk, PERIOD, today=TODAY).protocol}
    bp2mi = figures["BP2MI"]
    # c1 verify due 19 August (not 18: the 17th is a holiday) and done then: in time;
    # c2 verify done late; both first clarifications open past their due dates
    assert (bp2mi.steps_due, bp2mi.steps_in_time, bp2mi.steps_late, bp2mi.steps_overdue) == (4, 1, 1, 2)
    assert bp2mi.step_share == 0.25
    kbri = figures["KBRI-KUL"]  # the closed c3's two steps, done when it closed: late
    assert (kbri.steps_due, kbri.steps_in_time, kbri.steps_late) == (2, 0, 2)
    pwni = figures["KEMLU-PWNI"]  # one returned in time (the return is an answer), one never answered
    assert (pwni.referrals_sent, pwni.referrals_in_time, pwni.referrals_overdue, pwni.referrals_returned) == (
        2,
        1,
        1,
        1,
    )
    assert pwni.referral_share == 0.5
    polri = figures["POLRI"]
    assert (polri.referrals_due, polri.referrals_late, polri.referral_share) == (1, 1, 0.0)
    # a step not yet due is not counted: on 20 August c1's first clarification (due the 25th) is not due
    early = {p.agency_code: p for p in dashboard(desk, PERIOD, today=date(2026, 8, 20)).protocol}
    assert early["BP2MI"].steps_due == 3


def test_meetings_figures_with_a_meeting_postponed_to_the_next_month(desk: Desk) -> None:
    admin = meetings.officer_by_username(desk, "admin")
    forum = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code="SATGAS-KUL",
            name="Satgas PMI",
            host_site="KBRI-KUL",
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=date(2026, 7, 1),
            start_time=time(10, 0),
            duration_minutes=120,
            timezone="Asia/Kuala_Lumpur",
            place="Ruang Rapat",
            secretariat_agency="KBRI-KUL",
            chair_officer_id=admin,
            secretariat_officer_id=admin,
            members=("KBRI-KUL", "BP2MI", "KEMNAKER"),
        ),
    ).id
    meetings.generate_meetings(desk, months=3, today=date(2026, 7, 1))
    july, august, *_ = meetings.list_meetings(desk, forum_id=forum)
    meetings.move_meeting(desk, july.id, date(2026, 8, 4), time(10), time(12), "Menunggu data BP2MI")
    for meeting in (july, august):
        for row in minutes.meeting_record(desk, meeting.id).invitees:
            absent = row.agency_code == "KEMNAKER" and meeting is august
            minutes.mark_attendance(desk, row.id, "absent" if absent else "present")
    minutes.add_action(desk, july.id, ActionInput("Kirim data", "BP2MI", date(2026, 8, 18)))
    minutes.add_action(desk, august.id, ActionInput("Surati majikan", "KBRI-KUL", date(2026, 8, 25)))
    minutes.close_minutes(desk, july.id, today=date(2026, 8, 4))
    minutes.close_minutes(desk, august.id, today=date(2026, 8, 11))
    first = next(a for a in minutes.action_items(desk) if a.what == "Kirim data")
    minutes.complete_action(desk, first.id, "Data terkirim", done_on=date(2026, 8, 15))

    [summer] = dashboard(desk, PERIOD, today=TODAY).meetings
    assert (summer.planned, summer.held, summer.mean_days_between) == (2, 2, 7.0)
    assert {a.agency_code: (a.invited, a.attended) for a in summer.attendance} == {
        "BP2MI": (2, 2),
        "KBRI-KUL": (2, 2),
        "KEMNAKER": (2, 1),
    }
    assert (summer.actions, summer.done_on_time, summer.overdue) == (2, 1, 1)
    # a meeting counts where it is now dated: July, whose meeting moved to August, had none
    [only_july] = dashboard(desk, DashboardFilter(date(2026, 7, 1), date(2026, 7, 31)), today=TODAY).meetings
    assert (only_july.planned, only_july.held) == (0, 0)
    # the overdue action item is a Today line of my agency, opening its meeting
    [action] = [line for line in dashboard(desk, PERIOD, today=TODAY).lines if line.kind == "action"]
    assert (action.what, action.overdue, action.target.kind, action.target.key) == (
        "Surati majikan",
        True,
        "meeting",
        str(august.id),
    )


def test_exchange_and_informal_channels(desk: Desk, register: dict[str, str]) -> None:
    with desk.write() as session:
        session.add(
            SyncPeer(
                code="BP2MI-HQ",
                name="BP2MI Jakarta",
                agency_code="BP2MI",
                country="ID",
                signing_key="k" * 64,
                encryption_key="age1x",
                fingerprint="f" * 64,
                enrolled_at=datetime(2026, 1, 1, tzinfo=UTC),
                last_sent_at=datetime(2026, 8, 28, 23, 30, tzinfo=UTC),
                last_received_at=None,
            )
        )
    figures = dashboard(desk, PERIOD, today=TODAY)
    [peer] = figures.exchange
    assert (peer.code, peer.days_since_sent, peer.days_since_received) == ("BP2MI-HQ", 3, None)
    # open cases: c1, c2, c4; a call logged in the period: c1 only (c4's message was in May)
    assert (figures.informal.open_cases, figures.informal.with_contact) == (3, 1)
    assert figures.informal.share == pytest.approx(1 / 3)


def test_today_lines_open_their_records_and_respect_confidentiality(
    desk: Desk, register: dict[str, str]
) -> None:
    letters.register_incoming(
        desk,
        letters.IncomingLetter(
            received_on=date(2026, 8, 25),
            subject="Permintaan data",
            sender_name="Majikan",
            reply_by=date(2026, 9, 3),
        ),
        today=date(2026, 8, 25),
    )
    reference.save_officer(
        desk, full_name="Rahmat Hidayat", agency_code="KBRI-KUL", username="rahmat", role="case_officer"
    )
    letters.register_incoming(
        desk,
        letters.IncomingLetter(
            received_on=date(2026, 8, 25),
            subject="Data rahasia",
            sender_name="Polis Diraja Malaysia",
            security="rahasia",
            reply_by=date(2026, 8, 28),
            addressee_officer="admin",
        ),
        today=date(2026, 8, 25),
    )
    lines = dashboard(desk, PERIOD, today=TODAY).lines
    # c4's two protocol steps (my agency's, overdue since June), the two letters awaiting reply;
    # c1 and c2's steps are BP2MI's, not ours; the closed c3 owes nothing
    assert [(line.kind, line.reference, line.overdue) for line in lines if line.kind == "task"] == [
        ("task", register["c4"], True),
        ("task", register["c4"], True),
    ]
    assert {line.what: line.overdue for line in lines if line.kind == "letter"} == {
        "Data rahasia": True,
        "Permintaan data": False,
    }
    assert all(
        line.target.kind == "case" and line.target.key == register["c4"]
        for line in lines
        if line.kind == "task"
    )
    desk.username = "rahmat"  # a case officer may not read the Rahasia letter: not counted either
    assert [line.what for line in dashboard(desk, PERIOD, today=TODAY).lines if line.kind == "letter"] == [
        "Permintaan data"
    ]


def test_bad_filters_are_refused_with_their_field(desk: Desk) -> None:
    for flt, field in (
        (DashboardFilter(date(2026, 8, 2), date(2026, 8, 1)), "period"),
        (replace(PERIOD, country="XX"), "country"),
        (replace(PERIOD, category="nope"), "category"),
        (replace(PERIOD, site="NOWHERE"), "site"),
    ):
        with pytest.raises(ValidationError) as error:
            dashboard(desk, flt, today=TODAY)
        assert error.value.field == field


def test_default_period_is_twelve_months() -> None:
    assert default_period(date(2026, 12, 1)) == (date(2026, 1, 1), date(2026, 12, 1))
    assert default_period(date(2026, 3, 15)) == (date(2025, 4, 1), date(2026, 3, 15))

"""Sample coordination meetings for the demo data: a national forum and the desk's own task
force, with the months before today held (attendance, minutes, decisions, action items, some
done and some late) and the next meetings planned, so the Meetings view is not empty."""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta

from sqlalchemy import select

from app.models import Forum, Officer, Site
from app.services import meetings, minutes
from app.services.desk import Desk
from app.services.minutes import ActionInput

DISCUSSIONS = (
    "Peserta membahas perkembangan penanganan kasus; perwakilan menyampaikan kendala komunikasi "
    "dengan majikan.",
    "BP2MI melaporkan koordinasi dengan P3MI terkait pemenuhan hak PMI; masih menunggu dokumen pendukung.",
    "Disepakati perlunya data bersama agar kasus yang sama tidak dilaporkan dua kali melalui kanal berbeda.",
)
DECISIONS = (
    (
        "Kasus gaji tidak dibayar diselesaikan melalui mediasi dengan majikan.",
        "Jadwalkan mediasi dengan majikan",
    ),
    ("Data kasus dipadankan antarinstansi setiap bulan.", "Kirim rekap data kasus bulan berjalan"),
    ("Pemulangan PMI sakit dikoordinasikan dengan BP3MI daerah asal.", "Siapkan penjemputan di bandara"),
)


def load_demo_meetings(desk: Desk, rng: random.Random, today: date) -> int:
    """Two forums with their meetings; returns the number of meetings. Skipped when present."""
    with desk.read() as session:
        if session.scalar(select(Forum.id).limit(1)) is not None:
            return 0
        site = session.scalar(select(Site).where(Site.code == desk.site_code))
        hub = session.scalar(select(Site).where(Site.code == "BP2MI-PUSAT")) or site
        if site is None or hub is None:
            return 0
        local = (site.code, site.agency.code, site.timezone, site.name)
        hub_code = hub.code
        officers = {o.username: (o.id, o.agency_id) for o in session.scalars(select(Officer)) if o.username}
    site_code, agency_code, timezone, site_name = local
    chair = officers.get("demo.2", officers.get(desk.username or "", (None, None)))[0]
    clerk = officers.get("demo.8", (None, None))[0]
    start = date(today.year, today.month, 1) - timedelta(days=120)
    national = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code="RAKORNAS-PMI",
            name="Rapat Koordinasi Nasional Pelindungan PMI Sektor Informal",
            host_site=hub_code,
            rrule="FREQ=MONTHLY;BYDAY=2TU",
            starts_on=start,
            start_time=time(9, 0),
            duration_minutes=150,
            timezone="Asia/Jakarta",
            place="Ruang Rapat Utama Lt. 2, Jakarta",
            online_link="https://vicon.example.go.id/rakornas-pmi",
            secretariat_agency="KP2MI" if clerk else "",
            secretariat_officer_id=clerk,
            chair_officer_id=chair,
            members=tuple(dict.fromkeys(("KP2MI", "BP2MI", "KEMNAKER", "KEMLU-PWNI", agency_code))),
            # the officers who usually attend, so the attendance list has names and positions
            member_officers=tuple(
                officers[name][0]
                for name in ("demo.1", "demo.3", "demo.4", "demo.7", "demo.8")
                if name in officers
            ),
        ),
    )
    local_officer = officers.get(desk.username or "", (None, None))[0]
    task_force = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code=f"SATGAS-{site_code}"[:24],
            name=f"Satgas Pelindungan PMI {site_name}",
            host_site=site_code,
            rrule="FREQ=MONTHLY;BYDAY=-1TH",
            starts_on=start,
            start_time=time(14, 0),
            duration_minutes=90,
            timezone=timezone,
            place=f"Ruang Rapat {site_name}",
            secretariat_agency=agency_code,
            chair_officer_id=local_officer,
            secretariat_officer_id=local_officer,
            members=tuple(dict.fromkeys((agency_code, "BP2MI", "KEMLU-PWNI"))),
        ),
    )
    meetings.generate_meetings(desk, months=3, today=today, since=start)
    held = 0
    for forum in (national, task_force):
        rows = [r for r in meetings.list_meetings(desk, forum_id=forum.id)]
        past = [r for r in rows if r.local_start.date() < today]
        for index, row in enumerate(past):
            if index == 1 and forum is task_force:
                meetings.cancel_meeting(desk, row.id, "Bertepatan dengan kunjungan kerja pimpinan.")
                continue
            _hold(desk, rng, row.id, row.local_start.date(), today, build=index == len(past) - 1)
            held += 1
        upcoming = [r for r in rows if r.local_start.date() >= today]
        if upcoming:
            meetings.confirm_meeting(desk, upcoming[0].id)
            minutes.build_agenda(desk, upcoming[0].id, today=today)
    return held


def _hold(
    desk: Desk, rng: random.Random, meeting_id: uuid.UUID, day: date, today: date, *, build: bool
) -> None:
    if build:  # the latest meeting's agenda was built from what was owed (the earlier ones by hand)
        minutes.build_agenda(desk, meeting_id, today=day)
    minutes.add_agenda_item(desk, meeting_id, "Evaluasi penanganan kasus bulan berjalan")
    record = minutes.meeting_record(desk, meeting_id, today=day)
    marks = {}
    for invitee in record.invitees:
        roll = rng.random()
        marks[invitee.id] = (
            ("absent", "")
            if roll < 0.15
            else ("represented", "Staf pelaksana")
            if roll < 0.3
            else ("present", "")
        )
    minutes.record_attendance(desk, meeting_id, marks)
    minutes.write_minutes(desk, meeting_id, {item.id: rng.choice(DISCUSSIONS) for item in record.agenda[:3]})
    decision, action = rng.choice(DECISIONS)
    owners = [i.agency_code for i in record.invitees] or ["BP2MI"]
    minutes.add_decision(
        desk,
        meeting_id,
        decision,
        (
            ActionInput(action, rng.choice(owners), day + timedelta(days=rng.randint(7, 21))),
            ActionInput(
                "Laporkan perkembangan pada rapat berikutnya", rng.choice(owners), day + timedelta(days=28)
            ),
        ),
    )
    for follow_up in minutes.action_items(desk, minutes.ActionFilter(meeting_id=meeting_id), today=day):
        finished = day + timedelta(days=rng.randint(3, 35))
        if rng.random() < 0.6 and finished < today:
            minutes.complete_action(
                desk, follow_up.id, "Laporan tertulis kepada sekretariat", done_on=finished
            )
    minutes.close_minutes(desk, meeting_id, today=day)

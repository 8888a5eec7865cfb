"""`jejaring meeting ...`: forums, their planned meetings, agendas, action items and figures.

Meetings are named by their reference FORUM-CODE/YYYY-MM-DD (the date where it is held) or id.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from app.cli_args import iso_date, iso_time, optional_date
from app.config import Config
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(commands: Any) -> None:
    meeting = commands.add_parser(
        "meeting", help=translate("cli", "coordination meetings, their agenda and action items")
    )
    sub = meeting.add_subparsers(dest="meeting_command", metavar="COMMAND", required=True)
    listing = sub.add_parser("list", help=translate("cli", "meetings across forums in date order"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    listing.add_argument("--from", dest="first", metavar="DATE")
    listing.add_argument("--to", dest="last", metavar="DATE")
    listing.add_argument("--forum", metavar="CODE")
    show = sub.add_parser(
        "show", help=translate("cli", "one meeting: agenda, attendance, minutes, decisions, actions")
    )
    show.add_argument("meeting", metavar="MEETING")
    show.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    ics = sub.add_parser("ics", help=translate("cli", "write the meeting's calendar invitation (.ics)"))
    ics.add_argument("meeting", metavar="MEETING")
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    actions = sub.add_parser(
        "actions", help=translate("cli", "action items of the meetings, earliest due first")
    )
    actions.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    actions.add_argument("--open", action="store_true", help=translate("cli", "only those not done yet"))
    actions.add_argument(
        "--overdue", action="store_true", help=translate("cli", "only those past their due date")
    )
    actions.add_argument("--agency", metavar="CODE", help=translate("cli", "only those owned by this agency"))
    extra = sub.add_parser("add", help=translate("cli", "an extra meeting of a forum, outside its cadence"))
    extra.add_argument("--forum", required=True, metavar="CODE")
    extra.add_argument("--date", required=True, metavar="DATE")
    extra.add_argument("--time", required=True, metavar="HH:MM")
    extra.add_argument("--end", required=True, metavar="HH:MM")
    extra.add_argument("--place", metavar="TEXT")
    plan = sub.add_parser("plan", help=translate("cli", "plan the forums' meetings from their cadence"))
    plan.add_argument("--months", type=int, default=3, metavar="N")
    agenda = sub.add_parser(
        "agenda", help=translate("cli", "pull open actions, overdue cases and late referrals onto the agenda")
    )
    agenda.add_argument("meeting", metavar="MEETING")
    confirm = sub.add_parser("confirm", help=translate("cli", "confirm the date: the invitations go out"))
    confirm.add_argument("meeting", metavar="MEETING")
    move = sub.add_parser("move", help=translate("cli", "move or postpone a meeting, with the reason"))
    move.add_argument("meeting", metavar="MEETING")
    move.add_argument("--date", required=True, metavar="DATE")
    move.add_argument("--time", required=True, metavar="HH:MM")
    move.add_argument("--end", required=True, metavar="HH:MM")
    move.add_argument("--reason", required=True, metavar="TEXT")
    cancel = sub.add_parser("cancel", help=translate("cli", "cancel a meeting, with the reason"))
    cancel.add_argument("meeting", metavar="MEETING")
    cancel.add_argument("--reason", required=True, metavar="TEXT")
    done = sub.add_parser("done", help=translate("cli", "mark an action item done, with its evidence"))
    done.add_argument("action", metavar="ACTION-ID")
    done.add_argument("--evidence", required=True, metavar="TEXT")
    done.add_argument("--on", metavar="DATE")
    figures = sub.add_parser(
        "figures", help=translate("cli", "regularity per forum: planned vs held, attendance, actions")
    )
    figures.add_argument("--from", dest="first", metavar="DATE")
    figures.add_argument("--to", dest="last", metavar="DATE")
    figures.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    forum = sub.add_parser("forum", help=translate("cli", "standing coordination forums"))
    forum_sub = forum.add_subparsers(dest="forum_command", metavar="COMMAND", required=True)
    forum_list = forum_sub.add_parser("list", help=translate("cli", "the forums with their cadence in words"))
    forum_list.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    add = forum_sub.add_parser("add", help=translate("cli", "create a forum with its cadence"))
    add.add_argument("--code", required=True, metavar="CODE")
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--host-site", required=True, metavar="SITE")
    add.add_argument(
        "--rrule", required=True, metavar="RRULE", help=translate("cli", "e.g. FREQ=MONTHLY;BYDAY=2TU")
    )
    add.add_argument("--start", required=True, metavar="DATE")
    add.add_argument("--time", default="09:00", metavar="HH:MM")
    add.add_argument("--minutes", type=int, default=120, metavar="N")
    add.add_argument("--timezone", default="Asia/Jakarta", metavar="ZONE")
    add.add_argument("--place", default="", metavar="TEXT")
    add.add_argument("--link", default="", metavar="URL")
    add.add_argument("--secretariat", default="", metavar="AGENCY")
    add.add_argument("--chair", metavar="USERNAME")
    add.add_argument("--member", action="append", default=[], metavar="AGENCY")


def cmd_meeting(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk

    desk = open_desk(config)
    try:
        return _run(desk, args)
    finally:
        desk.close()


def _run(desk: Any, args: argparse.Namespace) -> int:
    from app.cli import print_json
    from app.services import meeting_ics, meetings, minutes, regularity

    command = args.meeting_command
    if command == "list":
        forum_id = meetings.forum_by_code(desk, args.forum) if args.forum else None
        rows = meetings.list_meetings(
            desk,
            first=optional_date(args.first),
            last=optional_date(args.last),
            forum_id=forum_id,
        )
        if args.json:
            print_json([{**asdict(r), "moved": r.moved} for r in rows])
        for r in rows if not args.json else ():
            print(
                f"{r.reference:<28} {r.local_start:%Y-%m-%d %H:%M} {r.timezone:<18} "
                f"{_status(r.status):<12} {r.forum_name}"
            )
    elif command == "show":
        record = minutes.meeting_record(desk, meetings.find_meeting(desk, args.meeting))
        if args.json:
            print_json(asdict(record))
        else:
            _print_record(record)
    elif command == "ics":
        record = minutes.meeting_record(desk, meetings.find_meeting(desk, args.meeting))
        path = meeting_ics.write_ics(record, Path(args.out))
        print(translate("cli", "Invitation written to {path}.").format(path=path))
    elif command == "actions":
        status = "overdue" if args.overdue else ""
        items = minutes.action_items(
            desk, minutes.ActionFilter(open_only=args.open, agency=args.agency, status=status)
        )
        if args.json:
            print_json([{**asdict(a), "status": a.status} for a in items])
        for a in items if not args.json else ():
            mark = "L" if a.overdue else ("x" if a.done_on else " ")
            print(f"[{mark}] {a.due_on} {a.owner_agency:<12} {a.what} ({a.meeting_reference}) {a.id}")
    elif command == "add":
        meeting_id = meetings.schedule_meeting(
            desk,
            meetings.MeetingInput(
                forum_id=meetings.forum_by_code(desk, args.forum),
                day=iso_date(args.date),
                start_time=iso_time(args.time),
                end_time=iso_time(args.end),
                place=args.place,
            ),
        )
        print(translate("cli", "Meeting added: {id}.").format(id=meeting_id))
    elif command == "plan":
        added = meetings.generate_meetings(desk, months=args.months)
        print(translate("cli", "Meetings planned: {count}.").format(count=added))
    elif command == "agenda":
        built = minutes.build_agenda(desk, meetings.find_meeting(desk, args.meeting))
        print(
            translate(
                "cli",
                "Added to the agenda: {actions} open actions, {cases} overdue cases, "
                "{referrals} late referrals, {flagged} flagged cases.",
            ).format(
                actions=built.open_actions,
                cases=built.overdue_cases,
                referrals=built.late_referrals,
                flagged=built.flagged_cases,
            )
        )
    elif command == "confirm":
        meetings.confirm_meeting(desk, meetings.find_meeting(desk, args.meeting))
        print(translate("cli", "Meeting confirmed."))
    elif command == "move":
        meetings.move_meeting(
            desk,
            meetings.find_meeting(desk, args.meeting),
            iso_date(args.date),
            iso_time(args.time),
            iso_time(args.end),
            args.reason,
        )
        print(translate("cli", "Meeting moved."))
    elif command == "cancel":
        meetings.cancel_meeting(desk, meetings.find_meeting(desk, args.meeting), args.reason)
        print(translate("cli", "Meeting cancelled."))
    elif command == "done":
        import uuid

        try:
            action_id = uuid.UUID(args.action)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{value} is not an action item's id."), value=args.action
            ) from None
        minutes.complete_action(desk, action_id, args.evidence, done_on=optional_date(args.on))
        print(translate("cli", "Action item done."))
    elif command == "figures":
        today = date.today()
        first = optional_date(args.first) or date(today.year, 1, 1)
        last = optional_date(args.last) or today
        figures = regularity.regularity(desk, first, last)
        if args.json:
            print_json([{**asdict(f), "held_share": f.held_share} for f in figures])
        for f in figures if not args.json else ():
            print(
                translate(
                    "cli",
                    "{forum}: {held} of {planned} meetings held; "
                    "{on_time} of {actions} actions done on time, {overdue} overdue",
                ).format(
                    forum=f.forum_code,
                    held=f.held,
                    planned=f.planned,
                    on_time=f.done_on_time,
                    actions=f.actions,
                    overdue=f.overdue,
                )
            )
    else:
        return _forum_command(desk, args)
    return 0


def _forum_command(desk: Any, args: argparse.Namespace) -> int:
    from app.cli import print_json
    from app.services import meetings

    if args.forum_command == "list":
        rows = meetings.forums(desk)
        if args.json:
            print_json([asdict(f) for f in rows])
        for f in rows if not args.json else ():
            print(f"{f.code:<16} {f.name} — {f.cadence}, {f.start_time:%H:%M} {f.timezone}")
        return 0
    info = meetings.save_forum(
        desk,
        meetings.ForumInput(
            code=args.code,
            name=args.name,
            host_site=args.host_site,
            rrule=args.rrule,
            starts_on=iso_date(args.start),
            start_time=iso_time(args.time),
            duration_minutes=args.minutes,
            timezone=args.timezone,
            place=args.place,
            online_link=args.link,
            secretariat_agency=args.secretariat,
            chair_officer_id=meetings.officer_by_username(desk, args.chair) if args.chair else None,
            members=tuple(args.member),
        ),
    )
    print(translate("cli", "Forum {code} saved: {cadence}.").format(code=info.code, cadence=info.cadence))
    return 0


def _status(status: str) -> str:
    from app.labels import MEETING_STATUS_LABELS, label

    return label(MEETING_STATUS_LABELS, status)


def _print_record(record: Any) -> None:
    from app.labels import ACTION_STATUS_LABELS, AGENDA_SOURCE_LABELS, ATTENDANCE_LABELS, label

    m = record.meeting

    print(f"{record.forum.name}  [{_status(m.status)}]  {m.reference}")
    print(
        translate("cli", "When: {start} – {end} ({zone})").format(
            start=f"{m.local_start:%Y-%m-%d %H:%M}", end=f"{m.local_end:%H:%M}", zone=m.timezone
        )
    )
    if m.place or m.online_link:
        print(
            translate("cli", "Where: {place}").format(
                place=" · ".join(p for p in (m.place, m.online_link) if p)
            )
        )
    if m.status_reason:
        print(translate("cli", "Reason: {reason}").format(reason=m.status_reason))
    print(
        translate("cli", "Chair: {chair}   Minutes: {taker}").format(
            chair=record.chair or "-", taker=record.minute_taker or "-"
        )
    )
    print(translate("cli", "Agenda:"))
    for item in record.agenda:
        source = "" if item.source == "manual" else f" [{label(AGENDA_SOURCE_LABELS, item.source)}]"
        print(f"  {item.position}. {item.title}{source}")
        if item.letter_reference is not None:
            print(
                translate("cli", "     about letter {reference}").format(
                    reference=item.letter_reference or "-"
                )
            )
        if item.discussion:
            print(f"     {item.discussion}")
    print(translate("cli", "Attendance:"))
    for a in record.invitees:
        who = a.name or "-"
        extra = f" ({a.represented_by})" if a.represented_by else ""
        print(f"  {a.agency_code:<12} {who:<28} {label(ATTENDANCE_LABELS, a.status)}{extra}")
    if record.decisions:
        print(translate("cli", "Decisions:"))
        for d in record.decisions:
            print(f"  {d.position}. {d.text}")
    if record.actions:
        print(translate("cli", "Action items:"))
        for a in record.actions:
            print(f"  - {a.what} — {a.owner_agency} — {a.due_on} — {label(ACTION_STATUS_LABELS, a.status)}")
    for x in record.addenda:
        print(
            translate("cli", "Addendum by {author} at {at}: {text}").format(
                author=x.author, at=f"{x.at:%Y-%m-%d %H:%M}", text=x.text
            )
        )


COMMANDS = {"meeting": cmd_meeting}

"""The correspondence commands: `letter` (the register, incoming and our own letters) and
`comms` (the log of calls and messages). Hooked into app.cli by `add_commands` and `COMMANDS`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.cli_args import date_argument
from app.config import Config
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(commands: Any) -> None:
    json_help = translate("cli", "machine-readable output")
    letter = commands.add_parser("letter", help=translate("cli", "the letter register"))
    sub = letter.add_subparsers(dest="letter_command", metavar="COMMAND", required=True)
    listing = sub.add_parser("list", help=translate("cli", "list letters (newest first)"))
    listing.add_argument("--json", action="store_true", help=json_help)
    listing.add_argument("--kind", choices=("in", "out", "memo"))
    listing.add_argument(
        "--awaiting-reply", action="store_true", help=translate("cli", "only letters still awaiting a reply")
    )
    listing.add_argument("--overdue", action="store_true", help=translate("cli", "only replies past due"))
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--limit", type=int, default=100, metavar="N")
    show = sub.add_parser("show", help=translate("cli", "one letter with its thread and dispositions"))
    show.add_argument("number", metavar="NUMBER")
    show.add_argument("--json", action="store_true", help=json_help)

    register = sub.add_parser("register", help=translate("cli", "enter an incoming letter in the agenda"))
    register.add_argument("--subject", required=True, metavar="TEXT")
    register.add_argument("--from-agency", default="", metavar="CODE")
    register.add_argument("--from-name", default="", metavar="NAME")
    register.add_argument("--their-number", default="", metavar="NUMBER")
    register.add_argument("--dated", type=date_argument, metavar="YYYY-MM-DD")
    register.add_argument("--received", type=date_argument, metavar="YYYY-MM-DD")
    register.add_argument("--security", default="biasa", metavar="SIFAT")
    register.add_argument("--reply-by", type=date_argument, metavar="YYYY-MM-DD")
    register.add_argument("--summary", default="", metavar="TEXT")
    register.add_argument("--scan", action="append", default=[], metavar="FILE")
    register.add_argument("--case", action="append", default=[], metavar="NUMBER")

    draft = sub.add_parser("draft", help=translate("cli", "draft an outgoing letter or memo"))
    draft.add_argument("--kind", choices=("out", "memo", "invitation"), default="out")
    draft.add_argument("--subject", required=True, metavar="TEXT")
    draft.add_argument("--to", required=True, metavar="POSITION")
    draft.add_argument("--body", default="", metavar="TEXT")
    draft.add_argument("--security", default="biasa", metavar="SIFAT")
    draft.add_argument("--classification", default="", metavar="CODE")
    draft.add_argument("--signer", default="", metavar="USERNAME")
    draft.add_argument("--copy", action="append", default=[], metavar="TO")
    draft.add_argument("--reply-to", metavar="NUMBER")
    for name, text in (
        ("approve", translate("cli", "approve a draft")),
        ("sign", translate("cli", "sign an approved letter: its number is issued")),
        ("send", translate("cli", "mark a signed letter sent")),
    ):
        step = sub.add_parser(name, help=text)
        step.add_argument("id", metavar="ID")
    pattern = sub.add_parser("pattern", help=translate("cli", "show or set this site's numbering patterns"))
    pattern.add_argument("kind", nargs="?", choices=("out", "memo", "invitation"))
    pattern.add_argument("pattern", nargs="?", metavar="PATTERN")

    comms = commands.add_parser("comms", help=translate("cli", "the log of calls and messages"))
    comm_sub = comms.add_subparsers(dest="comms_command", metavar="COMMAND", required=True)
    comm_list = comm_sub.add_parser("list", help=translate("cli", "list logged contacts (newest first)"))
    comm_list.add_argument("--json", action="store_true", help=json_help)
    comm_list.add_argument("--case", default="", metavar="NUMBER")
    comm_list.add_argument("--limit", type=int, default=100, metavar="N")
    log = comm_sub.add_parser("log", help=translate("cli", "log a call, message, e-mail or visit"))
    log.add_argument("--channel", default="phone", metavar="CHANNEL")
    log.add_argument("--direction", choices=("in", "out"), default="in")
    log.add_argument("--with", dest="counterpart", default="", metavar="NAME")
    log.add_argument("--agency", default="", metavar="CODE")
    log.add_argument("--phone", default="", metavar="PHONE")
    log.add_argument("--summary", required=True, metavar="TEXT")
    log.add_argument("--follow-up", default="", metavar="TEXT")
    log.add_argument("--due", type=date_argument, metavar="YYYY-MM-DD")
    log.add_argument("--case", default="", metavar="NUMBER")


def _letter_id(text: str) -> Any:
    import uuid

    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a letter id."), field="id", value=text
        ) from None


def _cmd_letter(config: Config, args: argparse.Namespace) -> int:
    from app.cli import print_json
    from app.cli_access import open_desk
    from app.labels import label
    from app.letter_labels import LETTER_STATUS_LABELS, SECURITY_LABELS
    from app.services import letters, numbering

    desk = open_desk(config)
    try:
        command = args.letter_command
        if command == "list":
            flt = letters.LetterFilter(
                kind=args.kind, awaiting_reply=args.awaiting_reply, overdue=args.overdue, text=args.search
            )
            rows = letters.list_letters(desk, flt, limit=args.limit)
            if args.json:
                print_json([asdict(r) for r in rows])
            for r in rows if not args.json else ():
                flags = ("R" if r.awaiting_reply else " ") + ("L" if r.overdue else " ")
                print(
                    f"{r.reference or '(' + label(LETTER_STATUS_LABELS, r.status) + ')':<34} "
                    f"{r.registered_on} {flags} {label(SECURITY_LABELS, r.security):<14} "
                    f"{r.counterpart} — {r.subject}"
                )
        elif command == "show":
            detail = letters.letter_detail(desk, args.number)
            if args.json:
                print_json(asdict(detail))
            else:
                _print_letter(detail)
        elif command == "register":
            done = letters.register_incoming(
                desk,
                letters.IncomingLetter(
                    received_on=args.received or date.today(),
                    subject=args.subject,
                    security=args.security,
                    sender_agency=args.from_agency,
                    sender_name=args.from_name,
                    sender_number=args.their_number,
                    dated_on=args.dated,
                    summary=args.summary,
                    reply_by=args.reply_by,
                    scans=tuple(Path(p) for p in args.scan),
                    case_numbers=tuple(args.case),
                ),
            )
            print(translate("cli", "Registered as {reference}.").format(reference=done.reference))
        elif command == "draft":
            letter_id = letters.draft_letter(
                desk,
                letters.LetterDraft(
                    kind=args.kind,
                    subject=args.subject,
                    addressee=args.to,
                    body=args.body,
                    security=args.security,
                    classification=args.classification,
                    signer=args.signer,
                    copies=tuple(args.copy),
                    in_reply_to=args.reply_to,
                ),
            )
            print(translate("cli", "Draft saved: {id}").format(id=letter_id))
        elif command == "approve":
            letters.approve_letter(desk, _letter_id(args.id))
            print(translate("cli", "Approved."))
        elif command == "sign":
            number = letters.sign_letter(desk, _letter_id(args.id))
            print(translate("cli", "Signed as {number}.").format(number=number))
        elif command == "send":
            letters.send_letter(desk, _letter_id(args.id))
            print(translate("cli", "Marked sent."))
        else:
            if args.kind and args.pattern:
                numbering.set_pattern(desk, args.kind, args.pattern)
            for kind, pattern in numbering.patterns(desk).items():
                if not args.kind or args.kind == kind:
                    print(f"{kind:<11} {pattern}")
    finally:
        desk.close()
    return 0


def _print_letter(detail: Any) -> None:
    from app.labels import label
    from app.letter_labels import INSTRUCTION_LABELS, LETTER_STATUS_LABELS, SECURITY_LABELS

    print(
        f"{detail.reference or '-'}  [{label(LETTER_STATUS_LABELS, detail.status)}]  "
        f"{label(SECURITY_LABELS, detail.security)}"
    )
    print(translate("cli", "Subject: {subject}").format(subject=detail.subject))
    if detail.kind == "in":
        print(
            translate("cli", "From: {sender}  ({number}, {date})").format(
                sender=detail.sender or "-", number=detail.sender_number or "-", date=detail.dated_on or "-"
            )
        )
        print(
            translate("cli", "Received: {date}   Reply by: {reply_by}").format(
                date=detail.received_on, reply_by=detail.reply_by or "-"
            )
        )
    else:
        print(translate("cli", "To: {addressee}").format(addressee=detail.addressee))
        if detail.signer:
            print(translate("cli", "Signer: {name}").format(name=detail.signer))
    if detail.awaiting_reply:
        print(
            translate("cli", "Awaiting a reply (overdue).")
            if detail.overdue
            else translate("cli", "Awaiting a reply.")
        )
    if detail.summary:
        print(detail.summary)
    if detail.in_reply_to:
        print(translate("cli", "In reply to: {reference}").format(reference=detail.in_reply_to.reference))
    for reply in detail.replies:
        print(translate("cli", "Answered by: {reference}").format(reference=reply.reference or "-"))
    for copy in detail.copies:
        print(translate("cli", "Copy to: {recipient}").format(recipient=copy))
    for meeting in detail.meetings:
        print(translate("cli", "On the agenda of: {meeting}").format(meeting=meeting.reference))
    for item in detail.dispositions:
        steps = ", ".join(label(INSTRUCTION_LABELS, i) for i in item.instructions)
        print(f"{'  ' * item.depth}→ {item.from_name} {item.given_on} ({steps}) {item.due_on or ''}")
        for r in item.recipients:
            print(f"{'  ' * item.depth}   {'*' if r.lead else '-'} {r.name}: {r.status}")


def _cmd_comms(config: Config, args: argparse.Namespace) -> int:
    from app.cli import print_json
    from app.cli_access import open_desk
    from app.labels import label
    from app.letter_labels import COMM_CHANNEL_LABELS
    from app.services import comms

    desk = open_desk(config)
    try:
        if args.comms_command == "list":
            rows = comms.list_communications(desk, comms.CommFilter(case_number=args.case), limit=args.limit)
            if args.json:
                print_json([asdict(r) for r in rows])
            for r in rows if not args.json else ():
                print(
                    f"{r.at:%Y-%m-%d %H:%M} {label(COMM_CHANNEL_LABELS, r.channel):<14} {r.direction:<3} "
                    f"{r.counterpart or r.agency or r.counterpart_phone} — {r.summary}"
                    + (f"  [{r.case_number}]" if r.case_number else "")
                )
        else:
            comms.log_communication(
                desk,
                comms.CommInput(
                    channel=args.channel,
                    direction=args.direction,
                    at=datetime.now().astimezone(),
                    counterpart_name=args.counterpart,
                    counterpart_agency=args.agency,
                    counterpart_phone=args.phone,
                    summary=args.summary,
                    follow_up=args.follow_up,
                    follow_up_due=args.due,
                    case_number=args.case,
                ),
            )
            print(translate("cli", "Logged."))
    finally:
        desk.close()
    return 0


COMMANDS = {"letter": _cmd_letter, "comms": _cmd_comms}

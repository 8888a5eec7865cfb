"""`jejaring case ...`: the case register from the command line (list, show, open, set, link,
import, export)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import cli_atrest
from app.config import Config
from app.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(commands: Any) -> None:
    case = commands.add_parser("case", help=translate("cli", "the case register"))
    sub = case.add_subparsers(dest="case_command", metavar="COMMAND", required=True)
    listing = sub.add_parser("list", help=translate("cli", "list cases (newest first)"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    listing.add_argument("--status", action="append", default=[], metavar="S")
    listing.add_argument("--country", metavar="ISO2")
    listing.add_argument("--category", action="append", default=[], metavar="CODE")
    listing.add_argument(
        "--overdue", action="store_true", help=translate("cli", "only cases with a step past due")
    )
    listing.add_argument(
        "--owed-by", metavar="AGENCY", help=translate("cli", "only cases where AGENCY owes a step")
    )
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--limit", type=int, default=100, metavar="N")
    show = sub.add_parser("show", help=translate("cli", "one case with its worker, timeline and next steps"))
    show.add_argument("number", metavar="NUMBER")
    show.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    show.add_argument(
        "--break-glass",
        metavar="REASON",
        help=translate("cli", "read the sensitive fields without a need to know (recorded with the reason)"),
    )
    importer = sub.add_parser("import", help=translate("cli", "import cases from an .xlsx or .csv register"))
    importer.add_argument("file", metavar="FILE")
    importer.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "check every row, import nothing")
    )
    importer.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=translate("cli", "which field a column holds, when its header is not recognised"),
    )
    exporter = sub.add_parser("export", help=translate("cli", "write cases to an .xlsx or .csv file"))
    exporter.add_argument("file", metavar="FILE")
    exporter.add_argument("--status", action="append", default=[], metavar="S")
    exporter.add_argument("--country", metavar="ISO2")
    cli_atrest.add_encrypt_option(exporter)
    setter = sub.add_parser("set", help=translate("cli", "correct one field, validated like the form"))
    setter.add_argument("number", metavar="NUMBER")
    setter.add_argument("field", metavar="FIELD")
    setter.add_argument("value", metavar="VALUE")
    linker = sub.add_parser("link-letter", help=translate("cli", "link a registered letter to a case"))
    linker.add_argument("number", metavar="NUMBER")
    linker.add_argument(
        "letter", metavar="LETTER", help=translate("cli", "the letter's number or agenda number")
    )


def cmd_case(config: Config, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.cli import print_json
    from app.cli_access import open_desk
    from app.services import case_activity, cases

    desk = open_desk(config)
    try:
        if args.case_command == "list":
            from app.labels import CASE_STATUS_LABELS, label

            flt = cases.CaseFilter(
                statuses=tuple(args.status),
                categories=tuple(args.category),
                country=args.country,
                overdue=args.overdue,
                owed_by_agency=args.owed_by,
                text=args.search,
            )
            rows = cases.list_cases(desk, flt, limit=args.limit)
            if args.json:
                print_json([asdict(r) for r in rows])
            else:
                for r in rows:
                    flags = ("!" if r.life_threatening else " ") + ("L" if r.overdue else " ")
                    print(
                        f"{r.number:<24} {r.reported_on} {flags} {label(CASE_STATUS_LABELS, r.status):<22} "
                        f"{r.country or '--':<3} "
                        f"{r.worker_name} — {r.category}"
                    )
        elif args.case_command == "show":
            from app.services.audit import record_access
            from app.services.case_links import case_links

            if args.break_glass is not None:
                from app.services import sensitive

                sensitive.break_glass(desk, args.number, args.break_glass)
            detail = case_activity.case_detail(desk, args.number)
            record_access(desk, "read", "case_file", detail.id, {"view": "case_show"})
            links = case_links(desk, args.number)
            if args.json:
                print_json(
                    asdict(detail)
                    | {"letters": asdict(links)["letters"], "meetings": asdict(links)["meetings"]}
                )
            else:
                _print_case(detail)
                _print_links(links)
        elif args.case_command == "import":
            return _import_cases(desk, args)
        elif args.case_command == "export":
            from app.services import spreadsheet

            flt = cases.CaseFilter(statuses=tuple(args.status), country=args.country)
            from app import outgoing

            passphrase = cli_atrest.export_passphrase() if args.encrypt else None
            with outgoing.sealed(Path(args.file), passphrase) as path:
                count = spreadsheet.export_cases(desk, path, flt)
            written = outgoing.sealed_name(Path(args.file), passphrase)
            print(translate("cli", "Cases written to {path}: {count}.").format(count=count, path=written))
        elif args.case_command == "link-letter":
            from app.services.case_links import link_letter

            reference = link_letter(desk, args.number, args.letter)
            print(
                translate("cli", "Letter {reference} linked to case {number}.").format(
                    reference=reference, number=args.number
                )
            )
        else:
            cases.set_field(desk, args.number, args.field, args.value)
            print(translate("cli", "{number}: {field} set.").format(number=args.number, field=args.field))
    finally:
        desk.close()
    return 0


def _import_cases(desk: Any, args: argparse.Namespace) -> int:
    from app.errors import ValidationError
    from app.services import spreadsheet

    sheet = spreadsheet.read_sheet(Path(args.file))
    mapping = spreadsheet.guess_mapping(sheet.headers)
    for item in args.map:
        column, _, name = item.partition("=")
        if name not in spreadsheet.FIELDS or column not in sheet.headers:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Cannot map {item}: write COLUMN=FIELD with a column of the file."
                ),
                item=item,
            )
        mapping = {k: v for k, v in mapping.items() if v != name}
        mapping[sheet.headers.index(column)] = name
    for index, name in sorted(mapping.items()):
        print(translate("cli", "column “{column}” → {field}").format(column=sheet.headers[index], field=name))
    report = spreadsheet.import_cases(desk, sheet, mapping, confirm=not args.dry_run)
    for row in report.rows:
        for problem in row.problems:
            text = translate("errors", problem.message).format(**problem.values)
            print(translate("cli", "row {row}: {message}").format(row=row.row, message=text))
    summary = (
        translate("cli", "{valid} rows valid, {invalid} rows with errors; nothing imported (dry run).")
        if args.dry_run
        else translate("cli", "{valid} cases imported; {invalid} rows with errors were skipped.")
    )
    print(summary.format(valid=report.valid, invalid=report.invalid))
    return 0 if report.invalid == 0 else 3


def _print_case(detail: Any) -> None:
    worker = detail.worker
    from app.labels import CASE_STATUS_LABELS, label

    print(f"{detail.number}  [{label(CASE_STATUS_LABELS, detail.status)}]  {detail.category_name}")
    print(translate("cli", "Worker: {name}").format(name=worker["full_name"]))
    print(
        translate("cli", "Reported: {date}   Country: {country}   Lead: {lead}").format(
            date=detail.reported_on, country=detail.country or "-", lead=detail.lead_agency or "-"
        )
    )
    if detail.participants:
        print(translate("cli", "Agencies involved: {codes}").format(codes=", ".join(detail.participants)))
    if detail.summary:
        print(detail.summary)
    if detail.masked:
        print(
            translate(
                "cli",
                "Sensitive fields are hidden: you have no need to know. To read them, give a reason: "
                "--break-glass REASON (it is recorded).",
            )
        )
    if detail.next_steps:
        print(translate("cli", "Next steps:"))
        for step in detail.next_steps:
            line = (
                translate("cli", "  - {what} — {agency} — due {due} (overdue)")
                if step.overdue
                else translate("cli", "  - {what} — {agency} — due {due}")
            )
            print(line.format(what=step.what, agency=step.agency_code or "-", due=step.due_on or "-"))
    print(translate("cli", "Timeline:"))
    for item in detail.timeline:
        print(f"  {item.at:%Y-%m-%d %H:%M} {item.agency or '-'} {item.officer}: {item.text}")


def _print_links(links: Any) -> None:
    """The letters and meetings of a case, under its timeline (app/services/case_links.py)."""
    from app.labels import MEETING_STATUS_LABELS, label
    from app.letter_labels import LETTER_KIND_LABELS, LETTER_STATUS_LABELS

    if links.letters or links.hidden_letters:
        print(translate("cli", "Letters:"))
    for letter in links.letters:
        flag = (
            translate("cli", " (reply overdue since {date})").format(date=letter.reply_by)
            if letter.overdue
            else translate("cli", " (awaiting reply by {date})").format(date=letter.reply_by)
            if letter.awaiting_reply
            else ""
        )
        print(
            f"  {letter.reference or '-'}  {letter.dated_on or letter.registered_on}  "
            f"{label(LETTER_KIND_LABELS, letter.kind)}  [{label(LETTER_STATUS_LABELS, letter.status)}]  "
            f"{letter.subject}{flag}"
        )
    if links.hidden_letters:
        print(
            translate("cli", "  and {count} confidential letters you may not read").format(
                count=links.hidden_letters
            )
        )
    if links.meetings:
        print(translate("cli", "Meetings:"))
    for meeting in links.meetings:
        where = translate("cli", "on the agenda") if meeting.on_agenda else translate("cli", "action items")
        print(
            f"  {meeting.reference}  {meeting.forum_name}  [{label(MEETING_STATUS_LABELS, meeting.status)}]  "
            f"{where}"
        )
        for action in meeting.actions:
            owner = " — ".join(p for p in (action.owner_agency, action.owner_officer) if p)
            state = (
                translate("cli", "done {date}").format(date=action.done_on)
                if action.done_on
                else translate("cli", "due {date} (overdue)").format(date=action.due_on)
                if action.overdue
                else translate("cli", "due {date}").format(date=action.due_on)
            )
            print(f"    - {action.what} — {owner} — {state}")


COMMANDS = {"case": cmd_case}

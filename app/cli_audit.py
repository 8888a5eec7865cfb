"""`jejaring audit ...` (verify, list and export the tamper-evident audit trail) and
`jejaring worker ...` (a worker's lawful basis and data-subject report, UU 27/2022)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import cli_atrest
from app.cli_args import optional_date
from app.config import Config
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(commands: Any) -> None:
    worker_commands(commands)
    retention_commands(commands)
    breach_commands(commands)
    audit = commands.add_parser(
        "audit", help=translate("cli", "the audit trail (auditors and administrators)")
    )
    sub = audit.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    sub.add_parser("verify", help=translate("cli", "check that no audit entry was altered, removed or added"))
    listing = sub.add_parser("list", help=translate("cli", "list audit entries (newest first)"))
    _filter_arguments(listing, "--to")
    listing.add_argument("--limit", type=int, default=100, metavar="N")
    listing.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help=translate("cli", "write audit entries to an .xlsx or .csv file"))
    _filter_arguments(export, "--until")
    export.add_argument("--to", required=True, metavar="FILE")
    cli_atrest.add_encrypt_option(export)


def _filter_arguments(parser: argparse.ArgumentParser, end_flag: str) -> None:
    """`list --to D`; `export` spends --to on its file, so its period ends with --until."""
    parser.add_argument("--officer", metavar="USERNAME")
    parser.add_argument(
        "--record", metavar="ENTITY:ID|NUMBER", help=translate("cli", "one record, or a case and its worker")
    )
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    parser.add_argument(end_flag, dest="end", metavar="YYYY-MM-DD")
    parser.add_argument("--action", action="append", default=[], metavar="ACTION")


def _filter(desk: Any, args: argparse.Namespace) -> Any:
    from app.services import audit

    return audit.AuditFilter(
        officer=args.officer,
        records=audit.parse_record(desk, args.record) if args.record else (),
        start=optional_date(args.start, "start"),
        end=optional_date(args.end, "end"),
        actions=tuple(args.action),
    )


def cmd_audit(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import audit

    desk = open_desk(config)
    try:
        if args.audit_command == "verify":
            report = audit.verify_chain(desk)
            if not report.ok:
                print("jejaring: " + audit.break_message(report), file=sys.stderr)
                print(
                    translate("cli", "{count} entries before it are sound.").format(count=report.count),
                    file=sys.stderr,
                )
                return 1
            print(
                translate("cli", "Audit trail OK: {count} entries, chain head {head}.").format(
                    count=report.count, head=report.head[:16]
                )
            )
        elif args.audit_command == "list":
            flt = _filter(desk, args)
            entries = audit.list_entries(desk, flt, limit=args.limit)
            if args.json:
                from dataclasses import asdict

                from app.cli import print_json

                print_json([asdict(e) for e in entries])
            else:
                for e in entries:
                    action = translate("audit", audit.ACTION_LABELS.get(e.action, e.action))
                    print(
                        f"{e.id:>8} {e.at:%Y-%m-%d %H:%M:%S} {e.actor:<16} {action:<10} "
                        f"{e.entity}:{e.row_id}  {audit.changes_text(e)}"
                    )
        else:
            from app import outgoing

            passphrase = cli_atrest.export_passphrase() if args.encrypt else None
            with outgoing.sealed(Path(args.to), passphrase) as path:
                count = audit.export_entries(desk, path, _filter(desk, args))
            print(
                translate("cli", "Audit entries written to {path}: {count}.").format(
                    path=outgoing.sealed_name(Path(args.to), passphrase), count=count
                )
            )
    finally:
        desk.close()
    return 0


def worker_commands(commands: Any) -> None:
    worker = commands.add_parser("worker", help=translate("cli", "a worker's personal data (UU 27/2022)"))
    sub = worker.add_subparsers(dest="worker_command", metavar="COMMAND", required=True)
    basis = sub.add_parser(
        "basis", help=translate("cli", "record the lawful basis of processing a worker's data")
    )
    basis.add_argument("worker", metavar="NIK|ID|CASE-NUMBER")
    basis.add_argument(
        "--basis",
        required=True,
        metavar="BASIS",
        help="consent, public_task, vital_interest, legal_obligation",
    )
    basis.add_argument("--consent-on", metavar="YYYY-MM-DD")
    basis.add_argument("--form", default="", metavar="FORM", help="written, oral, electronic")
    report = sub.add_parser(
        "report", help=translate("cli", "all data held about a worker and its processing trail, as a PDF")
    )
    report.add_argument("worker", metavar="NIK|ID|CASE-NUMBER")
    report.add_argument("--to", required=True, metavar="FILE.pdf")
    report.add_argument("--lang", default="id", choices=("id", "en"))
    cli_atrest.add_encrypt_option(report)


def cmd_worker(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import privacy

    desk = open_desk(config)
    try:
        if args.worker_command == "basis":
            privacy.set_lawful_basis(
                desk,
                args.worker,
                args.basis,
                consent_on=optional_date(args.consent_on, "consent_on"),
                consent_form=args.form,
            )
            basis = privacy.lawful_basis(desk, args.worker)
            text = privacy.basis_text(
                {
                    "lawful_basis": basis.basis,
                    "consent_on": basis.consent_on,
                    "consent_form": basis.consent_form,
                }
            )
            print(translate("cli", "Lawful basis recorded: {basis}.").format(basis=text))
        else:
            target = Path(args.to)
            if target.suffix.lower() != ".pdf":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Write the report to a .pdf file."), field="to"
                )
            issued = privacy.print_subject_report(desk, args.worker, language=args.lang)
            from app import outgoing
            from app.files import write_atomically

            passphrase = cli_atrest.export_passphrase() if args.encrypt else None
            with outgoing.sealed(target, passphrase) as path:
                write_atomically(path, issued.pdf)
            print(
                translate("cli", "Personal data report {number} written to {path}.").format(
                    number=issued.info.number, path=outgoing.sealed_name(target, passphrase)
                )
            )
    finally:
        desk.close()
    return 0


def retention_commands(commands: Any) -> None:
    retention = commands.add_parser(
        "retention", help=translate("cli", "how long records are kept, and what is due")
    )
    sub = retention.add_subparsers(dest="retention_command", metavar="COMMAND", required=True)
    rules = sub.add_parser("rules", help=translate("cli", "the retention rules (years per kind of record)"))
    rules.add_argument("--set", action="append", default=[], metavar="KIND=YEARS")
    due = sub.add_parser("due", help=translate("cli", "records whose retention has ended (oldest first)"))
    due.add_argument("--json", action="store_true")
    anonymise = sub.add_parser(
        "anonymise", help=translate("cli", "blank the personal data of records that are due")
    )
    anonymise.add_argument("numbers", nargs="*", metavar="CASE-NUMBER")
    anonymise.add_argument(
        "--all-due", action="store_true", help=translate("cli", "every record on the due list")
    )


def cmd_retention(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import retention

    desk = open_desk(config)
    try:
        if args.retention_command == "rules":
            for item in args.set:
                kind, _, years = item.partition("=")
                if not years.strip().isdigit():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Write KIND=YEARS, for example closed_case=5."),
                        field="set",
                    )
                retention.set_rule(desk, kind.strip(), int(years))
            for rule in retention.rules(desk):
                print(
                    translate("cli", "{kind:<14} {years:>3} years  ({description})").format(
                        kind=rule.kind, years=rule.years, description=translate("retention", rule.description)
                    )
                )
        elif args.retention_command == "due":
            items = retention.due(desk)
            if args.json:
                from dataclasses import asdict

                from app.cli import print_json

                print_json([asdict(i) for i in items])
            else:
                for i in items:
                    print(f"{i.kind:<14} {i.label:<24} {i.ended_on}  {i.due_on}")
                print(translate("cli", "{count} records due for anonymisation.").format(count=len(items)))
        else:
            items = retention.due(desk)
            if args.all_due:
                chosen = [(i.entity, i.row_id) for i in items]
            else:
                by_label = {i.label: (i.entity, i.row_id) for i in items if i.entity == "case_file"}
                missing = [n for n in args.numbers if n not in by_label]
                if missing or not args.numbers:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "Not due for anonymisation: {numbers}. See jejaring retention due."
                        ),
                        field="numbers",
                        numbers=", ".join(missing) or "-",
                    )
                chosen = [by_label[n] for n in args.numbers]
            count = retention.anonymise(desk, chosen)
            print(translate("cli", "{count} records anonymised.").format(count=count))
    finally:
        desk.close()
    return 0


def breach_commands(commands: Any) -> None:
    breach = commands.add_parser("breach", help=translate("cli", "the register of personal data breaches"))
    sub = breach.add_subparsers(dest="breach_command", metavar="COMMAND", required=True)
    add = sub.add_parser("add", help=translate("cli", "register a breach when it is found"))
    add.add_argument("--found", required=True, metavar="YYYY-MM-DD HH:MM", help=translate("cli", "site time"))
    add.add_argument("--what", required=True, metavar="TEXT")
    add.add_argument("--data", default="", metavar="TEXT", help=translate("cli", "which personal data"))
    add.add_argument("--subjects", type=int, default=0, metavar="N")
    add.add_argument("--measures", default="", metavar="TEXT")
    listing = sub.add_parser("list", help=translate("cli", "registered breaches, newest first"))
    listing.add_argument("--json", action="store_true")
    notified = sub.add_parser(
        "notified", help=translate("cli", "record when the authority or the people were told")
    )
    notified.add_argument("number", metavar="NUMBER")
    notified.add_argument("--authority", metavar="YYYY-MM-DD HH:MM")
    notified.add_argument("--subjects", metavar="YYYY-MM-DD HH:MM")
    notified.add_argument("--measures", metavar="TEXT")
    letter = sub.add_parser("letter", help=translate("cli", "print the notification letter"))
    letter.add_argument("number", metavar="NUMBER")
    letter.add_argument("--for", dest="audience", default="authority", choices=("authority", "subjects"))
    letter.add_argument("--to", required=True, metavar="FILE.pdf")
    letter.add_argument("--lang", default="id", choices=("id", "en"))


def _print_breach(info: Any, site_zone: Any) -> None:
    """One breach in two lines, times at the site."""

    def local(value: Any) -> str:
        return "-" if value is None else f"{value.astimezone(site_zone):%Y-%m-%d %H:%M}"

    late = translate("cli", " (OVERDUE)") if info.overdue else ""
    print(
        translate("cli", "{number}  found {found}  notice due {deadline}{late}  people: {subjects}").format(
            number=info.number,
            found=local(info.found_at),
            deadline=local(info.deadline),
            late=late,
            subjects=info.subjects,
        )
    )
    print(
        translate("cli", "    authority told: {authority}   people told: {people}").format(
            authority=local(info.authority_notified_at), people=local(info.subjects_notified_at)
        )
    )


def cmd_breach(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import breaches

    desk = open_desk(config)
    try:
        site_zone = breaches.zone(desk)
        if args.breach_command == "add":
            info = breaches.record_breach(
                desk,
                found_at=breaches.parse_local(desk, args.found, "found_at"),
                description=args.what,
                data_kinds=args.data,
                subjects=args.subjects,
                measures=args.measures,
            )
            print(translate("cli", "Breach {number} registered.").format(number=info.number))
            _print_breach(info, site_zone)
        elif args.breach_command == "list":
            rows = breaches.breaches(desk)
            if args.json:
                from dataclasses import asdict

                from app.cli import print_json

                print_json([asdict(r) for r in rows])
            else:
                for info in rows:
                    _print_breach(info, site_zone)
        elif args.breach_command == "notified":
            info = breaches.record_notice(
                desk,
                args.number,
                authority_at=breaches.parse_local(desk, args.authority, "authority")
                if args.authority
                else None,
                subjects_at=breaches.parse_local(desk, args.subjects, "subjects") if args.subjects else None,
                measures=args.measures,
            )
            _print_breach(info, site_zone)
        else:
            target = Path(args.to)
            if target.suffix.lower() != ".pdf":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Write the report to a .pdf file."), field="to"
                )
            issued = breaches.print_notice(desk, args.number, args.audience, language=args.lang)
            from app.files import write_atomically

            write_atomically(target, issued.pdf)
            print(
                translate("cli", "Notification {number} written to {path}.").format(
                    number=issued.info.number, path=args.to
                )
            )
    finally:
        desk.close()
    return 0


COMMANDS = {"audit": cmd_audit, "worker": cmd_worker, "retention": cmd_retention, "breach": cmd_breach}

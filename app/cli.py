"""The `jejaring` command line. With no command it opens the desk window (through a launcher
handed in by the ui package, so this core module never imports Qt).

Errors are one clear line on stderr and a non-zero exit; files are written under a temporary
name and renamed when complete, so nothing half-written is left behind.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from app import __version__, cli_access, cli_atrest, cli_letters, cli_server
from app.config import Config, load_config
from app.errors import DomainError
from app.i18n import QT_TRANSLATE_NOOP, translate

GuiLauncher = Callable[[Config, bool], int]
"""Opens the window on `config`; the bool asks for the self-test instead. Returns an exit code."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jejaring",
        description=translate(
            "cli", "Jejaring: coordination desk for the protection of Indonesian migrant workers."
        ),
    )
    parser.add_argument("--version", action="version", version=f"jejaring {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("cli", "data folder (default: JEJARING_HOME or the user data folder)"),
    )
    parser.add_argument(
        "--db", metavar="URL", help=translate("cli", "database URL (default: SQLite in the data folder)")
    )
    parser.add_argument(
        "--self-test", action="store_true", help=translate("cli", "check this installation and exit")
    )
    parser.add_argument(
        "--user", metavar="USERNAME", help=translate("cli", "who runs the command (default: JEJARING_USER)")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser(
        "init", help=translate("cli", "set up this desk's office and first administrator")
    )
    init.add_argument("--site-code", required=True, metavar="CODE")
    init.add_argument("--site-name", required=True, metavar="NAME")
    init.add_argument("--agency", required=True, metavar="CODE")
    init.add_argument("--country", default="ID", metavar="ISO2")
    init.add_argument("--city", default="", metavar="CITY")
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--admin-name", default="", metavar="NAME")
    init.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "cli",
            "read the administrator's password from standard input (else JEJARING_PASSWORD, else a prompt)",
        ),
    )

    demo = commands.add_parser("demo", help=translate("cli", "add realistic sample data (fictional people)"))
    demo.add_argument("--cases", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=2026, metavar="N")

    db = commands.add_parser("db", help=translate("cli", "database maintenance"))
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    db_commands.add_parser(
        "upgrade", help=translate("cli", "back up the database and bring its schema up to date")
    )
    dump = db_commands.add_parser(
        "dump", help=translate("cli", "canonical JSON lines of every replicated record")
    )
    dump.add_argument(
        "--out", metavar="FILE", help=translate("cli", "write to FILE instead of standard output")
    )
    cli_server.add_copy_command(db_commands)
    cli_atrest.add_db_commands(db_commands)
    _case_commands(commands)
    _meeting_commands(commands)
    cli_letters.add_commands(commands)
    _documents_commands(commands)
    _sync_commands(commands)
    _stats_commands(commands)
    cli_access.user_commands(commands)
    _audit_commands(commands)
    return parser


def _case_commands(commands: Any) -> None:
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


@contextmanager
def _atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file that appears only once completely written."""
    if path is None:
        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _cmd_init(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import new_password
    from app.services import office
    from app.services.desk import open_desk

    desk = open_desk(config)
    try:
        if args.password_stdin:
            password = new_password(args, "")
        elif "JEJARING_PASSWORD" in os.environ:
            password = os.environ["JEJARING_PASSWORD"]
        else:
            password = new_password(args, translate("cli", "Password of the first administrator: "))
        status = office.initialize(
            desk,
            office.OfficeSetup(
                site_code=args.site_code,
                site_name=args.site_name,
                agency_code=args.agency,
                country=args.country,
                city=args.city,
                admin_username=args.admin,
                admin_name=args.admin_name,
                admin_password=password,
            ),
        )
        recovery_code = desk.recovery_code
    finally:
        desk.close()
    assert status.site is not None
    if recovery_code:
        cli_atrest.print_recovery_code(recovery_code)
    print(
        translate("cli", "Set up site {code} ({name}) in {database}.").format(
            code=status.site.code, name=status.site.name, database=config.database_label
        )
    )
    return 0


def _cmd_demo(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import demo

    desk = open_desk(config)
    try:
        if not desk.initialized:
            raise DomainError(
                translate("cli", "This desk has not been set up yet: run `jejaring init` first.")
            )
        added = demo.load_demo(desk, cases=args.cases, seed=args.seed)
    finally:
        desk.close()
    print(translate("cli", "Sample cases added: {count}.").format(count=added))
    return 0


def _cmd_db(config: Config, args: argparse.Namespace) -> int:
    from app.persistence import schema
    from app.persistence.db import Database

    if args.db_command == "upgrade":
        config.data_dir.mkdir(parents=True, exist_ok=True)
        if cli_atrest.encrypted(config):  # signing in unlocks, unlocking upgrades (backup first)
            from app.cli_access import open_desk

            desk = open_desk(config)
            desk.close()
            result = desk.upgrade
        else:
            db = Database(config.database_url)
            try:
                result = schema.upgrade(db, config.backups_dir)
            finally:
                db.dispose()
        if result.before == result.after:
            print(
                translate("cli", "The database is up to date (schema {revision}).").format(
                    revision=result.after
                )
            )
        else:
            print(
                translate("cli", "Upgraded the database from schema {before} to {after}.").format(
                    before=result.before or "-", after=result.after
                )
            )
            if result.backup:
                print(translate("cli", "Backup: {path}").format(path=result.backup))
        return 0
    if args.db_command in cli_atrest.DB_COMMANDS:
        return cli_atrest.cmd_db(config, args)
    from app.cli_access import open_desk

    desk = open_desk(config)
    try:
        from app.services import access

        # a copy of the whole database holds every confidential letter and sensitive field (before
        # setup it holds only the shipped reference data, and nobody can sign in yet)
        if desk.initialized:
            access.require(desk, access.Permission.MANAGE_SETTINGS)
        if args.db_command == "copy":
            return cli_server.cmd_copy(config, args, desk)
        else:
            from app.persistence.dump import dump_lines

            with desk.read() as session, _atomic_output(args.out) as out:
                for line in dump_lines(session):
                    out.write(line + "\n")
    finally:
        desk.close()
    return 0


def _cmd_case(config: Config, args: argparse.Namespace) -> int:
    from dataclasses import asdict

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


def _cmd_documents(name: str) -> Callable[[Config, argparse.Namespace], int]:
    def run(config: Config, args: argparse.Namespace) -> int:
        from app import cli_documents

        return cli_documents.COMMANDS[name](config, args)

    return run


_DOCUMENT_COMMANDS = {"print": _cmd_documents("print"), "verify": _cmd_documents("verify")}

COMMANDS: dict[str, Callable[[Config, argparse.Namespace], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "db": _cmd_db,
    "case": _cmd_case,
    "meeting": lambda config, args: _cmd_meeting(config, args),  # defined at the end
    **_DOCUMENT_COMMANDS,
}
COMMANDS.update(cli_letters.COMMANDS)


def main(argv: Sequence[str] | None = None, launch_gui: GuiLauncher | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.data_dir, args.db)
        cli_access.USER = args.user
        if args.command is None:
            if launch_gui is None:
                parser.error(
                    translate("cli", "no command given (the window is opened by the jejaring program)")
                )
            return launch_gui(config, bool(args.self_test))
        return COMMANDS[args.command](config, args)
    except DomainError as error:
        print(f"jejaring: {error.translated()}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `jejaring db dump | head`: the reader has all it wanted
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("jejaring: " + translate("cli", "interrupted; nothing was changed."), file=sys.stderr)
        return 130
    except Exception as error:  # one clear line, never a traceback for a person to decode
        first_line = (str(error).strip().splitlines() or [""])[0][:300]
        print(f"jejaring: {type(error).__name__}: {first_line}", file=sys.stderr)
        return 1


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def today() -> date:
    return date.today()


# --- meetings (app/cli_meetings.py) ---------------------------------------------------------------


def _meeting_commands(commands: Any) -> None:
    from app.cli_meetings import meeting_commands

    meeting_commands(commands)


def _cmd_meeting(config: Config, args: argparse.Namespace) -> int:
    from app.cli_meetings import cmd_meeting

    return cmd_meeting(config, args)


# --- documents (issue 6): `print` and `verify` live in app/cli_documents.py ----------------------
def _documents_commands(commands: Any) -> None:
    from app.cli_documents import document_commands

    document_commands(commands)


# --- sync by bundle files (issue 7): app/cli_sync.py holds the commands -------------------------


def _sync_commands(commands: Any) -> None:
    from app.cli_sync import sync_commands

    sync_commands(commands)


def _cmd_sync(config: Config, args: argparse.Namespace) -> int:
    from app import cli_sync

    handlers = {
        "site": cli_sync.cmd_site,
        "bundle": cli_sync.cmd_bundle,
        "conflicts": cli_sync.cmd_conflicts,
        "quarantine": cli_sync.cmd_quarantine,
    }
    return handlers[args.command](config, args)


COMMANDS.update(dict.fromkeys(("site", "bundle", "conflicts", "quarantine"), _cmd_sync))


# --- dashboard figures (issue 10): app/cli_stats.py -----------------------------------------------


def _stats_commands(commands: Any) -> None:
    from app.cli_stats import stats_commands

    stats_commands(commands)


def _cmd_stats(config: Config, args: argparse.Namespace) -> int:
    from app.cli_stats import cmd_stats

    return cmd_stats(config, args)


COMMANDS["stats"] = _cmd_stats


# --- accounts (issue 8): app/cli_access.py signs every command in and holds `user ...` ------------

COMMANDS["user"] = cli_access.cmd_user


# --- audit trail and data protection (issue 8): app/cli_audit.py ----------------------------------


def _audit_commands(commands: Any) -> None:
    from app.cli_audit import audit_commands

    audit_commands(commands)


def _cmd_audit(config: Config, args: argparse.Namespace) -> int:
    from app.cli_audit import COMMANDS as AUDIT_COMMANDS

    return AUDIT_COMMANDS[args.command](config, args)


COMMANDS.update(dict.fromkeys(("audit", "worker", "retention", "breach"), _cmd_audit))

"""The `jejaring` command line. With no command it opens the desk window (through a launcher
handed in by the ui package, so this core module never imports Qt).

Errors are one clear line on stderr and a non-zero exit; files are written under a temporary
name and renamed when complete, so nothing half-written is left behind.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from app import __version__, cli_access, cli_atrest, cli_server
from app.config import Config, load_config
from app.errors import DomainError
from app.i18n import translate

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
    for area in _areas():
        area.add_commands(commands)
    return parser


#: The command areas, in the order `jejaring --help` lists them: each is a module app/cli_<area>.py
#: with `add_commands(commands)` and `COMMANDS` (command name -> handler). Their top levels import
#: nothing heavy (tests/cli/test_lazy_imports.py): a handler imports the services it runs.
AREAS = ("cases", "meetings", "letters", "documents", "sync", "stats", "access", "audit")


def _areas() -> list[Any]:
    return [importlib.import_module(f"app.cli_{area}") for area in AREAS]


def handlers() -> dict[str, Callable[[Config, argparse.Namespace], int]]:
    """Every command's handler: the core's (set-up and the database) and each area's."""
    found: dict[str, Callable[[Config, argparse.Namespace], int]] = {
        "init": _cmd_init,
        "demo": _cmd_demo,
        "db": _cmd_db,
    }
    for area in _areas():
        found.update(area.COMMANDS)
    return found


@contextmanager
def _atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file that appears only once completely written."""
    if path is None:
        yield sys.stdout
        return
    from app.files import replacing

    with replacing(Path(path)) as partial, partial.open("w", encoding="utf-8", newline="\n") as handle:
        yield handle


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
        return handlers()[args.command](config, args)
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
        from app.redact import one_line  # a server's message may quote a value: never a person's

        print(f"jejaring: {type(error).__name__}: {one_line(error)}", file=sys.stderr)
        return 1


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def today() -> date:
    return date.today()

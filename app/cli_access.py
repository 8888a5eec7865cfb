"""Who runs a command, and the `jejaring user ...` commands.

Every command that opens a set-up desk signs in first, with the same rules as the window (wrong
password counted, lock after repeated failures, disabled accounts refused): the username from
`--user` or JEJARING_USER, the password from JEJARING_PASSWORD (scripts) or a prompt that does not
echo. So the audit trail names the officer behind every change made from the command line.
New passwords (setup, `user add`, `user passwd`) come from `--password-stdin` (one line),
JEJARING_NEW_PASSWORD, or are asked twice at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from app.config import Config
from app.errors import DomainError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate

#: `--user` of this run (set by app.cli.main)
USER: str | None = None
#: the command needs no current password (it is `user passwd` for oneself)
_ALLOW_EXPIRED = False


def open_desk(config: Config, *, keep_plain: bool = False) -> Any:
    """The desk of `config`, signed in as the person running the command (if it is set up);
    signing in unlocks an encrypted desk and encrypts a plain one of an earlier version."""
    from app.services import accounts
    from app.services.desk import open_desk as open_database

    desk = open_database(config)
    desk.keep_plain = keep_plain
    if not desk.initialized:
        return desk
    try:
        username = USER or os.environ.get("JEJARING_USER", "")
        if not username.strip():
            raise DomainError(
                translate(
                    "cli", "Say who you are: --user USERNAME or the environment variable JEJARING_USER."
                )
            )
        password = os.environ.get("JEJARING_PASSWORD")
        if password is None:
            password = _ask(translate("cli", "Password for {username}: ").format(username=username))
        signed = accounts.sign_in(desk, username, password)
        if desk.recovery_code:
            from app.cli_atrest import print_recovery_code

            print(
                translate("cli", "The database was not encrypted yet: it is encrypted now."),
                file=sys.stderr,
            )
            print_recovery_code(desk.recovery_code)
            desk.recovery_code = None
        if not _ALLOW_EXPIRED:
            accounts.require_password_current(signed)
    except BaseException:
        desk.close()
        raise
    return desk


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise DomainError(
            translate("cli", "No password given: set JEJARING_PASSWORD, or run the command in a terminal.")
        )
    return getpass.getpass(prompt)


def new_password(args: argparse.Namespace, prompt: str) -> str:
    """A new password: one line of standard input, JEJARING_NEW_PASSWORD, or typed twice."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    env = os.environ.get("JEJARING_NEW_PASSWORD")
    if env is not None:
        return env
    first = _ask(prompt)
    if getpass.getpass(translate("cli", "The same password again: ")) != first:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The two passwords are not the same."))
    return first


def add_commands(commands: Any) -> None:
    user = commands.add_parser("user", help=translate("cli", "accounts of this site's officers"))
    sub = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    add = sub.add_parser("add", help=translate("cli", "add an officer with an account"))
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--role", required=True, metavar="ROLE")
    add.add_argument("--site", default="", metavar="CODE")
    add.add_argument("--name", default="", metavar="NAME")
    add.add_argument("--agency", default="", metavar="CODE")
    add.add_argument("--unit", default="", metavar="CODE")
    add.add_argument("--password-stdin", action="store_true")
    passwd = sub.add_parser(
        "passwd",
        help=translate("cli", "change your password, or (administrators) reset someone else's"),
    )
    passwd.add_argument("username", metavar="USERNAME")
    passwd.add_argument("--password-stdin", action="store_true")
    for name, text in (
        ("disable", translate("cli", "disable an account (it can no longer sign in)")),
        ("enable", translate("cli", "enable a disabled account")),
    ):
        sub.add_parser(name, help=text).add_argument("username", metavar="USERNAME")
    sub.add_parser("list", help=translate("cli", "the accounts of this site"))
    recover = sub.add_parser(
        "recover",
        help=translate("cli", "set an administrator's forgotten password with the office's recovery key"),
    )
    recover.add_argument("username", metavar="USERNAME")
    recover.add_argument("--password-stdin", action="store_true")


def cmd_user(config: Config, args: argparse.Namespace) -> int:
    global _ALLOW_EXPIRED
    from app.services import accounts
    from app.services.desk import split_login

    if args.user_command == "recover":  # nobody can sign in: the recovery key opens the desk
        from app.cli_atrest import cmd_recover

        return cmd_recover(config, args)

    own = (
        args.user_command == "passwd"
        and split_login(args.username)[0] == split_login(USER or os.environ.get("JEJARING_USER", ""))[0]
    )
    _ALLOW_EXPIRED = own
    desk = open_desk(config)
    try:
        if not desk.initialized:
            raise DomainError(
                translate("cli", "This desk has not been set up yet: run `jejaring init` first.")
            )
        if args.user_command == "add":
            local = not args.site or args.site.strip().upper() == desk.site_code
            password = new_password(args, translate("cli", "Temporary password: ")) if local else None
            info = accounts.add_account(
                desk,
                args.username,
                args.role,
                password,
                full_name=args.name,
                site_code=args.site,
                agency_code=args.agency,
                unit_code=args.unit,
            )
            print(
                translate("cli", "Added {username} ({role}) at {site}.").format(
                    username=info.username, role=info.role, site=info.site_code
                )
            )
        elif args.user_command == "passwd" and own:
            current = os.environ.get("JEJARING_PASSWORD") or _ask(translate("cli", "Current password: "))
            accounts.change_password(desk, current, new_password(args, translate("cli", "New password: ")))
            print(translate("cli", "Password changed."))
        elif args.user_command == "passwd":
            info = accounts.reset_password(
                desk, args.username, new_password(args, translate("cli", "Temporary password: "))
            )
            print(
                translate(
                    "cli", "Password of {username} reset: it must be changed at the next sign-in."
                ).format(username=info.username)
            )
        elif args.user_command in ("disable", "enable"):
            info = accounts.set_active(desk, args.username, args.user_command == "enable")
            text = "{username} is enabled." if info.active else "{username} is disabled."
            print(translate("cli", text).format(username=info.username))
        else:
            _list(accounts.list_accounts(desk))
    finally:
        desk.close()
    return 0


# the two state words of `user list`, for lupdate
_STATES = (
    QT_TRANSLATE_NOOP("cli", "{username} is enabled."),
    QT_TRANSLATE_NOOP("cli", "{username} is disabled."),
)


def _list(rows: list[Any]) -> None:
    from app.models.base import utcnow

    now = utcnow()
    for row in rows:
        state = []
        if not row.active:
            state.append(translate("cli", "disabled"))
        if not row.has_password:
            state.append(translate("cli", "no password here"))
        if row.must_change:
            state.append(translate("cli", "must change password"))
        if row.locked_until is not None and row.locked_until > now:
            state.append(translate("cli", "locked"))
        print(f"{row.username:<20} {row.role:<14} {row.full_name:<30} {', '.join(state)}".rstrip())


COMMANDS = {"user": cmd_user}

"""Encryption at rest on the command line: `db backup` (encrypted), `db restore`, `db encrypt`,
`user recover`, and the passphrase of an encrypted export (docs/security.md).

Passphrases come from the environment (JEJARING_BACKUP_PASSPHRASE, JEJARING_EXPORT_PASSPHRASE,
JEJARING_RECOVERY_KEY: scripts) or are typed at the terminal without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.config import Config
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate

DB_COMMANDS = ("backup", "restore", "encrypt")


def add_db_commands(db_commands: Any) -> None:
    backup = db_commands.add_parser(
        "backup", help=translate("cli", "write an encrypted copy of the database (with a passphrase)")
    )
    backup.add_argument("--out", required=True, metavar="FILE")
    restore = db_commands.add_parser(
        "restore", help=translate("cli", "restore an encrypted backup into an empty data folder")
    )
    restore.add_argument("file", metavar="FILE")
    encrypt = db_commands.add_parser(
        "encrypt",
        help=translate("cli", "encrypt a database made by an earlier version (done at sign-in anyway)"),
    )
    encrypt.add_argument(
        "--keep-plain-copy",
        action="store_true",
        help=translate("cli", "keep the unencrypted file beside it (not recommended)"),
    )


def encrypted(config: Config) -> bool:
    """Whether `config` names an encrypted SQLite desk (told by its key file, without opening)."""
    if not config.is_sqlite:
        return False
    from app.persistence import keyfile
    from app.services.desk import database_path

    return keyfile.path_for(database_path(config)).exists()


def add_encrypt_option(parser: Any) -> None:
    """`--encrypt` of a command that writes personal data to a file."""
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help=translate(
            "cli",
            "write FILE.age, encrypted with a passphrase (JEJARING_EXPORT_PASSPHRASE or typed); "
            "open it with `age -d`",
        ),
    )


def _secret(variable: str, prompt: str, *, twice: bool) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    from app.cli_access import _ask

    first: str = _ask(prompt)
    if twice and getpass.getpass(translate("cli", "The same passphrase again: ")) != first:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same."))
    return first


def export_passphrase() -> str:
    from app import outgoing

    return outgoing.validate_passphrase(
        _secret("JEJARING_EXPORT_PASSPHRASE", translate("cli", "Passphrase for the file: "), twice=True)
    )


def cmd_db(config: Config, args: argparse.Namespace) -> int:
    from app import outgoing
    from app.cli_access import open_desk
    from app.services import access, encryption

    if args.db_command == "restore":
        passphrase = _secret(
            "JEJARING_BACKUP_PASSPHRASE", translate("cli", "Passphrase of the backup: "), twice=False
        )
        restored = encryption.restore(config, Path(args.file), passphrase)
        print(
            translate("cli", "Restored site {code} into {database} ({count} accounts).").format(
                code=restored.site_code, database=config.database_label, count=restored.accounts
            )
        )
        print_recovery_code(restored.recovery_code)
        return 0
    desk = open_desk(config, keep_plain=getattr(args, "keep_plain_copy", False))
    try:
        if desk.initialized:
            access.require(desk, access.Permission.MANAGE_SETTINGS)
        if args.db_command == "backup":
            passphrase = outgoing.validate_passphrase(
                _secret(
                    "JEJARING_BACKUP_PASSPHRASE", translate("cli", "Passphrase for the backup: "), twice=True
                )
            )
            target = encryption.backup(desk, Path(args.out), passphrase)
            print(translate("cli", "Encrypted backup written to {path}.").format(path=target))
        else:  # encrypt: signing in has encrypted a plain desk (a new desk is from the start)
            if desk.plain_copy is not None:
                print(
                    translate(
                        "cli", "The unencrypted copy is kept at {path}: delete it as soon as you can."
                    ).format(path=desk.plain_copy)
                )
            print(translate("cli", "The database is encrypted."))
    finally:
        desk.close()
    return 0


def print_recovery_code(code: str) -> None:
    """The recovery key, shown once: to the terminal, never to a log."""
    print(
        translate(
            "cli",
            "RECOVERY KEY (shown only now; write it down and keep it locked away, apart from this "
            "computer): {code}\nWith it an administrator's forgotten password can be replaced: "
            "jejaring user recover USERNAME",
        ).format(code=code),
        file=sys.stderr,
    )


def cmd_recover(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import new_password
    from app.services import accounts, encryption
    from app.services.desk import open_desk

    desk = open_desk(config)
    try:
        code = _secret("JEJARING_RECOVERY_KEY", translate("cli", "Recovery key: "), twice=False)
        encryption.unlock_with_recovery(desk, code)  # a wrong key is told before a new password is asked
        password = new_password(args, translate("cli", "New password: "))
        accounts.recover(desk, code, args.username, password)
    finally:
        desk.close()
    print(
        translate("cli", "Password of {username} set with the recovery key.").format(username=args.username)
    )
    return 0

"""`jejaring db copy --to postgresql://...`: move an office from this desk's file to a server."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.config import Config, server_url
from app.i18n import translate


def add_copy_command(db_commands: Any) -> None:
    copy = db_commands.add_parser(
        "copy",
        help=translate("cli", "copy this desk's database into a new, empty PostgreSQL database"),
    )
    copy.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help=translate("cli", "the empty database, e.g. postgresql://jejaring@server/jejaring"),
    )


def cmd_copy(config: Config, args: argparse.Namespace, desk: Any) -> int:
    """`desk`: the source, opened at the app's schema (upgraded, backed up first) and signed in
    as an administrator by the caller; the caller closes it."""
    from sqlalchemy.engine import make_url

    from app.persistence import transfer

    target_url = server_url(args.to)
    label = make_url(target_url).render_as_string(hide_password=True)

    def progress(table: str, rows: int) -> None:
        print(f"\r  {table}: {rows}", end="", file=sys.stderr, flush=True)

    print(
        translate("cli", "Copying {source} to {target} ...").format(
            source=config.database_label, target=label
        )
    )
    report = transfer.copy_database(
        desk.db,
        target_url,
        progress if sys.stderr.isatty() else None,
        blobs=desk.blobs,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    width = max(len(t.table) for t in report.tables)
    for table in report.tables:
        state = translate("cli", "same") if table.ok else translate("cli", "DIFFERENT")
        print(
            f"  {table.table:<{width}}  {table.source_rows:>9} -> {table.target_rows:>9}  "
            f"{table.target_checksum[:12]}  {state}"
        )
    if not report.ok:
        print(
            "jejaring: "
            + translate(
                "cli", "The copy differs from the source in the tables marked DIFFERENT; do not use it."
            ),
            file=sys.stderr,
        )
        return 1
    print(
        translate(
            "cli",
            "Copied {rows} rows in {tables} tables; every table has the same rows. "
            "Point the desks at {target}.",
        ).format(rows=report.rows, tables=len(report.tables), target=label)
    )
    return 0

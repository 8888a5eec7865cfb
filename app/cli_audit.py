"""`jejaring audit ...` (verify, list and export the tamper-evident audit trail) and
`jejaring worker ...` (a worker's lawful basis and data-subject report, UU 27/2022)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.config import Config
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate


def audit_commands(commands: Any) -> None:
    worker_commands(commands)
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


def _filter_arguments(parser: argparse.ArgumentParser, end_flag: str) -> None:
    """`list --to D`; `export` spends --to on its file, so its period ends with --until."""
    parser.add_argument("--officer", metavar="USERNAME")
    parser.add_argument(
        "--record", metavar="ENTITY:ID|NUMBER", help=translate("cli", "one record, or a case and its worker")
    )
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    parser.add_argument(end_flag, dest="end", metavar="YYYY-MM-DD")
    parser.add_argument("--action", action="append", default=[], metavar="ACTION")


def _date(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a date: write YYYY-MM-DD."), field=field, value=text
        ) from None


def _filter(desk: Any, args: argparse.Namespace) -> Any:
    from app.services import audit

    return audit.AuditFilter(
        officer=args.officer,
        records=audit.parse_record(desk, args.record) if args.record else (),
        start=_date(args.start, "start"),
        end=_date(args.end, "end"),
        actions=tuple(args.action),
    )


def cmd_audit(config: Config, args: argparse.Namespace) -> int:
    from app.services import audit
    from app.services.desk import open_desk

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
            count = audit.export_entries(desk, Path(args.to), _filter(desk, args))
            print(
                translate("cli", "Audit entries written to {path}: {count}.").format(
                    path=args.to, count=count
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


def cmd_worker(config: Config, args: argparse.Namespace) -> int:
    from app.services import privacy
    from app.services.desk import open_desk

    desk = open_desk(config)
    try:
        if args.worker_command == "basis":
            privacy.set_lawful_basis(
                desk,
                args.worker,
                args.basis,
                consent_on=_date(args.consent_on, "consent_on"),
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
            from app.cli_documents import _write_atomically

            _write_atomically(target, issued.pdf)
            print(
                translate("cli", "Personal data report {number} written to {path}.").format(
                    number=issued.info.number, path=args.to
                )
            )
    finally:
        desk.close()
    return 0


COMMANDS = {"audit": cmd_audit, "worker": cmd_worker}

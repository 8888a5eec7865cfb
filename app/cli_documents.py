"""`jejaring print FORM ID --out FILE.pdf` and `jejaring verify FILE.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.config import Config
from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import QT_TRANSLATE_NOOP, translate

#: bulk prints: several issued documents in one PDF (app/services/bulk_print.py)
BULK_FORMS = ("dispositions", "summaries")


def add_commands(commands: Any) -> None:
    from app.documents.names import FORMS  # not the services: the parser is built at every start

    printer = commands.add_parser(
        "print", help=translate("cli", "print an official document to PDF and record it as issued")
    )
    printer.add_argument(
        "form", choices=(*FORMS, *BULK_FORMS), metavar="FORM", help=", ".join((*FORMS, *BULK_FORMS))
    )
    printer.add_argument(
        "record",
        metavar="ID",
        help=translate(
            "cli",
            "the case number; for the protocol: protocol; for the report a period: 2026-11, 2026-Q4 or 2026; "
            "for a letter or memo its number; for a disposition sheet the incoming letter's agenda number; "
            "for a meeting's forms FORUM/YYYY-MM-DD",
        )
        + "; "
        + translate(
            "cli",
            "for dispositions (every disposition sheet of a day, in one PDF) the day YYYY-MM-DD; "
            "for summaries (the case summaries of a month's cases) the month YYYY-MM",
        ),
    )
    printer.add_argument("--out", required=True, metavar="FILE.pdf")
    printer.add_argument(
        "--paper", choices=("A4", "F4"), help=translate("cli", "default: the office's paper")
    )
    printer.add_argument("--lang", choices=("id", "en"), default="id")
    printer.add_argument(
        "--include-sensitive",
        action="store_true",
        help=translate("cli", "case summary: print identity numbers and contact details too"),
    )
    printer.add_argument(
        "--to", metavar="AGENCY", help=translate("cli", "case summary: the receiving agency's code")
    )
    printer.add_argument(
        "--national",
        action="store_true",
        help=translate("cli", "report: every case this desk holds, not only this site's"),
    )
    verifier = commands.add_parser(
        "verify", help=translate("cli", "check a PDF against the register of issued documents")
    )
    verifier.add_argument("file", metavar="FILE.pdf")


def cmd_print(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import case_documents

    if not args.out.lower().endswith(".pdf"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The output file must end in .pdf."), field="out")
    if args.form in BULK_FORMS:
        return _print_bulk(config, args)
    desk = open_desk(config)
    try:
        issued = case_documents.print_form(
            desk,
            case_documents.PrintRequest(
                form=args.form,
                record=args.record,
                paper=args.paper,
                language=args.lang,
                include_sensitive=args.include_sensitive,
                to_agency=args.to,
                national=args.national,
            ),
        )
        write_atomically(Path(args.out), issued.pdf)
    finally:
        desk.close()
    print(
        translate("cli", "{number} written to {path} (pages: {pages}).").format(
            number=issued.info.number, pages=issued.info.pages, path=args.out
        )
    )
    return 0


def _print_bulk(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import bulk_print

    desk = open_desk(config)
    try:
        if args.form == "dispositions":
            bulk = bulk_print.disposition_sheets(desk, bulk_print.parse_day(args.record), paper=args.paper)
        else:
            bulk = bulk_print.case_summaries(
                desk, bulk_print.parse_month(args.record), paper=args.paper, language=args.lang
            )
        write_atomically(Path(args.out), bulk.pdf)
    finally:
        desk.close()
    print(
        translate("cli", "{count} documents ({first} to {last}) written to {path} (pages: {pages}).").format(
            count=len(bulk.issued),
            first=bulk.issued[0].number,
            last=bulk.issued[-1].number,
            path=args.out,
            pages=bulk.pages,
        )
    )
    return 0


def cmd_verify(config: Config, args: argparse.Namespace) -> int:
    from app.cli_access import open_desk
    from app.services import documents

    path = Path(args.file)
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path))
    desk = open_desk(config)
    try:
        pdf = path.read_bytes()
        result = documents.verify(desk, pdf)
        # a bulk print is no single issued file: each document in it is checked on its own pages
        parts = documents.verify_parts(desk, pdf) if result.verdict != documents.GENUINE else []
    finally:
        desk.close()
    messages = _verdicts()
    if len(parts) > 1:
        print(translate("cli", "This file holds {count} issued documents:").format(count=len(parts)))
        for part in parts:
            _print_document(part.document)
            print(messages[part.verdict])
        accepted = all(p.verdict in (documents.GENUINE, documents.RESAVED) for p in parts)
        return 0 if accepted else 4
    _print_document(result.document)
    print(messages[result.verdict])
    return {documents.GENUINE: 0, documents.RESAVED: 0, documents.ALTERED: 4}.get(result.verdict, 5)


def _print_document(doc: Any) -> None:
    if doc is not None:
        print(
            translate("cli", "Document {number} ({title}), issued on {date} by {who} at {site}.").format(
                number=doc.number, title=doc.title, date=doc.issued_on, who=doc.issued_by, site=doc.site
            )
        )


def _verdicts() -> dict[str, str]:
    from app.services import documents

    return {
        documents.GENUINE: translate("cli", "GENUINE: this file is exactly the document that was issued."),
        documents.RESAVED: translate(
            "cli",
            "SAME CONTENT: the text is the issued text, but the file was saved again by another program.",
        ),
        documents.ALTERED: translate(
            "cli", "ALTERED: this file differs from the document that was issued. Do not rely on it."
        ),
        documents.UNKNOWN: translate(
            "cli",
            "UNKNOWN: no document with this file's code is in the register (not issued here, or not yet "
            "synchronised).",
        ),
    }


COMMANDS = {"print": cmd_print, "verify": cmd_verify}

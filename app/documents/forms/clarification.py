"""Klarifikasi: the statement of the party complained of (surat pernyataan) and the official
report of the clarification (berita acara). The case is printed in; what the parties say at
the meeting is written by hand on the ruled lines, then both sign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents.formats import day_name, long_date
from app.documents.page import (
    MM,
    L,
    PageSettings,
    Signatory,
    Styles,
    field_rows,
    render,
    signature_block,
)
from app.i18n import QT_TRANSLATE_NOOP

TRUTHFULLY = QT_TRANSLATE_NOOP(
    "documents",
    "This statement is made truthfully and without pressure from any party, to be used as needed.",
)


@dataclass(frozen=True)
class ClarificationStatement:
    case_number: str
    place: str
    date: date
    #: 1 for the first clarification, 2 for the second (whose commitment is due in 7 days)
    stage: int
    worker_name: str
    complaint: str
    party_name: str
    party_position: str
    party_organisation: str
    party_address: str
    commitment_days: int = 7


@dataclass(frozen=True)
class ClarificationRecord:
    """Berita acara klarifikasi."""

    case_number: str
    place: str
    date: date
    stage: int
    venue: str
    worker_name: str
    complainant_name: str
    complaint: str
    party_name: str
    party_organisation: str
    officers: tuple[Signatory, ...]


def _ruled_lines(page: PageSettings, count: int) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table([[""]] * count, colWidths=[page.text_width], rowHeights=[7 * MM] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, (0.4, 0.4, 0.4))]))
    return table


def _stage(stage: int, language: str) -> str:
    return L("first", language) if stage == 1 else L("second", language)


def _two_signatures(styles: Styles, page: PageSettings, left: Signatory, right: Signatory) -> Any:
    from reportlab.platypus import Table, TableStyle

    half = page.text_width / 2
    table = Table(
        [
            [
                signature_block(styles, page, left, width=half - 6 * MM),
                signature_block(styles, page, right, width=half - 6 * MM),
            ]
        ],
        colWidths=[half, half],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_statement(form: ClarificationStatement, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    story: list[Any] = [
        styles.p(L("STATEMENT", lang), "title"),
        styles.p(
            L("Clarification ({stage}) of case {number}", lang).format(
                stage=_stage(form.stage, lang), number=form.case_number
            ),
            "subtitle",
        ),
        Spacer(1, styles.size),
        styles.p(L("The undersigned:", lang)),
        field_rows(
            styles,
            [
                (L("Name", lang), form.party_name or "." * 60),
                (L("Position", lang), form.party_position or "." * 60),
                (L("Company or organisation", lang), form.party_organisation or "." * 60),
                (L("Address", lang), form.party_address or "." * 60),
            ],
            50 * MM,
            width - 54 * MM,
        ),
        Spacer(1, styles.size * 0.5),
        styles.p(
            L(
                "in answer to the complaint concerning the migrant worker {worker} ({complaint}), states:",
                lang,
            ).format(worker=form.worker_name, complaint=form.complaint),
            "justify",
        ),
        _ruled_lines(page, 10),
        Spacer(1, styles.size * 0.5),
    ]
    if form.stage == 2:
        story.append(
            styles.p(
                L(
                    "The undersigned commits to carrying out what is stated above within {days} days of this "
                    "statement.",
                    lang,
                ).format(days=form.commitment_days),
                "justify",
            )
        )
    story.append(
        styles.p(
            L(TRUTHFULLY, lang),
            "justify",
        )
    )
    story += [
        Spacer(1, styles.size),
        styles.p(f"{form.place}, {long_date(form.date, lang)}", "right"),
        _two_signatures(
            styles,
            page,
            Signatory(L("Witness (officer)", lang), "." * 40),
            Signatory(L("The one making the statement", lang), form.party_name or "." * 40),
        ),
    ]
    return render(story, page, title=L("Clarification statement", lang), short_header=form.case_number)


def build_record(form: ClarificationRecord, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    story: list[Any] = [
        styles.p(L("OFFICIAL REPORT OF CLARIFICATION", lang), "title"),
        styles.p(L("Case number {number}", lang).format(number=form.case_number), "subtitle"),
        Spacer(1, styles.size),
        styles.p(
            L(
                "On {day}, {date}, at {venue}, the {stage} clarification of the complaint below was held.",
                lang,
            ).format(
                day=day_name(form.date, lang),
                date=long_date(form.date, lang),
                venue=form.venue,
                stage=_stage(form.stage, lang),
            ),
            "justify",
        ),
        field_rows(
            styles,
            [
                (L("Migrant worker", lang), form.worker_name),
                (L("Complainant", lang), form.complainant_name or form.worker_name),
                (L("Complaint", lang), form.complaint),
                (
                    L("Party complained of", lang),
                    ", ".join(x for x in (form.party_name, form.party_organisation) if x) or "." * 60,
                ),
            ],
            50 * MM,
            width - 54 * MM,
        ),
        styles.p(L("Results of the clarification:", lang), "heading"),
        _ruled_lines(page, 6),
        styles.p(L("Agreed follow-up:", lang), "heading"),
        _ruled_lines(page, 3),
        Spacer(1, styles.size * 0.5),
        styles.p(L("This report is made in truth and signed by the parties.", lang), "justify"),
        Spacer(1, styles.size * 0.5),
        _two_signatures(
            styles,
            page,
            Signatory(L("Complainant", lang), form.complainant_name or form.worker_name),
            Signatory(L("Party complained of", lang), form.party_name or "." * 40),
        ),
    ]
    # the officers who held the clarification sign under "Mengetahui", centred
    officers = [
        signature_block(
            styles,
            page,
            Signatory(o.position or L("Officer", lang), o.name, o.rank, o.nip),
            above=L("Acknowledged by,", lang) if i == 0 else "",
            width=width / 2 - 6 * MM,
        )
        for i, o in enumerate(form.officers)
    ]
    if officers:
        from reportlab.platypus import KeepTogether, Table, TableStyle

        holder = Table([[o] for o in officers], colWidths=[width / 2])
        holder.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        holder.hAlign = "CENTER"
        story.append(KeepTogether([Spacer(1, styles.size * 0.5), holder]))
    return render(
        story, page, title=L("Official report of clarification", lang), short_header=form.case_number
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "first"),
    QT_TRANSLATE_NOOP("documents", "second"),
    QT_TRANSLATE_NOOP("documents", "STATEMENT"),
    QT_TRANSLATE_NOOP("documents", "Clarification ({stage}) of case {number}"),
    QT_TRANSLATE_NOOP("documents", "The undersigned:"),
    QT_TRANSLATE_NOOP("documents", "Position"),
    QT_TRANSLATE_NOOP("documents", "Company or organisation"),
    QT_TRANSLATE_NOOP("documents", "Address"),
    QT_TRANSLATE_NOOP(
        "documents",
        "in answer to the complaint concerning the migrant worker {worker} ({complaint}), states:",
    ),
    QT_TRANSLATE_NOOP(
        "documents",
        "The undersigned commits to carrying out what is stated above within {days} days of this statement.",
    ),
    QT_TRANSLATE_NOOP("documents", "Witness (officer)"),
    QT_TRANSLATE_NOOP("documents", "The one making the statement"),
    QT_TRANSLATE_NOOP("documents", "Clarification statement"),
    QT_TRANSLATE_NOOP("documents", "OFFICIAL REPORT OF CLARIFICATION"),
    QT_TRANSLATE_NOOP(
        "documents",
        "On {day}, {date}, at {venue}, the {stage} clarification of the complaint below was held.",
    ),
    QT_TRANSLATE_NOOP("documents", "Complaint"),
    QT_TRANSLATE_NOOP("documents", "Party complained of"),
    QT_TRANSLATE_NOOP("documents", "Results of the clarification:"),
    QT_TRANSLATE_NOOP("documents", "Agreed follow-up:"),
    QT_TRANSLATE_NOOP("documents", "This report is made in truth and signed by the parties."),
    QT_TRANSLATE_NOOP("documents", "Official report of clarification"),
    QT_TRANSLATE_NOOP("documents", "Officer"),
    QT_TRANSLATE_NOOP("documents", "Acknowledged by,"),
)

"""Lembar disposisi on half folio (165 x 215 mm): the incoming letter's particulars, to whom it
is forwarded, the instructions ticked, notes, deadline, and the initials and date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.documents.formats import long_date
from app.documents.page import MM, L, PageSettings, Styles, render
from app.i18n import QT_TRANSLATE_NOOP

#: the instructions printed with a box each (Tata Naskah Dinas's usual list)
INSTRUCTIONS = (
    QT_TRANSLATE_NOOP("documents", "Settle it"),
    QT_TRANSLATE_NOOP("documents", "Advice / opinion"),
    QT_TRANSLATE_NOOP("documents", "Coordinate"),
    QT_TRANSLATE_NOOP("documents", "Study it"),
    QT_TRANSLATE_NOOP("documents", "Represent / attend"),
    QT_TRANSLATE_NOOP("documents", "Monitor"),
    QT_TRANSLATE_NOOP("documents", "File"),
)


@dataclass(frozen=True)
class DispositionSheet:
    agenda_number: str
    received_on: date
    letter_number: str
    letter_date: date
    sender: str
    subject: str
    #: Biasa, Segera, Sangat Segera (as printed)
    urgency: str
    forward_to: tuple[str, ...]
    #: the English sources of INSTRUCTIONS that are ticked
    instructions: tuple[str, ...] = ()
    notes: str = ""
    deadline: date | None = None
    initials: str = ""
    signed_on: date | None = None


def build(sheet: DispositionSheet, page: PageSettings) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    page = replace(
        page,
        paper="half-F4",
        margin_left_mm=12,
        margin_right_mm=12,
        margin_top_mm=10,
        margin_bottom_mm=10,
        font_size=min(page.font_size, 10),
    )
    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    half = width / 2
    ticks = [(L(text, lang), text in sheet.instructions) for text in INSTRUCTIONS]
    tick_cells = [styles.rich(("<b>[X]</b> " if on else "[  ] ") + name, "cell") for name, on in ticks]
    forward = [styles.p(f"{i}. {name}", "cell") for i, name in enumerate(sheet.forward_to, 1)] or [
        styles.p("-", "cell")
    ]

    def pair(label: str, value: str) -> Any:
        return styles.rich(f"{label}: <b>{_esc(value)}</b>", "cell")

    data: list[list[Any]] = [
        [styles.p(L("DISPOSITION SHEET", lang), "title"), ""],
        [
            pair(L("Agenda no.", lang), sheet.agenda_number),
            pair(L("Received on", lang), long_date(sheet.received_on, lang)),
        ],
        [
            pair(L("Letter no.", lang), sheet.letter_number),
            pair(L("Letter date", lang), long_date(sheet.letter_date, lang)),
        ],
        [pair(L("From", lang), sheet.sender), ""],
        [pair(L("Subject", lang), sheet.subject), ""],
        [pair(L("Urgency", lang), sheet.urgency), ""],
        [styles.p(L("Forwarded to:", lang), "cell_bold"), styles.p(L("For:", lang), "cell_bold")],
        [forward, tick_cells],
        [styles.p(L("Notes:", lang), "cell_bold"), ""],
        [styles.p(sheet.notes or "", "cell"), ""],
        [
            pair(L("Deadline", lang), long_date(sheet.deadline, lang) or "-"),
            pair(
                L("Initials and date", lang),
                " ".join(x for x in (sheet.initials, long_date(sheet.signed_on, lang)) if x) or "",
            ),
        ],
    ]
    table = Table(data, colWidths=[half, half], rowHeights=[None] * 9 + [32 * MM, 12 * MM])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 3), (1, 3)),
                ("SPAN", (0, 4), (1, 4)),
                ("SPAN", (0, 5), (1, 5)),
                ("SPAN", (0, 8), (1, 8)),
                ("SPAN", (0, 9), (1, 9)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 5), (-1, 5), 0.8, colors.black),
                ("LINEBELOW", (0, 7), (-1, 7), 0.8, colors.black),
                ("LINEBELOW", (0, 9), (-1, 9), 0.8, colors.black),
                ("LINEAFTER", (0, 6), (0, 7), 0.5, colors.black),
                ("LINEAFTER", (0, 10), (0, 10), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[Any] = [Spacer(1, 2), table]
    return render(
        story,
        page,
        title=L("Disposition sheet", lang) + " " + sheet.agenda_number,
        short_header=sheet.agenda_number,
    )


def _esc(text: str) -> str:
    from app.documents.page import esc

    return esc(text)


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "DISPOSITION SHEET"),
    QT_TRANSLATE_NOOP("documents", "Disposition sheet"),
    QT_TRANSLATE_NOOP("documents", "Agenda no."),
    QT_TRANSLATE_NOOP("documents", "Received on"),
    QT_TRANSLATE_NOOP("documents", "Letter no."),
    QT_TRANSLATE_NOOP("documents", "Letter date"),
    QT_TRANSLATE_NOOP("documents", "Urgency"),
    QT_TRANSLATE_NOOP("documents", "Forwarded to:"),
    QT_TRANSLATE_NOOP("documents", "For:"),
    QT_TRANSLATE_NOOP("documents", "Notes:"),
    QT_TRANSLATE_NOOP("documents", "Deadline"),
    QT_TRANSLATE_NOOP("documents", "Initials and date"),
)

"""Kronologi kasus: the case's timeline as a table that runs over as many pages as it needs,
its header repeated on each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.documents.formats import clock, long_date
from app.documents.page import (
    MM,
    L,
    PageSettings,
    Signatory,
    Styles,
    align_right,
    field_rows,
    grid_table,
    render,
    signature_block,
)
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ChronologyEntry:
    #: local time of the site that prints
    at: datetime
    what: str
    agency: str
    officer: str


@dataclass(frozen=True)
class CaseChronology:
    case_number: str
    worker_name: str
    category: str
    place: str
    date: date
    entries: tuple[ChronologyEntry, ...]
    signer: Signatory


def build(form: CaseChronology, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    rows = [
        (
            str(i),
            f"{long_date(e.at.date(), lang)}\n{clock(e.at.time(), lang)}",
            e.what,
            " ".join(x for x in (e.agency, e.officer) if x),
        )
        for i, e in enumerate(form.entries, 1)
    ]
    story: list[Any] = [
        styles.p(L("CASE CHRONOLOGY", lang), "title"),
        Spacer(1, styles.size),
        field_rows(
            styles,
            [
                (L("Case number", lang), form.case_number),
                (L("Migrant worker", lang), form.worker_name),
                (L("Category", lang), form.category),
            ],
            40 * MM,
            width - 44 * MM,
        ),
        Spacer(1, styles.size * 0.6),
        grid_table(
            styles,
            [L("No.", lang), L("Date and time", lang), L("What happened", lang), L("By", lang)],
            rows,
            [11 * MM, 32 * MM, width - 83 * MM, 40 * MM],
        ),
        Spacer(1, styles.size),
        align_right(
            page,
            signature_block(styles, page, form.signer, above=f"{form.place}, {long_date(form.date, lang)}"),
        ),
    ]
    return render(story, page, title=L("Case chronology", lang), short_header=form.case_number)


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "CASE CHRONOLOGY"),
    QT_TRANSLATE_NOOP("documents", "Case chronology"),
    QT_TRANSLATE_NOOP("documents", "Case number"),
    QT_TRANSLATE_NOOP("documents", "Migrant worker"),
    QT_TRANSLATE_NOOP("documents", "No."),
    QT_TRANSLATE_NOOP("documents", "Date and time"),
    QT_TRANSLATE_NOOP("documents", "By"),
)

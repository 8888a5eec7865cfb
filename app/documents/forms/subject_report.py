"""Laporan data pribadi: what the office holds about one worker and what it did with it, for the
worker's request under UU 27/2022 (answered within 3 x 24 hours). Sections: the particulars and
the lawful basis, the cases, their timelines, the letters and meetings about them, the
communications, and the processing trail from the audit log (which fields, never their values:
the values are in the sections above)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.documents.formats import clock, long_date
from app.documents.forms.particulars import WorkerParticulars, numbered_heading, particulars_table
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
class SubjectCase:
    number: str
    category: str
    status: str
    reported_on: date


@dataclass(frozen=True)
class SubjectEvent:
    on: date
    case_number: str
    what: str


@dataclass(frozen=True)
class SubjectLink:
    """A letter or a meeting that concerns one of the cases."""

    on: date | None
    case_number: str
    what: str


@dataclass(frozen=True)
class TrailEntry:
    #: local time of the site that prints
    at: datetime
    officer: str
    action: str
    record: str
    fields: str


@dataclass(frozen=True)
class SubjectReport:
    worker_id: str
    reference: str
    worker: WorkerParticulars
    lawful_basis: str
    cases: tuple[SubjectCase, ...]
    timeline: tuple[SubjectEvent, ...]
    letters: tuple[SubjectLink, ...]
    meetings: tuple[SubjectLink, ...]
    communications: tuple[SubjectEvent, ...]
    trail: tuple[TrailEntry, ...]
    place: str
    date: date
    signer: Signatory


def build(form: SubjectReport, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    none = L("None held.", lang)

    def section(number: int, title: str, table: Any, empty: bool) -> list[Any]:
        return [
            Spacer(1, styles.size * 0.6),
            numbered_heading(styles, str(number), L(title, lang)),
            styles.p(none) if empty else table,
        ]

    def events(rows: tuple[SubjectEvent | SubjectLink, ...], what: str) -> Any:
        return grid_table(
            styles,
            [L("No.", lang), L("Date", lang), L("Case", lang), L(what, lang)],
            [(str(i), long_date(e.on, lang), e.case_number, e.what) for i, e in enumerate(rows, 1)],
            [11 * MM, 30 * MM, 42 * MM, width - 83 * MM],
        )

    story: list[Any] = [
        styles.p(L("PERSONAL DATA REPORT", lang), "title"),
        styles.p(L("under Law No. 27 of 2022 on Personal Data Protection", lang), "center"),
        Spacer(1, styles.size),
        field_rows(
            styles,
            [
                (L("Reference", lang), form.reference),
                (L("Lawful basis of processing", lang), form.lawful_basis),
            ],
            55 * MM,
            width - 59 * MM,
        ),
        Spacer(1, styles.size * 0.6),
        numbered_heading(styles, "1", L("Particulars of the data subject", lang)),
        particulars_table(styles, page, form.worker),
    ]
    story += section(
        2,
        "Cases",
        grid_table(
            styles,
            [
                L("No.", lang),
                L("Case number", lang),
                L("Category", lang),
                L("Stage", lang),
                L("Reported", lang),
            ],
            [
                (str(i), c.number, c.category, c.status, long_date(c.reported_on, lang))
                for i, c in enumerate(form.cases, 1)
            ],
            [11 * MM, 42 * MM, width - 126 * MM, 38 * MM, 35 * MM],
        ),
        not form.cases,
    )
    story += section(3, "Timeline of the cases", events(form.timeline, "What happened"), not form.timeline)
    story += section(4, "Letters about the cases", events(form.letters, "Letter"), not form.letters)
    story += section(
        5, "Meetings that discussed the cases", events(form.meetings, "Meeting"), not form.meetings
    )
    story += section(
        6, "Communications about the cases", events(form.communications, "Summary"), not form.communications
    )
    story += section(
        7,
        "Processing trail",
        grid_table(
            styles,
            [
                L("No.", lang),
                L("Date and time", lang),
                L("Officer", lang),
                L("Processing", lang),
                L("Data", lang),
            ],
            [
                (
                    str(i),
                    f"{long_date(t.at.date(), lang)}\n{clock(t.at.time(), lang)}",
                    t.officer,
                    f"{t.action} · {t.record}",
                    t.fields,
                )
                for i, t in enumerate(form.trail, 1)
            ],
            [11 * MM, 32 * MM, 28 * MM, 42 * MM, width - 113 * MM],
        ),
        not form.trail,
    )
    story += [
        Spacer(1, styles.size),
        styles.p(
            L(
                "This report lists every record this office holds about the person named above and "
                "every recorded processing of those records, as kept in the office's audit trail.",
                lang,
            )
        ),
        Spacer(1, styles.size),
        align_right(
            page,
            signature_block(styles, page, form.signer, above=f"{form.place}, {long_date(form.date, lang)}"),
        ),
    ]
    return render(story, page, title=L("Personal data report", lang), short_header=form.reference)


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "PERSONAL DATA REPORT"),
    QT_TRANSLATE_NOOP("documents", "Personal data report"),
    QT_TRANSLATE_NOOP("documents", "under Law No. 27 of 2022 on Personal Data Protection"),
    QT_TRANSLATE_NOOP("documents", "Reference"),
    QT_TRANSLATE_NOOP("documents", "Lawful basis of processing"),
    QT_TRANSLATE_NOOP("documents", "Particulars of the data subject"),
    QT_TRANSLATE_NOOP("documents", "Cases"),
    QT_TRANSLATE_NOOP("documents", "Case number"),
    QT_TRANSLATE_NOOP("documents", "Category"),
    QT_TRANSLATE_NOOP("documents", "Stage"),
    QT_TRANSLATE_NOOP("documents", "Reported"),
    QT_TRANSLATE_NOOP("documents", "Timeline of the cases"),
    QT_TRANSLATE_NOOP("documents", "What happened"),
    QT_TRANSLATE_NOOP("documents", "Letters about the cases"),
    QT_TRANSLATE_NOOP("documents", "Letter"),
    QT_TRANSLATE_NOOP("documents", "Meetings that discussed the cases"),
    QT_TRANSLATE_NOOP("documents", "Meeting"),
    QT_TRANSLATE_NOOP("documents", "Communications about the cases"),
    QT_TRANSLATE_NOOP("documents", "Summary"),
    QT_TRANSLATE_NOOP("documents", "Processing trail"),
    QT_TRANSLATE_NOOP("documents", "Date and time"),
    QT_TRANSLATE_NOOP("documents", "Officer"),
    QT_TRANSLATE_NOOP("documents", "Processing"),
    QT_TRANSLATE_NOOP("documents", "Data"),
    QT_TRANSLATE_NOOP("documents", "No."),
    QT_TRANSLATE_NOOP("documents", "Date"),
    QT_TRANSLATE_NOOP("documents", "Case"),
    QT_TRANSLATE_NOOP("documents", "None held."),
    QT_TRANSLATE_NOOP(
        "documents",
        "This report lists every record this office holds about the person named above and "
        "every recorded processing of those records, as kept in the office's audit trail.",
    ),
)

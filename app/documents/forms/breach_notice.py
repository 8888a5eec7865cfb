"""Pemberitahuan kegagalan pelindungan data pribadi: the written notice UU 27/2022 (art. 46) asks
for within 3 x 24 hours of finding a breach, to the authority or to the people concerned: what
data, when and how it was exposed, and what the office has done. The deadline is printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.documents.formats import date_time, long_date
from app.documents.page import (
    MM,
    L,
    PageSettings,
    Signatory,
    Styles,
    align_right,
    field_rows,
    render,
    signature_block,
)
from app.i18n import QT_TRANSLATE_NOOP

TO_AUTHORITY = QT_TRANSLATE_NOOP(
    "documents",
    "In accordance with Article 46 of Law No. 27 of 2022, {office} gives notice of a failure of "
    "personal data protection found on {found}.",
)
TO_SUBJECTS = QT_TRANSLATE_NOOP(
    "documents",
    "We inform you that personal data about you held by {office} was affected by a failure of "
    "personal data protection found on {found}.",
)


@dataclass(frozen=True)
class BreachNotice:
    number: str
    #: "authority" or "subjects"
    audience: str
    #: local times of the site
    found_at: datetime
    deadline: datetime
    description: str
    data_kinds: str
    subjects: int
    measures: str
    office: str
    contact: str
    place: str
    date: date
    signer: Signatory


def build(form: BreachNotice, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    to_authority = form.audience == "authority"
    addressee = (
        L("The Personal Data Protection Authority", lang)
        if to_authority
        else L("The persons whose personal data is concerned", lang)
    )
    opening = L(TO_AUTHORITY if to_authority else TO_SUBJECTS, lang).format(
        office=form.office, found=date_time(form.found_at, lang)
    )
    story: list[Any] = [
        styles.p(f"{form.place}, {long_date(form.date, lang)}", "right"),
        Spacer(1, styles.size * 0.6),
        field_rows(
            styles,
            [
                (L("Number", lang), form.number),
                (L("Subject", lang), L("Notification of a personal data breach", lang)),
            ],
            28 * MM,
            width - 32 * MM,
        ),
        Spacer(1, styles.size * 0.8),
        styles.p(L("To", lang) + f" {addressee}"),
        Spacer(1, styles.size * 0.8),
        styles.p(opening, "justify"),
        field_rows(
            styles,
            [
                (L("Found on", lang), date_time(form.found_at, lang)),
                (L("Notice due by", lang), date_time(form.deadline, lang) + " " + L("(3 x 24 hours)", lang)),
                (L("What happened", lang), form.description),
                (L("Personal data concerned", lang), form.data_kinds or "-"),
                (L("Number of persons concerned", lang), str(form.subjects)),
                (L("Measures taken", lang), form.measures or "-"),
                (L("Contact", lang), form.contact or form.office),
            ],
            50 * MM,
            width - 54 * MM,
        ),
        Spacer(1, styles.size * 0.8),
        styles.p(
            L("We will report any further findings and measures as they become known.", lang), "justify"
        ),
        Spacer(1, styles.size),
        align_right(page, signature_block(styles, page, form.signer)),
    ]
    return render(
        story, page, title=L("Notification of a personal data breach", lang), short_header=form.number
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "Notification of a personal data breach"),
    QT_TRANSLATE_NOOP("documents", "The Personal Data Protection Authority"),
    QT_TRANSLATE_NOOP("documents", "The persons whose personal data is concerned"),
    QT_TRANSLATE_NOOP("documents", "Number"),
    QT_TRANSLATE_NOOP("documents", "Subject"),
    QT_TRANSLATE_NOOP("documents", "To"),
    QT_TRANSLATE_NOOP("documents", "Found on"),
    QT_TRANSLATE_NOOP("documents", "Notice due by"),
    QT_TRANSLATE_NOOP("documents", "(3 x 24 hours)"),
    QT_TRANSLATE_NOOP("documents", "What happened"),
    QT_TRANSLATE_NOOP("documents", "Personal data concerned"),
    QT_TRANSLATE_NOOP("documents", "Number of persons concerned"),
    QT_TRANSLATE_NOOP("documents", "Measures taken"),
    QT_TRANSLATE_NOOP("documents", "Contact"),
    QT_TRANSLATE_NOOP("documents", "We will report any further findings and measures as they become known."),
)

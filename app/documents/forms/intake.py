"""Formulir pengaduan: the complaint intake form, filled from the case as registered, with the
complainant's and the receiving officer's signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents.formats import long_date
from app.documents.forms.particulars import WorkerParticulars, numbered_heading, particulars_table
from app.documents.page import MM, L, PageSettings, Signatory, Styles, field_rows, render, signature_block
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ComplaintIntake:
    case_number: str
    reported_on: date
    place: str
    channel: str
    complainant_kind: str
    complainant_name: str
    complainant_phone: str
    category: str
    further_categories: tuple[str, ...]
    priority: str
    life_threatening: bool
    summary: str
    worker: WorkerParticulars
    officer: Signatory


def build(form: ComplaintIntake, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer, Table, TableStyle

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    story: list[Any] = [
        styles.p(L("COMPLAINT INTAKE FORM", lang), "title"),
        styles.p(L("Case number {number}", lang).format(number=form.case_number), "subtitle"),
        Spacer(1, styles.size),
        numbered_heading(styles, "A", L("The complaint", lang)),
        field_rows(
            styles,
            [
                (L("Date received", lang), long_date(form.reported_on, lang)),
                (L("Channel", lang), form.channel),
                (L("Complainant", lang), form.complainant_kind),
                (L("Complainant's name", lang), form.complainant_name or "-"),
                (L("Complainant's phone", lang), form.complainant_phone or "-"),
                (L("Category", lang), form.category),
                (L("Further categories", lang), ", ".join(form.further_categories) or "-"),
                (L("Priority", lang), form.priority),
                (L("Life-threatening", lang), L("Yes", lang) if form.life_threatening else L("No", lang)),
            ],
            55 * MM,
            width - 59 * MM,
        ),
        numbered_heading(styles, "B", L("The migrant worker", lang)),
        particulars_table(styles, page, form.worker, keep_empty=True),
        numbered_heading(styles, "C", L("What happened", lang)),
        styles.p(form.summary or "-", "justify"),
        Spacer(1, styles.size),
        styles.p(f"{form.place}, {long_date(form.reported_on, lang)}", "right"),
    ]
    complainant = Signatory(L("Complainant", lang), form.complainant_name or form.worker.full_name)
    officer = Signatory(
        L("Receiving officer", lang) + (f"\n{form.officer.position}" if form.officer.position else ""),
        form.officer.name,
        form.officer.rank,
        form.officer.nip,
    )
    half = width / 2
    signatures = Table(
        [
            [
                signature_block(styles, page, complainant, width=half - 6 * MM),
                signature_block(styles, page, officer, width=half - 6 * MM),
            ]
        ],
        colWidths=[half, half],
    )
    signatures.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    from reportlab.platypus import KeepTogether

    story.append(KeepTogether([story.pop(), signatures]))  # the place and date stay with the signatures
    return render(story, page, title=L("Complaint intake form", lang), short_header=form.case_number)


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "COMPLAINT INTAKE FORM"),
    QT_TRANSLATE_NOOP("documents", "Complaint intake form"),
    QT_TRANSLATE_NOOP("documents", "Case number {number}"),
    QT_TRANSLATE_NOOP("documents", "The complaint"),
    QT_TRANSLATE_NOOP("documents", "Date received"),
    QT_TRANSLATE_NOOP("documents", "Channel"),
    QT_TRANSLATE_NOOP("documents", "Complainant"),
    QT_TRANSLATE_NOOP("documents", "Complainant's name"),
    QT_TRANSLATE_NOOP("documents", "Complainant's phone"),
    QT_TRANSLATE_NOOP("documents", "Category"),
    QT_TRANSLATE_NOOP("documents", "Further categories"),
    QT_TRANSLATE_NOOP("documents", "Priority"),
    QT_TRANSLATE_NOOP("documents", "Life-threatening"),
    QT_TRANSLATE_NOOP("documents", "Yes"),
    QT_TRANSLATE_NOOP("documents", "No"),
    QT_TRANSLATE_NOOP("documents", "The migrant worker"),
    QT_TRANSLATE_NOOP("documents", "What happened"),
    QT_TRANSLATE_NOOP("documents", "Receiving officer"),
)

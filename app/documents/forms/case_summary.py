"""Ringkasan kasus for a referral: what the receiving agency needs to act, and no more.
Sensitive particulars (NIK, passport, phones, home address, family contact) are printed only
when the officer chose to include them; the adapter leaves them empty otherwise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents.formats import long_date
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
class ReferralLine:
    sent_on: date
    to_agency: str
    reason: str
    status: str


@dataclass(frozen=True)
class CaseSummary:
    case_number: str
    place: str
    date: date
    #: the agency the summary is for ("" when it is a general summary)
    to_agency: str
    reported_on: dt.date  # (the field `date` above hides the type)
    category: str
    country: str
    lead_agency: str
    agencies_involved: tuple[str, ...]
    stage: str
    summary: str
    worker: WorkerParticulars
    referrals: tuple[ReferralLine, ...]
    next_steps: tuple[str, ...]
    sensitive_included: bool
    signer: Signatory


def build(form: CaseSummary, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    story: list[Any] = [
        styles.p(L("CASE SUMMARY", lang), "title"),
        styles.p(L("Case number {number}", lang).format(number=form.case_number), "subtitle"),
    ]
    if form.to_agency:
        story.append(styles.p(L("for {agency}", lang).format(agency=form.to_agency), "subtitle"))
    story += [
        Spacer(1, styles.size),
        numbered_heading(styles, "A", L("The case", lang)),
        field_rows(
            styles,
            [
                (L("Date received", lang), long_date(form.reported_on, lang)),
                (L("Category", lang), form.category),
                (L("Country", lang), form.country or "-"),
                (L("Lead agency", lang), form.lead_agency or "-"),
                (L("Agencies involved", lang), ", ".join(form.agencies_involved) or "-"),
                (L("Stage", lang), form.stage),
            ],
            55 * MM,
            width - 59 * MM,
        ),
        numbered_heading(styles, "B", L("The migrant worker", lang)),
        particulars_table(styles, page, form.worker),
    ]
    if not form.sensitive_included:
        story.append(
            styles.p(
                L(
                    "Identity numbers and contact details are left out; ask the issuing office for them.",
                    lang,
                ),
                "small",
            )
        )
    story += [numbered_heading(styles, "C", L("Summary", lang)), styles.p(form.summary or "-", "justify")]
    if form.referrals:
        story.append(numbered_heading(styles, "D", L("Referrals", lang)))
        story.append(
            grid_table(
                styles,
                [L("Sent", lang), L("To", lang), L("Reason", lang), L("Status", lang)],
                [(long_date(r.sent_on, lang), r.to_agency, r.reason, r.status) for r in form.referrals],
                [30 * MM, 28 * MM, width - 88 * MM, 30 * MM],
                centre_columns=(),
            )
        )
    if form.next_steps:
        story.append(numbered_heading(styles, "E", L("Next steps", lang)))
        story += [styles.p(f"{i}. {step}") for i, step in enumerate(form.next_steps, 1)]
    story += [
        Spacer(1, styles.size),
        align_right(
            page,
            signature_block(styles, page, form.signer, above=f"{form.place}, {long_date(form.date, lang)}"),
        ),
    ]
    return render(story, page, title=L("Case summary", lang), short_header=form.case_number)


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "CASE SUMMARY"),
    QT_TRANSLATE_NOOP("documents", "Case summary"),
    QT_TRANSLATE_NOOP("documents", "for {agency}"),
    QT_TRANSLATE_NOOP("documents", "The case"),
    QT_TRANSLATE_NOOP("documents", "Country"),
    QT_TRANSLATE_NOOP("documents", "Lead agency"),
    QT_TRANSLATE_NOOP("documents", "Agencies involved"),
    QT_TRANSLATE_NOOP("documents", "Stage"),
    QT_TRANSLATE_NOOP(
        "documents", "Identity numbers and contact details are left out; ask the issuing office for them."
    ),
    QT_TRANSLATE_NOOP("documents", "Summary"),
    QT_TRANSLATE_NOOP("documents", "Referrals"),
    QT_TRANSLATE_NOOP("documents", "Sent"),
    QT_TRANSLATE_NOOP("documents", "Reason"),
    QT_TRANSLATE_NOOP("documents", "Status"),
    QT_TRANSLATE_NOOP("documents", "Next steps"),
)

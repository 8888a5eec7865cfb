"""Pedoman koordinasi: the coordination protocol printed as a guideline, rule by rule, with the
response standards in working days and the closure rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents.formats import long_date
from app.documents.page import MM, L, PageSettings, Styles, grid_table, render
from app.i18n import QT_TRANSLATE_NOOP

INTRODUCTION = QT_TRANSLATE_NOOP(
    "documents",
    "This guideline states, for each category of complaint, which agency leads the handling, which agencies "
    "must be involved, and within how many working days each step is owed. Working days are counted in the "
    "calendar of the agency that owes the step. Where no lead is named, the representation in the worker's "
    "country of placement leads.",
)


@dataclass(frozen=True)
class ProtocolRuleLine:
    category: str
    lead: str
    involved: tuple[str, ...]
    verification_days: int
    first_clarification_days: int
    second_clarification_days: int
    referral_answer_days: int
    incomplete_documents_days: int
    no_clarification_working_days: int
    unreachable_days: int
    note: str = ""


@dataclass(frozen=True)
class ProtocolGuide:
    issuer: str
    date: date
    rules: tuple[ProtocolRuleLine, ...]


def build(guide: ProtocolGuide, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    story: list[Any] = [
        styles.p(L("COORDINATION PROTOCOL", lang), "title"),
        styles.p(L("for handling complaints of migrant workers", lang), "subtitle"),
        styles.p(L("as in force on {date}", lang).format(date=long_date(guide.date, lang)), "subtitle"),
        Spacer(1, styles.size),
        styles.p(
            L(INTRODUCTION, lang),
            "justify",
        ),
        styles.p(L("1. Leads and agencies involved", lang), "heading"),
        grid_table(
            styles,
            [L("No.", lang), L("Category", lang), L("Lead", lang), L("Agencies involved", lang)],
            [
                (str(i), r.category, r.lead, ", ".join(r.involved) or "-")
                for i, r in enumerate(guide.rules, 1)
            ],
            [11 * MM, width * 0.33, width * 0.27, width - 11 * MM - width * 0.6],
        ),
        styles.p(L("2. Response standards (working days)", lang), "heading"),
        grid_table(
            styles,
            [
                L("No.", lang),
                L("Category", lang),
                L("Verify", lang),
                L("1st clarification", lang),
                L("2nd clarification", lang),
                L("Answer a referral", lang),
            ],
            [
                (
                    str(i),
                    r.category,
                    str(r.verification_days),
                    str(r.first_clarification_days),
                    str(r.second_clarification_days),
                    str(r.referral_answer_days),
                )
                for i, r in enumerate(guide.rules, 1)
            ],
            [11 * MM, width - 11 * MM - 4 * 25 * MM, 25 * MM, 25 * MM, 25 * MM, 25 * MM],
            centre_columns=(0, 2, 3, 4, 5),
        ),
        styles.p(L("3. Closure rules", lang), "heading"),
        grid_table(
            styles,
            [
                L("No.", lang),
                L("Category", lang),
                L("Documents incomplete (days)", lang),
                L("No clarification (working days)", lang),
                L("Complainant unreachable (days)", lang),
            ],
            [
                (
                    str(i),
                    r.category,
                    str(r.incomplete_documents_days),
                    str(r.no_clarification_working_days),
                    str(r.unreachable_days),
                )
                for i, r in enumerate(guide.rules, 1)
            ],
            [11 * MM, width - 11 * MM - 3 * 32 * MM, 32 * MM, 32 * MM, 32 * MM],
            centre_columns=(0, 2, 3, 4),
        ),
    ]
    notes = [(r.category, r.note) for r in guide.rules if r.note]
    if notes:
        story.append(styles.p(L("4. Notes", lang), "heading"))
        story += [styles.p(f"{category}: {note}") for category, note in notes]
    story += [Spacer(1, styles.size), styles.p(guide.issuer, "right")]
    return render(
        story, page, title=L("Coordination protocol", lang), short_header=L("Coordination protocol", lang)
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "COORDINATION PROTOCOL"),
    QT_TRANSLATE_NOOP("documents", "Coordination protocol"),
    QT_TRANSLATE_NOOP("documents", "for handling complaints of migrant workers"),
    QT_TRANSLATE_NOOP("documents", "as in force on {date}"),
    QT_TRANSLATE_NOOP("documents", "1. Leads and agencies involved"),
    QT_TRANSLATE_NOOP("documents", "Lead"),
    QT_TRANSLATE_NOOP("documents", "2. Response standards (working days)"),
    QT_TRANSLATE_NOOP("documents", "Verify"),
    QT_TRANSLATE_NOOP("documents", "1st clarification"),
    QT_TRANSLATE_NOOP("documents", "2nd clarification"),
    QT_TRANSLATE_NOOP("documents", "Answer a referral"),
    QT_TRANSLATE_NOOP("documents", "3. Closure rules"),
    QT_TRANSLATE_NOOP("documents", "Documents incomplete (days)"),
    QT_TRANSLATE_NOOP("documents", "No clarification (working days)"),
    QT_TRANSLATE_NOOP("documents", "Complainant unreachable (days)"),
    QT_TRANSLATE_NOOP("documents", "4. Notes"),
)

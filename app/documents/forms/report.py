"""Laporan koordinasi berkala: the periodic coordination report (month, quarter or year; one
site or national): cases by category, country, stage and kind of departure, referrals answered
within the standard, and, when the meeting records supply them, meeting regularity and action
items done on time. Bar charts are drawn with ReportLab's graphics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.documents import fonts
from app.documents.formats import long_date
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
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class PeriodicReport:
    #: "November 2026", "Triwulan IV 2026", "2026" (already in the document's language)
    period: str
    #: "KBRI Kuala Lumpur" or "Nasional"
    scope: str
    starts: date
    ends: date
    place: str
    date: date
    cases_received: int
    cases_closed: int
    by_category: tuple[Count, ...]
    by_country: tuple[Count, ...]
    by_stage: tuple[Count, ...]
    by_departure: tuple[Count, ...]
    referrals_sent: int
    referrals_answered_in_time: int
    referrals_answered_late: int
    referrals_unanswered_overdue: int
    #: None until the meeting records feed the report
    meetings_planned: int | None = None
    meetings_held: int | None = None
    actions_due: int | None = None
    actions_done_on_time: int | None = None
    signer: Signatory | None = None


def _share(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.0f} %" if whole else "-"


def _chart(counts: tuple[Count, ...], width: float, limit: int = 10) -> Any:
    """Horizontal bars, largest first, at most `limit` of them."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    shown = sorted(counts, key=lambda c: -c.count)[:limit]
    height = 14 * len(shown) + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.42, 14
    chart.width, chart.height = width * 0.52, height - 20
    chart.data = [[c.count for c in reversed(shown)]]
    chart.categoryAxis.categoryNames = [c.label[:42] for c in reversed(shown)]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.Color(0.16, 0.36, 0.56)
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "%d"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _section(
    styles: Styles, page: PageSettings, title: str, counts: tuple[Count, ...], total: int
) -> list[Any]:
    lang = page.language
    width = page.text_width
    story: list[Any] = [styles.p(title, "heading")]
    if not counts:
        return [*story, styles.p(L("None in this period.", lang))]
    if len(counts) > 1:
        story.append(_chart(counts, width))
    story.append(
        grid_table(
            styles,
            [L("No.", lang), L("Description", lang), L("Cases", lang), L("Share", lang)],
            [(str(i), c.label, str(c.count), _share(c.count, total)) for i, c in enumerate(counts, 1)],
            [11 * MM, width - 11 * MM - 50 * MM, 25 * MM, 25 * MM],
            centre_columns=(0, 2, 3),
        )
    )
    return story


def build(report: PeriodicReport, page: PageSettings) -> bytes:
    from reportlab.platypus import Spacer

    lang = page.language
    styles = Styles(page.font_size)
    width = page.text_width
    answered = report.referrals_answered_in_time + report.referrals_answered_late
    in_time = f"{report.referrals_answered_in_time} / {answered} "
    in_time += f"({_share(report.referrals_answered_in_time, answered)})"
    story: list[Any] = [
        styles.p(L("PERIODIC COORDINATION REPORT", lang), "title"),
        styles.p(f"{report.scope} — {report.period}", "subtitle"),
        styles.p(
            L("{start} to {end}", lang).format(
                start=long_date(report.starts, lang), end=long_date(report.ends, lang)
            ),
            "subtitle",
        ),
        Spacer(1, styles.size),
        styles.p(L("1. Summary", lang), "heading"),
        field_rows(
            styles,
            [
                (L("Cases received", lang), str(report.cases_received)),
                (L("Cases resolved or closed", lang), str(report.cases_closed)),
                (L("Referrals sent", lang), str(report.referrals_sent)),
                (L("Referrals answered within the standard", lang), in_time),
                (L("Referrals answered late", lang), str(report.referrals_answered_late)),
                (L("Referrals overdue without an answer", lang), str(report.referrals_unanswered_overdue)),
            ],
            80 * MM,
            width - 84 * MM,
        ),
    ]
    total = report.cases_received
    story += _section(styles, page, L("2. Cases by category", lang), report.by_category, total)
    story += _section(styles, page, L("3. Cases by country of placement", lang), report.by_country, total)
    story += _section(styles, page, L("4. Cases by stage", lang), report.by_stage, total)
    story += _section(
        styles, page, L("5. Procedural and non-procedural departures", lang), report.by_departure, total
    )
    story.append(styles.p(L("6. Coordination meetings", lang), "heading"))
    if report.meetings_planned is None:
        story.append(styles.p(L("Meeting records are not kept at this desk yet.", lang)))
    else:
        done_on_time, due = report.actions_done_on_time or 0, report.actions_due or 0
        done = f"{done_on_time} ({_share(done_on_time, due)})"
        story.append(
            field_rows(
                styles,
                [
                    (L("Meetings planned", lang), str(report.meetings_planned)),
                    (L("Meetings held", lang), str(report.meetings_held or 0)),
                    (L("Action items due", lang), str(report.actions_due or 0)),
                    (L("Action items done on time", lang), done),
                ],
                80 * MM,
                width - 84 * MM,
            )
        )
    if report.signer is not None:
        story += [
            Spacer(1, styles.size),
            align_right(
                page,
                signature_block(
                    styles, page, report.signer, above=f"{report.place}, {long_date(report.date, lang)}"
                ),
            ),
        ]
    title = L("Periodic coordination report", lang)
    return render(
        story,
        page,
        title=f"{title} {report.period}",
        short_header=f"{title} · {report.scope} · {report.period}",
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "None in this period."),
    QT_TRANSLATE_NOOP("documents", "Description"),
    QT_TRANSLATE_NOOP("documents", "Cases"),
    QT_TRANSLATE_NOOP("documents", "Share"),
    QT_TRANSLATE_NOOP("documents", "PERIODIC COORDINATION REPORT"),
    QT_TRANSLATE_NOOP("documents", "Periodic coordination report"),
    QT_TRANSLATE_NOOP("documents", "{start} to {end}"),
    QT_TRANSLATE_NOOP("documents", "1. Summary"),
    QT_TRANSLATE_NOOP("documents", "Cases received"),
    QT_TRANSLATE_NOOP("documents", "Cases resolved or closed"),
    QT_TRANSLATE_NOOP("documents", "Referrals sent"),
    QT_TRANSLATE_NOOP("documents", "Referrals answered within the standard"),
    QT_TRANSLATE_NOOP("documents", "Referrals answered late"),
    QT_TRANSLATE_NOOP("documents", "Referrals overdue without an answer"),
    QT_TRANSLATE_NOOP("documents", "2. Cases by category"),
    QT_TRANSLATE_NOOP("documents", "3. Cases by country of placement"),
    QT_TRANSLATE_NOOP("documents", "4. Cases by stage"),
    QT_TRANSLATE_NOOP("documents", "5. Procedural and non-procedural departures"),
    QT_TRANSLATE_NOOP("documents", "6. Coordination meetings"),
    QT_TRANSLATE_NOOP("documents", "Meeting records are not kept at this desk yet."),
    QT_TRANSLATE_NOOP("documents", "Meetings planned"),
    QT_TRANSLATE_NOOP("documents", "Meetings held"),
    QT_TRANSLATE_NOOP("documents", "Action items due"),
    QT_TRANSLATE_NOOP("documents", "Action items done on time"),
)

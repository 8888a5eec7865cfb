"""`jejaring stats`: the dashboard's figures (app/services/dashboard) as text tables or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_args import optional_date
from app.config import Config
from app.i18n import QT_TRANSLATE_NOOP, cli_language, translate


def add_commands(commands: Any) -> None:
    stats = commands.add_parser(
        "stats", help=translate("cli", "the dashboard's figures: cases, protocol, meetings, exchange")
    )
    stats.add_argument("--json", action="store_true", help=translate("cli", "print JSON (stable keys)"))
    stats.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help=translate("cli", "first day (default: 11 months back, 1st)"),
    )
    stats.add_argument(
        "--to", dest="last", metavar="DATE", help=translate("cli", "last day (default: today)")
    )
    stats.add_argument("--site", metavar="CODE", help=translate("cli", "only the cases of this site"))
    stats.add_argument("--country", metavar="CC", help=translate("cli", "only cases in this country"))
    stats.add_argument("--category", metavar="C", help=translate("cli", "only cases of this category"))


def cmd_stats(config: Config, args: argparse.Namespace) -> int:
    from app.cli import print_json, today
    from app.cli_access import open_desk
    from app.services import dashboard

    now = today()
    first, last = dashboard.default_period(now)
    flt = dashboard.DashboardFilter(
        optional_date(args.first) or first,
        optional_date(args.last) or last,
        args.site,
        args.country,
        args.category,
    )
    language = cli_language()
    desk = open_desk(config)
    try:
        figures = dashboard.dashboard(desk, flt, language=language, today=now)
    finally:
        desk.close()
    if args.json:
        print_json(as_json(figures))
    else:
        print_text(figures, language)
    return 0


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def as_json(d: Any) -> dict[str, Any]:
    """The figures under stable keys (codes, ISO dates, percentages with one decimal)."""
    c = d.cases
    return {
        "period": {"from": d.filter.first, "to": d.filter.last},
        "filter": {"site": d.filter.site, "country": d.filter.country, "category": d.filter.category},
        "today": {
            "date": d.today,
            "overdue": d.overdue_lines,
            "lines": [
                {
                    "kind": line.kind,
                    "what": line.what,
                    "reference": line.reference,
                    "due_on": line.due_on,
                    "overdue": line.overdue,
                    "whose": line.whose,
                    "opens": {"kind": line.target.kind, "key": line.target.key},
                }
                for line in d.lines
            ],
        },
        "cases": {
            "new": c.new,
            "open": c.open,
            "closed": c.closed,
            "life_threatening_open": c.life_threatening_open,
            **{
                name: {s.key or "unknown": s.count for s in getattr(c, name)}
                for name in ("by_category", "by_country", "by_status", "by_departure", "by_lead_agency")
            },
            "trend": [{"month": f"{m.month:%Y-%m}", "new": m.new, "closed": m.closed} for m in c.trend],
        },
        "protocol": [
            {
                "agency": p.agency_code,
                "referrals_sent": p.referrals_sent,
                "referrals_in_time": p.referrals_in_time,
                "referrals_late": p.referrals_late,
                "referrals_overdue": p.referrals_overdue,
                "referrals_returned": p.referrals_returned,
                "referrals_in_time_pct": _pct(p.referral_share),
                "steps_due": p.steps_due,
                "steps_in_time": p.steps_in_time,
                "steps_late": p.steps_late,
                "steps_overdue": p.steps_overdue,
                "steps_in_time_pct": _pct(p.step_share),
            }
            for p in d.protocol
        ],
        "meetings": [
            {
                "forum": f.forum_code,
                "planned": f.planned,
                "held": f.held,
                "postponed": f.postponed,
                "cancelled": f.cancelled,
                "mean_days_between": f.mean_days_between,
                "longest_gap_days": f.longest_gap_days,
                "attendance": {
                    a.agency_code: {"invited": a.invited, "attended": a.attended} for a in f.attendance
                },
                "actions": f.actions,
                "actions_done_on_time": f.done_on_time,
                "actions_done_late": f.done_late,
                "actions_overdue": f.overdue,
            }
            for f in d.meetings
        ],
        "exchange": [
            {
                "peer": e.code,
                "days_since_sent": e.days_since_sent,
                "days_since_received": e.days_since_received,
            }
            for e in d.exchange
        ],
        "informal": {
            "open_cases": d.informal.open_cases,
            "with_contact": d.informal.with_contact,
            "pct": _pct(d.informal.share),
        },
    }


def _table(headers: list[str], rows: list[list[Any]]) -> None:
    """A text table: numbers to the right, words to the left."""
    numeric = [
        all(isinstance(row[i], int | float) or row[i] is None for row in rows) for i in range(len(headers))
    ]
    cells = [headers, *[["" if v is None else str(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print(
            "  "
            + "  ".join(
                v.rjust(w) if numeric[i] else v.ljust(w)
                for i, (v, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def _share_text(value: float | None, language: str) -> str:
    from babel.numbers import format_percent

    return (
        "—" if value is None else str(format_percent(value, locale="en_GB" if language == "en" else "id_ID"))
    )


def print_text(d: Any, language: str) -> None:
    def t(text: str) -> str:
        return translate("cli", text, language)

    c = d.cases
    print(t("Figures from {first} to {last}").format(first=d.filter.first, last=d.filter.last))
    print()
    print(t("Today: {count} lines, {overdue} overdue").format(count=len(d.lines), overdue=d.overdue_lines))
    if d.lines:
        _table(
            [t("Due"), t("Kind"), t("Reference"), t("What")],
            [
                [
                    f"{line.due_on or ''}{' !' if line.overdue else ''}",
                    line.kind,
                    line.reference,
                    line.what[:60],
                ]
                for line in d.lines
            ],
        )
    print()
    print(t("Cases"))
    _table(
        [t("Figure"), t("Count")],
        [
            [t("New in the period"), c.new],
            [t("Closed in the period"), c.closed],
            [t("Open now"), c.open],
            [t("Life-threatening, open"), c.life_threatening_open],
        ],
    )
    for title, shares in (
        (t("By category"), c.by_category),
        (t("By destination country"), c.by_country),
        (t("By stage"), c.by_status),
        (t("By departure"), c.by_departure),
        (t("By lead agency"), c.by_lead_agency),
    ):
        print()
        print(title)
        _table([t("Value"), t("Cases")], [[s.label, s.count] for s in shares])
    print()
    print(t("Cases per month"))
    _table([t("Month"), t("New"), t("Closed")], [[f"{m.month:%Y-%m}", m.new, m.closed] for m in c.trend])
    print()
    print(t("Protocol: answered and done within the working-day standard"))
    _table(
        [t("Agency"), t("Referrals"), t("In time"), t("Returned"), t("Steps due"), t("In time")],
        [
            [
                p.agency_code,
                p.referrals_due,
                _share_text(p.referral_share, language),
                p.referrals_returned,
                p.steps_due,
                _share_text(p.step_share, language),
            ]
            for p in d.protocol
        ],
    )
    print()
    print(t("Meetings (the whole office)"))  # a forum is not narrowed by country or category
    _table(
        [t("Forum"), t("Planned"), t("Held"), t("Days between"), t("Actions on time"), t("Overdue")],
        [
            [f.forum_code, f.planned, f.held, f.mean_days_between, f.done_on_time, f.overdue]
            for f in d.meetings
        ],
    )
    for f in d.meetings:
        if f.attendance:
            print()
            print(t("Attendance at {forum}").format(forum=f.forum_code))
            _table(
                [t("Agency"), t("Invited"), t("Attended")],
                [[a.agency_code, a.invited, a.attended] for a in f.attendance],
            )
    print()
    print(t("Exchange: days since the last bundle (the whole office)"))
    _table(
        [t("Peer"), t("Sent"), t("Received")],
        [[e.code, e.days_since_sent, e.days_since_received] for e in d.exchange],
    )
    print()
    print(
        t(
            "Informal channels: {with_contact} of {open} open cases had a call or message logged ({share})"
        ).format(
            with_contact=d.informal.with_contact,
            open=d.informal.open_cases,
            share=_share_text(d.informal.share, language),
        )
    )


#: the texts `print_text` translates at run time (marked here so lupdate finds them)
_TEXTS = (
    QT_TRANSLATE_NOOP(
        "cli", "Informal channels: {with_contact} of {open} open cases had a call or message logged ({share})"
    ),
    QT_TRANSLATE_NOOP("cli", "Actions on time"),
    QT_TRANSLATE_NOOP("cli", "Agency"),
    QT_TRANSLATE_NOOP("cli", "Attendance at {forum}"),
    QT_TRANSLATE_NOOP("cli", "Attended"),
    QT_TRANSLATE_NOOP("cli", "By category"),
    QT_TRANSLATE_NOOP("cli", "By departure"),
    QT_TRANSLATE_NOOP("cli", "By destination country"),
    QT_TRANSLATE_NOOP("cli", "By lead agency"),
    QT_TRANSLATE_NOOP("cli", "By stage"),
    QT_TRANSLATE_NOOP("cli", "Cases"),
    QT_TRANSLATE_NOOP("cli", "Cases per month"),
    QT_TRANSLATE_NOOP("cli", "Closed"),
    QT_TRANSLATE_NOOP("cli", "Closed in the period"),
    QT_TRANSLATE_NOOP("cli", "Count"),
    QT_TRANSLATE_NOOP("cli", "Days between"),
    QT_TRANSLATE_NOOP("cli", "Due"),
    QT_TRANSLATE_NOOP("cli", "Exchange: days since the last bundle (the whole office)"),
    QT_TRANSLATE_NOOP("cli", "Figure"),
    QT_TRANSLATE_NOOP("cli", "Figures from {first} to {last}"),
    QT_TRANSLATE_NOOP("cli", "Forum"),
    QT_TRANSLATE_NOOP("cli", "Held"),
    QT_TRANSLATE_NOOP("cli", "In time"),
    QT_TRANSLATE_NOOP("cli", "Invited"),
    QT_TRANSLATE_NOOP("cli", "Kind"),
    QT_TRANSLATE_NOOP("cli", "Life-threatening, open"),
    QT_TRANSLATE_NOOP("cli", "Meetings (the whole office)"),
    QT_TRANSLATE_NOOP("cli", "Month"),
    QT_TRANSLATE_NOOP("cli", "New"),
    QT_TRANSLATE_NOOP("cli", "New in the period"),
    QT_TRANSLATE_NOOP("cli", "Open now"),
    QT_TRANSLATE_NOOP("cli", "Overdue"),
    QT_TRANSLATE_NOOP("cli", "Peer"),
    QT_TRANSLATE_NOOP("cli", "Planned"),
    QT_TRANSLATE_NOOP("cli", "Protocol: answered and done within the working-day standard"),
    QT_TRANSLATE_NOOP("cli", "Received"),
    QT_TRANSLATE_NOOP("cli", "Reference"),
    QT_TRANSLATE_NOOP("cli", "Referrals"),
    QT_TRANSLATE_NOOP("cli", "Returned"),
    QT_TRANSLATE_NOOP("cli", "Sent"),
    QT_TRANSLATE_NOOP("cli", "Steps due"),
    QT_TRANSLATE_NOOP("cli", "Today: {count} lines, {overdue} overdue"),
    QT_TRANSLATE_NOOP("cli", "Value"),
    QT_TRANSLATE_NOOP("cli", "What"),
)


COMMANDS = {"stats": cmd_stats}

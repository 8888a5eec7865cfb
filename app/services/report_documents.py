"""The periodic coordination report filled from the case register with SQL aggregates (never by
loading cases): a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026"), for this site's
cases or for every case this desk holds (national, at the hub)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from babel.dates import format_date
from sqlalchemy import select

from app.documents.forms.report import Count, PeriodicReport
from app.documents.page import Signatory
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import Site
from app.services.dashboard import DashboardFilter, period_figures
from app.services.desk import Desk

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$")
_ROMAN = ("I", "II", "III", "IV")


def parse_period(text: str, language: str) -> tuple[date, date, str]:
    """(first day, last day, the period as printed) of "2026-11", "2026-Q4" or "2026"."""
    match = _PERIOD.match(text.strip().upper())
    month = int(match.group(2)) if match and match.group(2) else None
    if match is None or (month is not None and not 1 <= month <= 12):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A period is a month (2026-11), a quarter (2026-Q4) or a year (2026): not {period}."
            ),
            field="period",
            period=text,
        )
    year = int(match.group(1))
    locale = "en_GB" if language == "en" else "id_ID"
    if month is not None:
        start = date(year, month, 1)
        return (
            start,
            date(year, month, monthrange(year, month)[1]),
            str(format_date(start, "MMMM y", locale=locale)),
        )
    if match.group(3):
        quarter = int(match.group(3))
        start = date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        name = translate("documents", "Quarter {quarter} {year}", language)
        return (
            start,
            date(year, end_month, monthrange(year, end_month)[1]),
            name.format(quarter=_ROMAN[quarter - 1], year=year),
        )
    return date(year, 1, 1), date(year, 12, 31), str(year)


def build_report(
    desk: Desk, period: str, language: str, *, national: bool, place: str, signer: Signatory, today: date
) -> PeriodicReport:
    starts, ends, printed = parse_period(period, language)
    with desk.read() as session:
        site = session.execute(select(Site.code, Site.name).where(Site.code == desk.site_code)).first()
    scope = translate("documents", "National", language) if national or site is None else site.name
    # the dashboard's figures (app/services/dashboard), so the paper and the screen agree
    flt = DashboardFilter(starts, ends, site=None if national or site is None else site.code)
    figures = period_figures(desk, flt, language=language, today=today)
    cases, forums = figures.cases, figures.meetings
    return PeriodicReport(
        period=printed,
        scope=scope,
        starts=starts,
        ends=ends,
        place=place,
        date=today,
        cases_received=cases.new,
        cases_closed=cases.closed,
        by_category=tuple(Count(s.label, s.count) for s in cases.by_category),
        by_country=tuple(Count(s.label, s.count) for s in cases.by_country),
        by_stage=tuple(Count(s.label, s.count) for s in cases.by_status),
        by_departure=tuple(Count(s.label, s.count) for s in cases.by_departure),
        referrals_sent=sum(p.referrals_sent for p in figures.protocol),
        referrals_answered_in_time=sum(p.referrals_in_time for p in figures.protocol),
        referrals_answered_late=sum(p.referrals_late for p in figures.protocol),
        referrals_unanswered_overdue=sum(p.referrals_overdue for p in figures.protocol),
        # the meeting figures are the Meetings view's (app/services/regularity.py); an action
        # item is due once its date has come, or once it is done
        meetings_planned=sum(f.planned for f in forums),
        meetings_held=sum(f.held for f in forums),
        actions_due=sum(f.done_on_time + f.done_late + f.overdue for f in forums),
        actions_done_on_time=sum(f.done_on_time for f in forums),
        signer=signer,
    )


_LABELS = (
    QT_TRANSLATE_NOOP("documents", "Quarter {quarter} {year}"),
    QT_TRANSLATE_NOOP("documents", "National"),
)

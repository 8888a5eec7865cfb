"""The dashboard's figures: one service for the Dashboard view, `jejaring stats` and the printed
periodic report. Every figure is an SQL aggregate (COUNT / SUM over GROUP BY, window functions
in the meeting figures), never a loop over loaded records; docs/dashboard.md defines each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import CaseCategory, Country, Site
from app.services.dashboard.case_figures import case_figures
from app.services.dashboard.coordination import exchange_figures, informal_figures, protocol_figures
from app.services.dashboard.dto import (
    AgencyProtocol,
    CaseFigures,
    Dashboard,
    DashboardFilter,
    InformalChannels,
    MonthCount,
    PeerExchange,
    RecordRef,
    Share,
    TodayLine,
)
from app.services.dashboard.scope import scope_of
from app.services.dashboard.today import today_lines
from app.services.desk import Desk
from app.services.regularity import Regularity, regularity

__all__ = [
    "AgencyProtocol",
    "CaseFigures",
    "Dashboard",
    "DashboardFilter",
    "InformalChannels",
    "MonthCount",
    "PeerExchange",
    "PeriodFigures",
    "RecordRef",
    "Share",
    "TodayLine",
    "dashboard",
    "default_period",
    "period_figures",
    "validate_filter",
]


def default_period(today: date) -> tuple[date, date]:
    """The twelve months up to today: the first of the month eleven months back, and today."""
    month = today.month - 11
    year = today.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1), today


def validate_filter(desk: Desk, flt: DashboardFilter) -> DashboardFilter:
    """The filter with its codes normalised, or a ValidationError naming the bad field."""
    if flt.first > flt.last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="period"
        )
    site = (flt.site or "").strip().upper() or None
    country = (flt.country or "").strip().upper() or None
    category = (flt.category or "").strip().lower() or None
    with desk.read() as session:
        if site and session.scalar(select(Site.id).where(Site.code == site)) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no site with the code {code}."), field="site", code=site
            )
        if country and session.scalar(select(Country.iso2).where(Country.iso2 == country)) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no country with the code {code}."),
                field="country",
                code=country,
            )
        if (
            category
            and session.scalar(select(CaseCategory.code).where(CaseCategory.code == category)) is None
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no case category {code}."),
                field="category",
                code=category,
            )
    return DashboardFilter(flt.first, flt.last, site, country, category)


@dataclass(frozen=True)
class PeriodFigures:
    """The figures of a period that the printed periodic report shows too."""

    cases: CaseFigures
    protocol: tuple[AgencyProtocol, ...]
    meetings: tuple[Regularity, ...]


def period_figures(
    desk: Desk, flt: DashboardFilter, *, language: str = "id", today: date | None = None
) -> PeriodFigures:
    today = today or date.today()
    flt = validate_filter(desk, flt)
    with desk.read() as session:
        scope = scope_of(session, desk)
        cases = case_figures(session, scope, flt, language)
        protocol = protocol_figures(session, scope, flt, today)
    return PeriodFigures(cases, protocol, tuple(regularity(desk, flt.first, flt.last, today=today)))


def dashboard(
    desk: Desk, flt: DashboardFilter, *, language: str = "id", today: date | None = None
) -> Dashboard:
    """Every figure of the dashboard for the officer at `desk`."""
    today = today or date.today()
    flt = validate_filter(desk, flt)
    period = period_figures(desk, flt, language=language, today=today)
    with desk.read() as session:
        scope = scope_of(session, desk)
        lines = today_lines(session, scope, flt, today, language)
        exchange = exchange_figures(session, today)
        informal = informal_figures(session, scope, flt, period.cases.open)
    return Dashboard(flt, today, lines, period.cases, period.protocol, period.meetings, exchange, informal)

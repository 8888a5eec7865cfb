"""The case figures of a period: new, open, closed, the breakdowns and the monthly trend.

Each is one aggregate query read from an index alone (migration 9c0d00000001): the period's
cases per day, stage and procedural-or-not in one pass (ix_case_file_live_figures, in its
order); one GROUP BY per other breakdown, each over an index that starts with its key, so the
database groups while it reads instead of sorting the period's cases; the open and
life-threatening counts in one pass over the partial index of open cases. (One GROUP BY over
all five keys returns thousands of groups, and conditional sums per key cost SQLite more per
case than a grouped index read.)"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.labels import CASE_STATUS_LABELS, label
from app.models import Agency, Case, CaseCategory, CaseStatus, Country, Site
from app.models.cases import CLOSED_STAGES
from app.services.dashboard.dto import CaseFigures, DashboardFilter, MonthCount, Share
from app.services.dashboard.scope import Scope, cases_visible

DEPARTURE_KEYS = {True: "procedural", False: "non_procedural", None: "unknown"}


def case_clauses(session: Session, scope: Scope, flt: DashboardFilter) -> list[ColumnElement[bool]]:
    """Live cases this officer may count, narrowed by the filter's site, country and category."""
    clauses: list[ColumnElement[bool]] = [Case.deleted_at.is_(None), cases_visible(scope)]
    if flt.site:
        clauses.append(Case.site_id == select(Site.id).where(Site.code == flt.site).scalar_subquery())
    if flt.country:
        clauses.append(Case.country == flt.country)
    if flt.category:
        clauses.append(Case.category == flt.category)
    return clauses


def is_open() -> ColumnElement[bool]:
    """The case is open (not resolved or closed), in the words of the partial index
    ix_case_file_open (OPEN_CASES_SQL, with case_clauses' `deleted_at IS NULL`): literals, not
    parameters, or neither database could tell that the index holds every row asked for."""
    return Case.status.not_in([literal_column(f"'{stage.value}'") for stage in CLOSED_STAGES])


def _months(first: date, last: date) -> list[date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1)
    return months


def _per_month(session: Session, column: Any, clauses: list[ColumnElement[bool]]) -> dict[date, int]:
    """Counts per month, from counts per day (a few hundred rows a year, read from the index;
    no date function per case, and the same SQL on every database)."""
    months: Counter[date] = Counter()
    for day, n in session.execute(select(column, func.count()).where(*clauses).group_by(column)):
        months[day.replace(day=1)] += int(n)
    return dict(months)


def case_figures(session: Session, scope: Scope, flt: DashboardFilter, language: str) -> CaseFigures:
    live = case_clauses(session, scope, flt)
    received = [*live, Case.reported_on >= flt.first, Case.reported_on <= flt.last]
    closed_in = [*live, Case.closed_on >= flt.first, Case.closed_on <= flt.last]

    def grouped(column: Any) -> Counter[Any]:
        query = select(column, func.count()).where(*received).group_by(column)
        return Counter({key: int(n) for key, n in session.execute(query)})

    category = grouped(Case.category)
    country = grouped(Case.country)
    lead = grouped(Case.lead_agency_id)
    # per day, stage and procedural-or-not (the worker's flag, copied onto the case by
    # triggers): at most a few thousand rows, read in index order without a sort
    status: Counter[Any] = Counter()
    departure: Counter[Any] = Counter()
    new_per_month: Counter[date] = Counter()
    for day, stage, procedural, n in session.execute(
        select(Case.reported_on, Case.status, Case.procedural, func.count())
        .where(*received)
        .group_by(Case.reported_on, Case.status, Case.procedural)
    ):
        status[stage] += n
        departure[procedural] += n
        new_per_month[day.replace(day=1)] += n
    open_count, life_threatening = session.execute(
        select(func.count(), func.count().filter(Case.life_threatening)).where(*live, is_open())
    ).one()
    english = language == "en"
    unknown = translate("dashboard", "Not known", language)
    names = {
        "category": dict(
            session.execute(
                select(CaseCategory.code, CaseCategory.name_en if english else CaseCategory.name)
            ).all()
        ),
        "country": dict(
            session.execute(
                select(Country.iso2, Country.name_en if english else Country.name_id).where(
                    Country.iso2.in_([k for k in country if k])
                )
            ).all()
        ),
    }
    codes = dict(
        session.execute(select(Agency.id, Agency.code).where(Agency.id.in_([k for k in lead if k]))).all()
    )
    lead_codes: Counter[Any] = Counter()
    for agency_id, n in lead.items():
        lead_codes[codes.get(agency_id) if agency_id else None] += n

    def shares(counter: Counter[Any], named: dict[Any, str]) -> tuple[Share, ...]:
        return tuple(
            Share(str(k) if k is not None else "", named.get(k, unknown) if k is not None else unknown, n)
            for k, n in sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))
        )

    stage_order = {s: i for i, s in enumerate(CaseStatus)}
    departure_names = {
        "procedural": translate("dashboard", "Procedural", language),
        "non_procedural": translate("dashboard", "Non-procedural", language),
        "unknown": unknown,
    }
    closed_per_month = _per_month(session, Case.closed_on, closed_in)
    return CaseFigures(
        new=sum(status.values()),
        closed=sum(closed_per_month.values()),
        open=int(open_count),
        life_threatening_open=int(life_threatening),
        by_category=shares(category, names["category"]),
        by_country=shares(country, names["country"]),
        by_status=tuple(
            Share(s.value, label(CASE_STATUS_LABELS, s.value, language), status[s])
            for s in sorted(status, key=lambda s: stage_order[CaseStatus(s)])
        ),
        by_departure=tuple(
            Share(DEPARTURE_KEYS[k], departure_names[DEPARTURE_KEYS[k]], n)
            for k, n in sorted(departure.items(), key=lambda item: -item[1])
        ),
        by_lead_agency=shares(lead_codes, {c: c for c in lead_codes if c}),
        trend=tuple(
            MonthCount(m, new_per_month.get(m, 0), closed_per_month.get(m, 0))
            for m in _months(flt.first, flt.last)
        ),
    )


#: marked for lupdate (translated at run time in the caller's language)
_TEXTS = (
    QT_TRANSLATE_NOOP("dashboard", "Non-procedural"),
    QT_TRANSLATE_NOOP("dashboard", "Not known"),
    QT_TRANSLATE_NOOP("dashboard", "Procedural"),
)

"""The periodic coordination report filled from the case register with SQL aggregates (never by
loading cases): a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026"), for this site's
cases or for every case this desk holds (national, at the hub)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from typing import Any

from babel.dates import format_date
from sqlalchemy import ColumnElement, func, select

from app.documents.forms.report import Count, PeriodicReport
from app.documents.page import Signatory
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.labels import CASE_STATUS_LABELS, label
from app.models import Case, CaseCategory, CaseStatus, Country, Referral, ReferralStatus, Site, Worker
from app.services.desk import Desk
from app.services.regularity import regularity

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
    english = language == "en"
    with desk.read() as session:
        site = session.scalar(select(Site).where(Site.code == desk.site_code))
        scope = translate("documents", "National", language) if national or site is None else site.name
        live: list[ColumnElement[bool]] = [Case.deleted_at.is_(None)]
        if not national and site is not None:
            live.append(Case.site_id == site.id)
        received = [*live, Case.reported_on >= starts, Case.reported_on <= ends]

        def grouped(column: Any, *joins: tuple[Any, Any]) -> list[tuple[object, int]]:
            query = select(column, func.count(Case.id)).select_from(Case)
            for target, on in joins:
                query = query.outerjoin(target, on)
            query = query.where(*received).group_by(column).order_by(func.count(Case.id).desc())
            return [(key, int(n)) for key, n in session.execute(query)]

        category_name = CaseCategory.name_en if english else CaseCategory.name
        country_name = Country.name_en if english else Country.name_id
        by_category = grouped(category_name, (CaseCategory, CaseCategory.code == Case.category))
        by_country = grouped(country_name, (Country, Country.iso2 == Case.country))
        by_stage = grouped(Case.status)
        by_departure = grouped(Worker.procedural, (Worker, Worker.id == Case.worker_id))
        closed = session.scalar(
            select(func.count(Case.id)).where(*live, Case.closed_on >= starts, Case.closed_on <= ends)
        )
        referrals = (
            select(Referral.status, Referral.due_on, Referral.answered_on)
            .join(Case, Case.id == Referral.case_id)
            .where(*live, Referral.deleted_at.is_(None), Referral.sent_on >= starts, Referral.sent_on <= ends)
        )
        sent = in_time = late = overdue = 0
        horizon = min(ends, today)
        for status, due_on, answered_on in session.execute(referrals):
            sent += 1
            if status in (ReferralStatus.ACCEPTED, ReferralStatus.RETURNED) and answered_on is not None:
                if answered_on <= due_on:
                    in_time += 1
                else:
                    late += 1
            elif status == ReferralStatus.SENT and due_on < horizon:
                overdue += 1
    stage_order = {s.value: i for i, s in enumerate(CaseStatus)}
    departure = {
        True: translate("documents", "Procedural", language),
        False: translate("documents", "Non-procedural", language),
        None: translate("documents", "Not known", language),
    }
    unknown = translate("documents", "Not known", language)
    forums = regularity(desk, starts, ends, today=today)
    return PeriodicReport(
        period=printed,
        scope=scope,
        starts=starts,
        ends=ends,
        place=place,
        date=today,
        cases_received=sum(n for _, n in by_category),
        cases_closed=int(closed or 0),
        by_category=tuple(Count(str(k or unknown), n) for k, n in by_category),
        by_country=tuple(Count(str(k or unknown), n) for k, n in by_country),
        by_stage=tuple(
            Count(label(CASE_STATUS_LABELS, str(getattr(k, "value", k)), language), n)
            for k, n in sorted(by_stage, key=lambda r: stage_order.get(str(getattr(r[0], "value", r[0])), 99))
        ),
        by_departure=tuple(Count(departure[k if isinstance(k, bool) else None], n) for k, n in by_departure),
        referrals_sent=sent,
        referrals_answered_in_time=in_time,
        referrals_answered_late=late,
        referrals_unanswered_overdue=overdue,
        # the coordination figures are the Meetings view's (app/services/regularity.py); an action
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
    QT_TRANSLATE_NOOP("documents", "Not known"),
)

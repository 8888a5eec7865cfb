"""Whether the agencies coordinate as the protocol says: referrals answered and protocol steps
done within their working-day standards (per agency), days since the last exchange bundle with
each peer, and how many open cases had a logged call or message in the period.

A standard's due date is fixed in working days of the agency that owes it when the referral or
step is made (app/services/protocol.py, with the holidays of app/services/workdays.py), so
"within the standard" is a plain comparison of two stored dates: SQL counts it."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session

from app.models import Agency, Case, CaseTask, Referral, ReferralStatus, SyncPeer
from app.models.correspondence import Communication
from app.services.dashboard.case_figures import case_clauses, is_open
from app.services.dashboard.dto import AgencyProtocol, DashboardFilter, InformalChannels, PeerExchange
from app.services.dashboard.scope import Scope

ANSWERED = (ReferralStatus.ACCEPTED, ReferralStatus.RETURNED)


def count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _of_counted_case(case_id: Any, cases: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    """The row's case is one the figures count: a correlated EXISTS, so the database drives the
    count from the (small) referral or task table, not from a million cases."""
    return exists().where(Case.id == case_id, *cases)


def protocol_figures(
    session: Session, scope: Scope, flt: DashboardFilter, today: date
) -> tuple[AgencyProtocol, ...]:
    cases = case_clauses(session, scope, flt)
    horizon = min(flt.last, today)  # an open referral is late once its due date has passed
    answered = Referral.status.in_(ANSWERED) & Referral.answered_on.is_not(None)
    referrals = {
        row.agency_id: row
        for row in session.execute(
            select(
                Referral.to_agency_id.label("agency_id"),
                func.count().label("sent"),
                count_if(answered & (Referral.answered_on <= Referral.due_on)).label("in_time"),
                count_if(answered & (Referral.answered_on > Referral.due_on)).label("late"),
                count_if((Referral.status == ReferralStatus.SENT) & (Referral.due_on < horizon)).label(
                    "overdue"
                ),
                count_if(Referral.status == ReferralStatus.RETURNED).label("returned"),
            )
            .where(
                _of_counted_case(Referral.case_id, cases),
                Referral.deleted_at.is_(None),
                Referral.status != ReferralStatus.WITHDRAWN,
                Referral.sent_on >= flt.first,
                Referral.sent_on <= flt.last,
            )
            .group_by(Referral.to_agency_id)
        )
    }
    done = CaseTask.done_on.is_not(None)
    steps = {
        row.agency_id: row
        for row in session.execute(
            select(
                CaseTask.owner_agency_id.label("agency_id"),
                func.count().label("due"),
                count_if(done & (CaseTask.done_on <= CaseTask.due_on)).label("in_time"),
                count_if(done & (CaseTask.done_on > CaseTask.due_on)).label("late"),
                count_if(~done).label("overdue"),
            )
            .where(
                _of_counted_case(CaseTask.case_id, cases),
                CaseTask.deleted_at.is_(None),
                CaseTask.step != "",
                CaseTask.owner_agency_id.is_not(None),
                CaseTask.due_on >= flt.first,
                CaseTask.due_on <= flt.last,
                done | (CaseTask.due_on < today),  # a step not yet due is not counted yet
            )
            .group_by(CaseTask.owner_agency_id)
        )
    }
    ids: set[uuid.UUID] = set(referrals) | set(steps)
    agencies = {a.id: a for a in session.scalars(select(Agency).where(Agency.id.in_(ids)))} if ids else {}
    result = []
    for agency_id in sorted(ids, key=lambda i: agencies[i].code):
        r, s = referrals.get(agency_id), steps.get(agency_id)
        result.append(
            AgencyProtocol(
                agency_code=agencies[agency_id].code,
                agency_name=agencies[agency_id].name,
                referrals_sent=int(r.sent) if r else 0,
                referrals_in_time=int(r.in_time) if r else 0,
                referrals_late=int(r.late) if r else 0,
                referrals_overdue=int(r.overdue) if r else 0,
                referrals_returned=int(r.returned) if r else 0,
                steps_due=int(s.due) if s else 0,
                steps_in_time=int(s.in_time) if s else 0,
                steps_late=int(s.late) if s else 0,
                steps_overdue=int(s.overdue) if s else 0,
            )
        )
    return tuple(result)


def _days_since(moment: datetime | None, today: date) -> int | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return max(0, (today - aware.astimezone(UTC).date()).days)


def exchange_figures(session: Session, today: date) -> tuple[PeerExchange, ...]:
    """Each peer site this desk exchanges bundles with (revoked peers left out)."""
    return tuple(
        PeerExchange(
            peer.code,
            peer.name,
            peer.last_sent_at,
            peer.last_received_at,
            _days_since(peer.last_sent_at, today),
            _days_since(peer.last_received_at, today),
        )
        for peer in session.scalars(
            select(SyncPeer).where(SyncPeer.revoked_at.is_(None)).order_by(SyncPeer.code)
        )
    )


def informal_figures(
    session: Session, scope: Scope, flt: DashboardFilter, open_cases: int
) -> InformalChannels:
    """Of the `open_cases` (counted with the case figures, same filter), those with a call,
    message, e-mail or visit logged in the period (driven from the log, small beside the register)."""
    cases = [*case_clauses(session, scope, flt), is_open()]
    start = datetime.combine(flt.first, time(0), UTC) - timedelta(hours=14)  # the period in any timezone
    end = datetime.combine(flt.last, time(0), UTC) + timedelta(days=1, hours=12)
    with_contact = (
        session.scalar(
            select(func.count(func.distinct(Communication.case_id)))
            .join(Case, Case.id == Communication.case_id)
            .where(
                *cases,
                Communication.deleted_at.is_(None),
                Communication.at >= start,
                Communication.at < end,
            )
        )
        or 0
    )
    return InformalChannels(int(open_cases), int(with_contact))

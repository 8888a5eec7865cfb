"""Whether coordination is routine, measured per forum over a period: meetings planned against
held, days between held meetings, attendance per agency, and whether action items are done on
time. All of it is SQL aggregates in one call, so the Meetings view, the dashboard and the
printed reports show the same figures.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, Float, case, cast, func, select
from sqlalchemy.orm import Session

from app.models import ActionItem, Agency, Attendance, AttendanceStatus, Forum, Meeting, MeetingStatus
from app.services.desk import Desk


@dataclass(frozen=True)
class AgencyAttendance:
    agency_code: str
    agency_name: str
    invited: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.invited if self.invited else None


@dataclass(frozen=True)
class Regularity:
    forum_id: uuid.UUID
    forum_code: str
    forum_name: str
    first: date
    last: date
    planned: int  # every meeting dated in the period, whatever became of it
    held: int
    postponed: int
    cancelled: int
    mean_days_between: float | None  # between consecutive held meetings
    longest_gap_days: float | None
    attendance: tuple[AgencyAttendance, ...]
    actions: int
    done_on_time: int
    done_late: int
    overdue: int  # open and past due
    open_not_due: int
    mean_days_to_done: float | None  # from the meeting to done

    @property
    def held_share(self) -> float | None:
        return self.held / self.planned if self.planned else None


def _days(session: Session, later: Any, earlier: Any, *, dates: bool = False) -> Any:
    """Days from `earlier` to `later` in the database's own arithmetic: datetimes, or (with
    `dates`) plain dates, which PostgreSQL subtracts to a whole number of days."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    if dates:
        return cast(later - earlier, Float)
    return cast(func.extract("epoch", later - earlier), Float) / 86400.0


def _date_of(session: Session, moment: Any) -> Any:
    """The (UTC) date of a datetime column (SQLite's CAST would read it as a number)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(moment)
    return cast(moment, Date)


def regularity(
    desk: Desk, first: date, last: date, *, forum_id: uuid.UUID | None = None, today: date | None = None
) -> list[Regularity]:
    """The figures of every forum (or one) for meetings starting from `first` to `last`."""
    today = today or date.today()
    start = datetime.combine(first, time(0), UTC) - timedelta(hours=14)
    end = datetime.combine(last, time(0), UTC) + timedelta(days=1, hours=12)
    in_period = (Meeting.deleted_at.is_(None), Meeting.starts_at >= start, Meeting.starts_at < end)
    forum_filter = (Meeting.forum_id == forum_id,) if forum_id else ()
    held = Meeting.status == MeetingStatus.HELD

    def count_if(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    with desk.read() as session:
        forums = {
            f.id: (f.code, f.name)
            for f in session.scalars(
                select(Forum).where(
                    Forum.deleted_at.is_(None), *((Forum.id == forum_id,) if forum_id else ())
                )
            )
        }
        counts = {
            row.forum_id: row
            for row in session.execute(
                select(
                    Meeting.forum_id,
                    func.count().label("planned"),
                    count_if(held).label("held"),
                    count_if(Meeting.status == MeetingStatus.POSTPONED).label("postponed"),
                    count_if(Meeting.status == MeetingStatus.CANCELLED).label("cancelled"),
                )
                .where(*in_period, *forum_filter)
                .group_by(Meeting.forum_id)
            )
        }
        previous = func.lag(Meeting.starts_at).over(partition_by=Meeting.forum_id, order_by=Meeting.starts_at)
        held_meetings = (
            select(Meeting.forum_id, Meeting.starts_at.label("at"), previous.label("before"))
            .where(*in_period, *forum_filter, held)
            .subquery()
        )
        gap = _days(session, held_meetings.c.at, held_meetings.c.before)
        gaps = {
            row.forum_id: row
            for row in session.execute(
                select(held_meetings.c.forum_id, func.avg(gap).label("mean"), func.max(gap).label("longest"))
                .where(held_meetings.c.before.is_not(None))
                .group_by(held_meetings.c.forum_id)
            )
        }
        came = Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED))
        attendance: dict[uuid.UUID, list[AgencyAttendance]] = {}
        for row in session.execute(
            select(
                Meeting.forum_id,
                Agency.code,
                Agency.name,
                func.count(Attendance.id).label("invited"),
                count_if(came).label("attended"),
            )
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .join(Agency, Agency.id == Attendance.agency_id)
            .where(*in_period, *forum_filter, held, Attendance.deleted_at.is_(None))
            .group_by(Meeting.forum_id, Agency.code, Agency.name)
            .order_by(Meeting.forum_id, Agency.code)
        ):
            attendance.setdefault(row.forum_id, []).append(
                AgencyAttendance(row.code, row.name, int(row.invited), int(row.attended or 0))
            )
        done = ActionItem.done_on.is_not(None)
        to_done = _days(session, ActionItem.done_on, _date_of(session, Meeting.starts_at), dates=True)
        actions = {
            row.forum_id: row
            for row in session.execute(
                select(
                    Meeting.forum_id,
                    func.count(ActionItem.id).label("total"),
                    count_if(done & (ActionItem.done_on <= ActionItem.due_on)).label("on_time"),
                    count_if(done & (ActionItem.done_on > ActionItem.due_on)).label("late"),
                    count_if(~done & (ActionItem.due_on < today)).label("overdue"),
                    count_if(~done & (ActionItem.due_on >= today)).label("waiting"),
                    func.avg(case((done, to_done), else_=None)).label("mean_days"),
                )
                .join(ActionItem, ActionItem.meeting_id == Meeting.id)
                .where(*in_period, *forum_filter, ActionItem.deleted_at.is_(None))
                .group_by(Meeting.forum_id)
            )
        }

    def number(value: Any) -> int:
        return int(value or 0)

    def mean(value: Any) -> float | None:
        return None if value is None else round(float(value), 1)

    result = []
    for fid, forum in sorted(forums.items(), key=lambda item: item[1][0]):
        c, g, a = counts.get(fid), gaps.get(fid), actions.get(fid)
        result.append(
            Regularity(
                forum_id=fid,
                forum_code=forum[0],
                forum_name=forum[1],
                first=first,
                last=last,
                planned=number(c.planned if c else 0),
                held=number(c.held if c else 0),
                postponed=number(c.postponed if c else 0),
                cancelled=number(c.cancelled if c else 0),
                mean_days_between=mean(g.mean) if g else None,
                longest_gap_days=mean(g.longest) if g else None,
                attendance=tuple(attendance.get(fid, ())),
                actions=number(a.total if a else 0),
                done_on_time=number(a.on_time if a else 0),
                done_late=number(a.late if a else 0),
                overdue=number(a.overdue if a else 0),
                open_not_due=number(a.waiting if a else 0),
                mean_days_to_done=mean(a.mean_days) if a else None,
            )
        )
    return result

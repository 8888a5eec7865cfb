"""Coordination meetings: forums with a cadence, the meetings generated from it, and the
secretariat's confirm / move / cancel. What happens in a meeting (agenda, attendance, minutes,
decisions, action items) lives in app.services.minutes; figures in app.services.regularity.

Generated meetings get an id derived from their forum and cadence date (UUIDv5), so two sites
that generate the same cadence make the same record instead of two meetings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    ActionItem,
    Agency,
    Attendance,
    AttendanceStatus,
    Forum,
    ForumMember,
    Meeting,
    MeetingStatus,
    Officer,
    Site,
)
from app.models.base import utcnow
from app.services import access, cadence
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.meeting_dto import ForumInfo, ForumMemberInfo, MeetingRow
from app.services.workdays import WorkingCalendar

MEETING_NAMESPACE = uuid.UUID("5b1e3c8a-4a11-4ce7-8e00-01a6e7a1f0c1")
MAX_MONTHS = 24


@dataclass(frozen=True)
class ForumInput:
    code: str
    name: str
    host_site: str
    rrule: str
    starts_on: date
    start_time: time
    duration_minutes: int = 120
    timezone: str = "Asia/Jakarta"
    place: str = ""
    online_link: str = ""
    secretariat_agency: str = ""
    secretariat_officer_id: uuid.UUID | None = None
    chair_officer_id: uuid.UUID | None = None
    #: member agencies by code, and officers who attend (their agency becomes a member too)
    members: tuple[str, ...] = ()
    member_officers: tuple[uuid.UUID, ...] = ()
    note: str = ""
    active: bool = True


def _required(value: str, field: str, message: str) -> str:
    if not value.strip():
        raise ValidationError(message, field=field)
    return value.strip()


def agency_by_code(session: Session, code: str, field: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
    if agency is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no agency with the code {code}."), field=field, code=code
        )
    return agency


def _officer(session: Session, officer_id: uuid.UUID, field: str) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None or officer.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That officer is not on record."), field=field)
    return officer


def officer_by_username(desk: Desk, username: str) -> uuid.UUID:
    with desk.read() as session:
        officer_id = session.scalar(select(Officer.id).where(officer_named(username)))
    if officer_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no officer with the username {username}."),
            field="officer",
            username=username,
        )
    return officer_id


def _check_link(link: str) -> str:
    link = link.strip()
    if link and not link.lower().startswith(("https://", "http://")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An online meeting link starts with https://."), field="online_link"
        )
    return link


def save_forum(desk: Desk, data: ForumInput, forum_id: uuid.UUID | None = None) -> ForumInfo:
    """Create or change a forum, validated whole before anything is written."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    code = _required(data.code, "code", QT_TRANSLATE_NOOP("errors", "A forum needs a short code.")).upper()
    if len(code) > 24 or not all(c.isalnum() or c in "-_" for c in code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A forum code has up to 24 letters, digits or hyphens."), field="code"
        )
    name = _required(data.name, "name", QT_TRANSLATE_NOOP("errors", "A forum needs a name."))
    rule = cadence.validate_rule(data.rrule, data.starts_on)
    cadence.zone(data.timezone)
    if not 15 <= data.duration_minutes <= 12 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A meeting lasts between 15 minutes and 12 hours."),
            field="duration_minutes",
        )
    link = _check_link(data.online_link)
    with desk.write() as session:
        site = session.scalar(select(Site).where(Site.code == data.host_site.strip().upper()))
        if site is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no site with the code {code}."),
                field="host_site",
                code=data.host_site,
            )
        secretariat = agency_by_code(
            session, data.secretariat_agency or site.agency.code, "secretariat_agency"
        )
        for officer_id, field in (
            (data.chair_officer_id, "chair"),
            (data.secretariat_officer_id, "secretariat_officer"),
        ):
            if officer_id is not None:
                _officer(session, officer_id, field)
        wanted: dict[tuple[uuid.UUID, uuid.UUID | None], None] = {}
        for member_code in data.members:
            wanted[(agency_by_code(session, member_code, "members").id, None)] = None
        for officer_id in data.member_officers:
            officer = _officer(session, officer_id, "members")
            wanted.pop((officer.agency_id, None), None)
            wanted[(officer.agency_id, officer.id)] = None
        clash = session.scalar(select(Forum.id).where(Forum.code == code))
        if clash is not None and clash != forum_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Another forum already has the code {code}."),
                field="code",
                code=code,
            )
        if forum_id is None:
            forum = Forum(code=code)
            session.add(forum)
        else:
            forum = _forum(session, forum_id)
            forum.code = code
        forum.name = name
        forum.host_site_id = site.id
        forum.rrule = rule
        forum.starts_on = data.starts_on
        forum.start_time = data.start_time
        forum.duration_minutes = data.duration_minutes
        forum.timezone = data.timezone
        forum.place = data.place.strip()
        forum.online_link = link
        forum.secretariat_agency_id = secretariat.id
        forum.secretariat_officer_id = data.secretariat_officer_id
        forum.chair_officer_id = data.chair_officer_id
        forum.note = data.note.strip()
        forum.active = data.active
        session.flush()
        for row in session.scalars(select(ForumMember).where(ForumMember.forum_id == forum.id)):
            key = (row.agency_id, row.officer_id)
            if key in wanted:
                wanted.pop(key)
                row.deleted_at = None
            elif row.deleted_at is None:
                row.deleted_at = utcnow()  # a tombstone, so that the removal syncs
        for agency_id, officer_id in wanted:
            session.add(ForumMember(forum_id=forum.id, agency_id=agency_id, officer_id=officer_id))
        session.flush()
        return forum_info(session, forum, None)


def _forum(session: Session, forum_id: uuid.UUID) -> Forum:
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That forum no longer exists."))
    return forum


def forum_info(session: Session, forum: Forum, language: str | None) -> ForumInfo:
    site = session.get(Site, forum.host_site_id)
    assert site is not None
    secretariat = session.get(Agency, forum.secretariat_agency_id)
    assert secretariat is not None
    chair = session.get(Officer, forum.chair_officer_id) if forum.chair_officer_id else None
    clerk = session.get(Officer, forum.secretariat_officer_id) if forum.secretariat_officer_id else None
    members = tuple(
        ForumMemberInfo(
            agency.code,
            agency.name,
            officer.id if officer else None,
            officer.full_name if officer else "",
            officer.position if officer else "",
        )
        for _member, agency, officer in session.execute(
            select(ForumMember, Agency, Officer)
            .join(Agency, Agency.id == ForumMember.agency_id)
            .outerjoin(Officer, Officer.id == ForumMember.officer_id)
            .where(ForumMember.forum_id == forum.id, ForumMember.deleted_at.is_(None))
            .order_by(Agency.code, Officer.full_name)
        )
    )
    return ForumInfo(
        id=forum.id,
        code=forum.code,
        name=forum.name,
        host_site=site.code,
        host_country=site.country,
        rrule=forum.rrule,
        cadence=cadence.describe(forum.rrule, forum.starts_on, language),
        starts_on=forum.starts_on,
        start_time=forum.start_time,
        duration_minutes=forum.duration_minutes,
        timezone=forum.timezone,
        place=forum.place,
        online_link=forum.online_link,
        secretariat_agency=secretariat.code,
        secretariat_agency_name=secretariat.name,
        secretariat_officer_id=clerk.id if clerk else None,
        secretariat_officer=clerk.full_name if clerk else "",
        chair_officer_id=chair.id if chair else None,
        chair=chair.full_name if chair else "",
        chair_position=chair.position if chair else "",
        active=forum.active,
        note=forum.note,
        members=members,
    )


def forums(desk: Desk, *, language: str | None = None) -> list[ForumInfo]:
    with desk.read() as session:
        return [
            forum_info(session, f, language)
            for f in session.scalars(select(Forum).where(Forum.deleted_at.is_(None)).order_by(Forum.code))
        ]


def forum(desk: Desk, forum_id: uuid.UUID, *, language: str | None = None) -> ForumInfo:
    with desk.read() as session:
        return forum_info(session, _forum(session, forum_id), language)


def forum_by_code(desk: Desk, code: str) -> uuid.UUID:
    with desk.read() as session:
        forum_id = session.scalar(
            select(Forum.id).where(Forum.code == code.strip().upper(), Forum.deleted_at.is_(None))
        )
    if forum_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no forum with the code {code}."), code=code)
    return forum_id


def site_calendar(session: Session, site_code: str) -> WorkingCalendar:
    country = session.scalar(select(Site.country).where(Site.code == site_code.strip().upper()))
    if country is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no site with the code {code}."),
            field="host_site",
            code=site_code,
        )
    return WorkingCalendar(country)


def preview_dates(
    desk: Desk, rrule: str, starts_on: date, host_site: str, first: date, last: date
) -> list[cadence.Occurrence]:
    """The dates a cadence would give, moved to the host's working days (the editor shows them)."""
    rule = cadence.validate_rule(rrule, starts_on)
    with desk.read() as session:
        calendar = site_calendar(session, host_site)
    return cadence.occurrences(rule, starts_on, calendar, first, last)


# --- generating and moving meetings -----------------------------------------------------------------


def generate_meetings(
    desk: Desk,
    *,
    months: int = 3,
    today: date | None = None,
    forum_id: uuid.UUID | None = None,
    since: date | None = None,
) -> int:
    """Plan the meetings of every active forum's cadence for the coming `months` (from `since`
    when the meetings held before are recorded too); returns how many were added. An occurrence
    already planned, moved or cancelled is left as it is."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Plan between 1 and {max} months ahead."),
            field="months",
            max=MAX_MONTHS,
        )
    today = today or date.today()
    last = _add_months(today, months)
    added = 0
    with desk.write() as session:
        query = select(Forum).where(Forum.deleted_at.is_(None), Forum.active.is_(True))
        if forum_id is not None:
            query = query.where(Forum.id == forum_id)
        for forum in session.scalars(query).all():
            site = session.get(Site, forum.host_site_id)
            assert site is not None
            calendar = WorkingCalendar(site.country)
            known = set(session.scalars(select(Meeting.occurrence).where(Meeting.forum_id == forum.id)))
            for occurrence in cadence.occurrences(
                forum.rrule, forum.starts_on, calendar, since or today, last
            ):
                if occurrence.occurrence in known:
                    continue
                starts, ends = cadence.local_span(
                    occurrence.meeting_date, forum.start_time, forum.duration_minutes, forum.timezone
                )
                meeting = Meeting(
                    id=uuid.uuid5(MEETING_NAMESPACE, f"{forum.id}/{occurrence.occurrence.isoformat()}"),
                    forum_id=forum.id,
                    occurrence=occurrence.occurrence,
                    starts_at=starts,
                    ends_at=ends,
                    timezone=forum.timezone,
                    place=forum.place,
                    online_link=forum.online_link,
                    status=MeetingStatus.PLANNED,
                    chair_officer_id=forum.chair_officer_id,
                    minute_taker_officer_id=forum.secretariat_officer_id,
                )
                session.add(meeting)
                session.flush()
                _invite_members(session, meeting)
                added += 1
    return added


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _invite_members(session: Session, meeting: Meeting) -> None:
    """Put every member of the forum on the meeting's list of invitees (once)."""
    present = {
        (a.agency_id, a.officer_id)
        for a in session.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.deleted_at.is_(None))
        )
    }
    for member, officer in session.execute(
        select(ForumMember, Officer)
        .outerjoin(Officer, Officer.id == ForumMember.officer_id)
        .where(ForumMember.forum_id == meeting.forum_id, ForumMember.deleted_at.is_(None))
    ):
        if (member.agency_id, member.officer_id) in present:
            continue
        session.add(
            Attendance(
                meeting_id=meeting.id,
                agency_id=member.agency_id,
                officer_id=member.officer_id,
                name=officer.full_name if officer else "",
                position=officer.position if officer else "",
                status=AttendanceStatus.INVITED,
            )
        )


@dataclass(frozen=True)
class MeetingInput:
    forum_id: uuid.UUID
    day: date
    start_time: time
    end_time: time
    timezone: str = ""
    place: str | None = None
    online_link: str | None = None


def _span(day: date, start: time, end: time, timezone: str) -> tuple[datetime, datetime]:
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A meeting ends after it starts."), field="end_time"
        )
    zone = cadence.zone(timezone)
    return (
        datetime.combine(day, start, zone).astimezone(UTC),
        datetime.combine(day, end, zone).astimezone(UTC),
    )


def schedule_meeting(desk: Desk, data: MeetingInput) -> uuid.UUID:
    """An extra meeting of a forum, outside its cadence."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    link = _check_link(data.online_link or "")
    with desk.write() as session:
        forum = _forum(session, data.forum_id)
        timezone = data.timezone or forum.timezone
        starts, ends = _span(data.day, data.start_time, data.end_time, timezone)
        meeting = Meeting(
            forum_id=forum.id,
            occurrence=None,
            starts_at=starts,
            ends_at=ends,
            timezone=timezone,
            place=forum.place if data.place is None else data.place.strip(),
            online_link=forum.online_link if data.online_link is None else link,
            status=MeetingStatus.PLANNED,
            chair_officer_id=forum.chair_officer_id,
            minute_taker_officer_id=forum.secretariat_officer_id,
        )
        session.add(meeting)
        session.flush()
        _invite_members(session, meeting)
        return meeting.id


def get_meeting(session: Session, meeting_id: uuid.UUID) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That meeting no longer exists."))
    return meeting


def _not_finished(meeting: Meeting) -> None:
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED) or meeting.minutes_closed_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This meeting has already been held or cancelled."), field="status"
        )


def confirm_meeting(desk: Desk, meeting_id: uuid.UUID) -> None:
    """The secretariat confirms the date: invitations go out (status invited)."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _not_finished(meeting)
        meeting.status = MeetingStatus.INVITED
        _invite_members(session, meeting)


def move_meeting(
    desk: Desk, meeting_id: uuid.UUID, day: date, start_time: time, end_time: time, reason: str
) -> None:
    """Postpone or move a meeting to another day or time, with the reason."""
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    reason = _required(reason, "reason", QT_TRANSLATE_NOOP("errors", "Say why the meeting is moved."))
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _not_finished(meeting)
        meeting.starts_at, meeting.ends_at = _span(day, start_time, end_time, meeting.timezone)
        meeting.status = MeetingStatus.POSTPONED
        meeting.status_reason = reason


def cancel_meeting(desk: Desk, meeting_id: uuid.UUID, reason: str) -> None:
    access.require(desk, access.Permission.MANAGE_MEETINGS)
    reason = _required(reason, "reason", QT_TRANSLATE_NOOP("errors", "Say why the meeting is cancelled."))
    with desk.write() as session:
        meeting = get_meeting(session, meeting_id)
        _not_finished(meeting)
        meeting.status = MeetingStatus.CANCELLED
        meeting.status_reason = reason


# --- reading ------------------------------------------------------------------------------------------


def reference(forum_code: str, meeting: Meeting) -> str:
    return f"{forum_code}/{meeting.starts_at.astimezone(cadence.zone(meeting.timezone)).date().isoformat()}"


def meeting_row(session: Session, meeting: Meeting, forum: Forum, open_actions: int = 0) -> MeetingRow:
    zone = cadence.zone(meeting.timezone)
    return MeetingRow(
        id=meeting.id,
        reference=reference(forum.code, meeting),
        forum_id=forum.id,
        forum_code=forum.code,
        forum_name=forum.name,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        timezone=meeting.timezone,
        local_start=meeting.starts_at.astimezone(zone),
        local_end=meeting.ends_at.astimezone(zone),
        occurrence=meeting.occurrence,
        place=meeting.place,
        online_link=meeting.online_link,
        status=meeting.status.value,
        status_reason=meeting.status_reason,
        minutes_closed=meeting.minutes_closed_at is not None,
        open_actions=open_actions,
    )


def list_meetings(
    desk: Desk,
    *,
    first: date | None = None,
    last: date | None = None,
    forum_id: uuid.UUID | None = None,
    limit: int = 2000,
) -> list[MeetingRow]:
    """Meetings across forums in date order; `first`/`last` bound the (UTC) start date."""
    open_actions = (
        select(ActionItem.meeting_id, func.count().label("n"))
        .where(ActionItem.done_on.is_(None), ActionItem.deleted_at.is_(None))
        .group_by(ActionItem.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, Forum, func.coalesce(open_actions.c.n, 0))
        .join(Forum, Forum.id == Meeting.forum_id)
        .outerjoin(open_actions, open_actions.c.meeting_id == Meeting.id)
        .where(Meeting.deleted_at.is_(None))
        .order_by(Meeting.starts_at, Forum.code)
        .limit(limit)
    )
    if first is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(first, time(0), UTC) - timedelta(hours=14))
    if last is not None:
        query = query.where(
            Meeting.starts_at < datetime.combine(last, time(0), UTC) + timedelta(days=1, hours=14)
        )
    if forum_id is not None:
        query = query.where(Meeting.forum_id == forum_id)
    with desk.read() as session:
        rows = [meeting_row(session, m, f, n) for m, f, n in session.execute(query)]
    # the bounds are dates where the meeting is held, whatever its zone
    return [
        r
        for r in rows
        if (first is None or r.local_start.date() >= first) and (last is None or r.local_start.date() <= last)
    ]


def find_meeting(desk: Desk, text: str) -> uuid.UUID:
    """A meeting by its id or its reference FORUM-CODE/YYYY-MM-DD."""
    text = text.strip()
    try:
        meeting_id = uuid.UUID(text)
    except ValueError:
        meeting_id = None
    with desk.read() as session:
        if meeting_id is not None:
            return get_meeting(session, meeting_id).id
        code, _, day = text.rpartition("/")
        try:
            wanted = date.fromisoformat(day)
        except ValueError:
            wanted = None
        forum = session.scalar(select(Forum).where(Forum.code == code.upper())) if code else None
        if forum is not None and wanted is not None:
            for meeting in session.scalars(
                select(Meeting).where(Meeting.forum_id == forum.id, Meeting.deleted_at.is_(None))
            ):
                if reference(forum.code, meeting) == f"{forum.code}/{wanted.isoformat()}":
                    return meeting.id
    raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no meeting {reference}."), reference=text)

"""Coordination meetings: standing forums with a cadence, their meetings, and what a meeting
produces (agenda, attendance, minutes, decisions, action items followed up to done).

Every child thing is a row of its own (SYNC.md): two sites adding an attendee or an action item
to the same meeting never conflict.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated
from app.models.types import enum_type


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class AttendanceStatus(enum.StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    REPRESENTED = "represented"
    ABSENT = "absent"


class AgendaSource(enum.StrEnum):
    """Why an item is on the agenda (build-agenda pulls the last four in)."""

    MANUAL = "manual"
    OPEN_ACTION = "open_action"
    OVERDUE_CASE = "overdue_case"
    LATE_REFERRAL = "late_referral"
    FLAGGED_CASE = "flagged_case"


class Forum(Replicated, Base):
    """A standing coordination body with a cadence (an RFC 5545 RRULE from `starts_on`)."""

    __tablename__ = "forum"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: the site whose working days the dates follow (a holiday there moves the meeting)
    host_site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    chair_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    secretariat_agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    secretariat_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    rrule: Mapped[str] = mapped_column(String(400))
    starts_on: Mapped[date]
    start_time: Mapped[time]
    duration_minutes: Mapped[int] = mapped_column(default=120)
    #: the zone the time is given in (IANA name, e.g. Asia/Jakarta)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")
    place: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(400), default="")
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ForumMember(Replicated, Base):
    """A member agency of a forum, optionally with the officer who usually attends."""

    __tablename__ = "forum_member"

    forum_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("forum.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))


class Meeting(Replicated, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        # a cadence's occurrence is generated once; ad-hoc meetings have none
        UniqueConstraint("forum_id", "occurrence"),
        Index("ix_meeting_starts_at", "deleted_at", "starts_at"),
    )

    forum_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("forum.id"), index=True)
    #: the cadence's date this meeting was generated for (kept when the meeting moves)
    occurrence: Mapped[date | None]
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(400), default="")
    status: Mapped[MeetingStatus] = mapped_column(enum_type(MeetingStatus), default=MeetingStatus.PLANNED)
    #: why it was postponed or cancelled
    status_reason: Mapped[str] = mapped_column(Text, default="")
    chair_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    minute_taker_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    #: closing the minutes locks them; later corrections are addendums
    minutes_closed_at: Mapped[datetime | None]
    minutes_closed_by: Mapped[str] = mapped_column(String(200), default="")


class AgendaItem(Replicated, Base):
    __tablename__ = "agenda_item"
    #: held only where the case, letter, referral or action item it is about is held too
    __sync_also__ = ("case_id", "letter_id", "referral_id", "action_item_id")

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(400))
    source: Mapped[AgendaSource] = mapped_column(enum_type(AgendaSource), default=AgendaSource.MANUAL)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    #: the letter the item is about (a request to discuss, a reply to agree on)
    letter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letter.id"), index=True)
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referral.id"))
    action_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_item.id"))
    #: the minutes of this item: what was discussed
    discussion: Mapped[str] = mapped_column(Text, default="")


class Attendance(Replicated, Base):
    """One invitee or participant: who, for which agency, present or represented by whom."""

    __tablename__ = "attendance"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    #: the person's name and position as written in the attendance list
    name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_type(AttendanceStatus), default=AttendanceStatus.INVITED
    )
    represented_by: Mapped[str] = mapped_column(String(200), default="")


class Decision(Replicated, Base):
    __tablename__ = "decision"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)


class ActionItem(Replicated, Base):
    """A follow-up with an owner and a due date, tracked to done with evidence."""

    __tablename__ = "action_item"
    __sync_also__ = ("case_id",)
    __table_args__ = (
        Index(
            "ix_action_item_open_due",
            "due_on",
            # SQLite's flavour only, as for ix_case_task_open_due: the migration (4a11ce7e0001)
            # makes it partial on PostgreSQL without the models importing that dialect.
            sqlite_where=text("done_on IS NULL"),
        ),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decision.id"))
    what: Mapped[str] = mapped_column(Text)
    owner_agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    owner_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), index=True)
    due_on: Mapped[date]
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    done_on: Mapped[date | None]
    evidence: Mapped[str] = mapped_column(Text, default="")


class MinutesAddendum(Replicated, Base):
    """A correction written after the minutes were closed: who wrote it and when."""

    __tablename__ = "minutes_addendum"
    __sync_also__ = ("agenda_item_id",)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_item.id"))
    at: Mapped[datetime]
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)

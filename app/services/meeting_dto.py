"""Frozen values the meeting services hand out (never ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class ForumMemberInfo:
    agency_code: str
    agency_name: str
    officer_id: uuid.UUID | None
    officer_name: str
    officer_position: str


@dataclass(frozen=True)
class ForumInfo:
    id: uuid.UUID
    code: str
    name: str
    host_site: str
    host_country: str
    rrule: str
    #: the cadence in words in the reader's language ("setiap Selasa kedua setiap bulan")
    cadence: str
    starts_on: date
    start_time: time
    duration_minutes: int
    timezone: str
    place: str
    online_link: str
    secretariat_agency: str
    secretariat_agency_name: str
    secretariat_officer_id: uuid.UUID | None
    secretariat_officer: str
    chair_officer_id: uuid.UUID | None
    chair: str
    chair_position: str
    active: bool
    note: str
    members: tuple[ForumMemberInfo, ...]


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    #: what a person types to name it: FORUM-CODE/YYYY-MM-DD (the local date)
    reference: str
    forum_id: uuid.UUID
    forum_code: str
    forum_name: str
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    timezone: str
    local_start: datetime  # in the meeting's zone
    local_end: datetime
    occurrence: date | None
    place: str
    online_link: str
    status: str
    status_reason: str
    minutes_closed: bool
    open_actions: int

    @property
    def moved(self) -> bool:
        """Held on another day than the cadence said (a holiday, or moved by the secretariat)."""
        return self.occurrence is not None and self.occurrence != self.local_start.date()


@dataclass(frozen=True)
class AgendaItemInfo:
    id: uuid.UUID
    position: int
    title: str
    source: str
    case_number: str | None
    action_item_id: uuid.UUID | None
    discussion: str
    letter_id: uuid.UUID | None = None
    #: the letter's agenda number (incoming) or number; "" for a draft without one
    letter_reference: str | None = None


@dataclass(frozen=True)
class AttendanceInfo:
    id: uuid.UUID
    agency_code: str
    agency_name: str
    officer_id: uuid.UUID | None
    name: str
    position: str
    nip: str
    phone: str
    email: str
    status: str
    represented_by: str


@dataclass(frozen=True)
class DecisionInfo:
    id: uuid.UUID
    position: int
    text: str


@dataclass(frozen=True)
class ActionInfo:
    id: uuid.UUID
    meeting_id: uuid.UUID
    meeting_reference: str
    decision_id: uuid.UUID | None
    what: str
    owner_agency: str
    owner_officer_id: uuid.UUID | None
    owner_officer: str
    owner_username: str | None
    due_on: date
    case_number: str | None
    done_on: date | None
    evidence: str
    overdue: bool

    @property
    def status(self) -> str:
        if self.done_on is not None:
            return "done_late" if self.done_on > self.due_on else "done"
        return "overdue" if self.overdue else "open"


@dataclass(frozen=True)
class AddendumInfo:
    id: uuid.UUID
    at: datetime
    author: str
    text: str
    agenda_item_id: uuid.UUID | None


@dataclass(frozen=True)
class MeetingRecord:
    """Everything about one meeting, for its window and for the printed invitation, attendance
    list and minutes: forum, when and where, invitees, agenda, attendance, minutes, decisions,
    action items, chair and minute-taker."""

    meeting: MeetingRow
    forum: ForumInfo
    chair: str
    chair_position: str
    minute_taker: str
    minute_taker_position: str
    minutes_closed_at: datetime | None
    minutes_closed_by: str
    #: everyone invited, with whether they came (the attendance list is the present ones)
    invitees: tuple[AttendanceInfo, ...]
    agenda: tuple[AgendaItemInfo, ...]
    decisions: tuple[DecisionInfo, ...]
    actions: tuple[ActionInfo, ...]
    addenda: tuple[AddendumInfo, ...]
    #: the newest change about the agenda items (app.services.edit_guard): the minutes editor
    #: sends it back as `base_version`
    version: int = 0

    @property
    def attendance(self) -> tuple[AttendanceInfo, ...]:
        return tuple(a for a in self.invitees if a.status in ("present", "represented"))


@dataclass(frozen=True)
class AgendaBuilt:
    """What build-agenda pulled in, by reason."""

    open_actions: int
    overdue_cases: int
    late_referrals: int
    flagged_cases: int
    #: overdue cases and late referrals beyond what one agenda takes (most overdue come first)
    left_out: int = 0

    @property
    def total(self) -> int:
        return self.open_actions + self.overdue_cases + self.late_referrals + self.flagged_cases


@dataclass(frozen=True)
class WorkItem:
    """One thing an officer or agency owes: a case task or a meeting's action item."""

    kind: str  # "case_task" or "action"
    id: uuid.UUID
    what: str
    owner_agency: str | None
    owner_officer: str
    due_on: date | None
    overdue: bool
    case_number: str | None
    meeting_reference: str | None

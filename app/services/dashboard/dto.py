"""What the dashboard shows, as plain frozen values (the window, the CLI and the printed periodic
report read the same ones)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from app.services.regularity import Regularity


@dataclass(frozen=True)
class DashboardFilter:
    """The period (both days included) and what to narrow the cases to."""

    first: date
    last: date
    site: str | None = None  # a site code: that site's cases only
    country: str | None = None  # ISO 3166 alpha-2
    category: str | None = None  # a case category code


@dataclass(frozen=True)
class Share:
    """One bar: a coded value, what it is called, how many."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    new: int
    closed: int


@dataclass(frozen=True)
class CaseFigures:
    new: int  # reported in the period
    closed: int  # resolved or closed in the period
    open: int  # not resolved or closed now
    life_threatening_open: int
    # the cases reported in the period, broken down (largest first; status in handling order)
    by_category: tuple[Share, ...]
    by_country: tuple[Share, ...]
    by_status: tuple[Share, ...]
    by_departure: tuple[Share, ...]  # procedural / non_procedural / unknown
    by_lead_agency: tuple[Share, ...]
    trend: tuple[MonthCount, ...]  # every month of the period, empty ones too


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class AgencyProtocol:
    """How one agency keeps the protocol's working-day standards in the period."""

    agency_code: str
    agency_name: str
    referrals_sent: int  # to this agency, sent in the period (withdrawn ones left out)
    referrals_in_time: int  # accepted or returned by the due date
    referrals_late: int  # answered after it
    referrals_overdue: int  # not answered and past due
    referrals_returned: int
    steps_due: int  # protocol steps owed by this agency, due in the period and come due
    steps_in_time: int
    steps_late: int
    steps_overdue: int

    @property
    def referrals_due(self) -> int:
        return self.referrals_in_time + self.referrals_late + self.referrals_overdue

    @property
    def referral_share(self) -> float | None:
        return share(self.referrals_in_time, self.referrals_due)

    @property
    def step_share(self) -> float | None:
        return share(self.steps_in_time, self.steps_due)


@dataclass(frozen=True)
class PeerExchange:
    code: str
    name: str
    last_sent_at: datetime | None
    last_received_at: datetime | None
    days_since_sent: int | None
    days_since_received: int | None


@dataclass(frozen=True)
class InformalChannels:
    open_cases: int
    with_contact: int  # of which a call, message, e-mail or visit was logged in the period

    @property
    def share(self) -> float | None:
        return share(self.with_contact, self.open_cases)


@dataclass(frozen=True)
class RecordRef:
    """The record a line opens: a case by number, a letter or a meeting by id."""

    kind: str  # "case" | "letter" | "meeting"
    key: str
    letter_kind: str = ""  # "in", "out", "memo", "invitation" for a letter


@dataclass(frozen=True)
class TodayLine:
    kind: str  # "task" | "referral" | "disposition" | "letter" | "action"
    what: str
    reference: str  # what a person recognises: a case number, a letter number, a meeting
    due_on: date | None
    overdue: bool
    whose: str  # "mine" | "unit" (my unit or my agency)
    target: RecordRef
    item_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Dashboard:
    filter: DashboardFilter
    today: date
    lines: tuple[TodayLine, ...]
    cases: CaseFigures
    protocol: tuple[AgencyProtocol, ...]
    meetings: tuple[Regularity, ...]
    exchange: tuple[PeerExchange, ...]
    informal: InformalChannels

    @property
    def overdue_lines(self) -> int:
        return sum(1 for line in self.lines if line.overdue)

"""Small frozen values that services hand to the CLI and the windows (never ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    code: str
    name: str
    agency_code: str
    agency_name: str
    country: str
    country_name: str
    city: str
    timezone: str
    is_hub: bool
    active: bool


@dataclass(frozen=True)
class OfficerInfo:
    id: uuid.UUID
    full_name: str
    nip: str
    position: str
    rank: str
    agency_code: str
    unit_code: str
    site_code: str
    phone: str
    email: str
    username: str | None
    role: str | None
    active: bool


@dataclass(frozen=True)
class AgencyInfo:
    id: uuid.UUID
    code: str
    name: str
    name_en: str
    kind: str
    parent_code: str | None
    active: bool
    unit_count: int


@dataclass(frozen=True)
class UnitInfo:
    id: uuid.UUID
    agency_code: str
    code: str
    name: str
    name_en: str
    active: bool


@dataclass(frozen=True)
class CountryInfo:
    iso2: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class RegionInfo:
    """A province (`35`), regency or city (`35.07`) or district (`35.07.01`) with its official code."""

    code: str
    name: str
    level: str
    parent_code: str | None


@dataclass(frozen=True)
class JobInfo:
    """A job of the informal sector (resources/reference/jobs.csv); workers store the code."""

    code: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    name: str
    name_en: str
    source: str
    sensitive: bool


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    number: str
    reported_on: date
    worker_name: str
    category: str
    status: str
    country: str | None
    lead_agency: str | None
    life_threatening: bool
    priority: int = 2
    overdue: bool = False


@dataclass(frozen=True)
class OfficeStatus:
    """What the desk knows about itself at start."""

    initialized: bool
    site: SiteInfo | None
    officer: OfficerInfo | None
    database: str
    schema_revision: str | None


@dataclass(frozen=True)
class Overview:
    """Counts for the dashboard's first floor."""

    cases_total: int
    cases_open: int
    cases_life_threatening: int
    cases_by_status: tuple[tuple[str, int], ...]
    cases_by_country: tuple[tuple[str, int], ...]
    agencies: int
    sites: int
    officers: int
    changes: int


@dataclass(frozen=True)
class OwedStep:
    """Who owes the next step of a case, and by when."""

    what: str
    agency_code: str | None
    due_on: date | None
    overdue: bool
    task_id: uuid.UUID | None = None
    referral_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ReferralInfo:
    id: uuid.UUID
    from_agency: str
    to_agency: str
    reason: str
    documents: str
    sent_on: date
    due_on: date
    status: str
    answered_on: date | None
    answer_note: str
    overdue: bool


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str
    text: str
    agency: str | None
    officer: str


@dataclass(frozen=True)
class TaskInfo:
    id: uuid.UUID
    title: str
    owner_agency: str | None
    owner_officer: str | None
    due_on: date | None
    done_on: date | None
    step: str
    overdue: bool


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    number: str
    site_code: str
    reported_on: date
    status: str
    category: str
    category_name: str
    extra_categories: tuple[str, ...]
    priority: int
    life_threatening: bool
    complainant: str
    complainant_name: str
    complainant_phone: str
    channel: str
    summary: str
    country: str | None
    lead_agency: str | None
    participants: tuple[str, ...]
    officers: tuple[str, ...]  # full names, for reading
    officer_usernames: tuple[str, ...]  # the same officers (those with a username), for editing
    outcome: str | None
    outcome_amount: str | None
    outcome_currency: str
    outcome_note: str
    closed_on: date | None
    for_next_meeting: bool
    worker_id: uuid.UUID
    worker: dict[str, object]
    referrals: tuple[ReferralInfo, ...]
    timeline: tuple[TimelineItem, ...]
    tasks: tuple[TaskInfo, ...]
    next_steps: tuple[OwedStep, ...]
    #: sensitive fields emptied for a reader without a need to know (app.services.sensitive)
    masked: tuple[str, ...] = ()
    #: the newest change about the case, its worker and its lists (app.services.edit_guard):
    #: an edit form sends it back, so a save never overwrites what someone saved meanwhile
    version: int = 0

"""Workers (PMI), their cases and what hangs off a case: extra categories, participating agencies,
assigned officers, referrals, timeline entries, tasks and attachments.

Child things are rows of their own (never lists inside the parent), so that two sites adding a
note or a referral to the same case never conflict (SYNC.md).
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Computed, ForeignKey, Index, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Replicated
from app.models.org import Agency, Site
from app.models.types import enum_type


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"


class CaseStatus(enum.StrEnum):
    """Handling stages (BP2MI complaint regulation; partly inferred, see DOMAIN.md)."""

    INTAKE = "intake"
    VERIFICATION = "verification"
    CLARIFICATION_1 = "clarification_1"
    CLARIFICATION_2 = "clarification_2"
    MEDIATION = "mediation"
    REFERRED = "referred"
    RESOLVED = "resolved"
    CLOSED = "closed"


#: SQL for a stage's place in the handling order (the order of CaseStatus), not its code's
STAGE_RANK_SQL = "CASE status {} END".format(
    " ".join(f"WHEN '{stage.value}' THEN {rank}" for rank, stage in enumerate(CaseStatus))
)
#: the stages that close a case; every other stage is open
CLOSED_STAGES = (CaseStatus.RESOLVED, CaseStatus.CLOSED)
#: SQL for a live open case, as the partial index ix_case_file_open declares it: a query uses
#: that index only when it states the same condition with the same literals (no parameters)
OPEN_CASES_SQL = "deleted_at IS NULL AND status NOT IN ({})".format(
    ", ".join(f"'{stage.value}'" for stage in CLOSED_STAGES)
)
#: the columns a dashboard filter narrows by, carried in the figures' indexes
_FIGURE_FILTERS = ("country", "category", "site_id")


class Complainant(enum.StrEnum):
    WORKER = "worker"
    FAMILY = "family"
    LAWYER = "lawyer"
    NGO = "ngo"
    EMPLOYER = "employer"
    AGENCY = "agency"
    OTHER = "other"


class Channel(enum.StrEnum):
    WALK_IN = "walk_in"
    LETTER = "letter"
    HOTLINE = "hotline"
    EMAIL = "email"
    WEB = "web"
    SOCIAL_MEDIA = "social_media"
    MESSAGING = "messaging"
    REFERRAL = "referral"
    OTHER = "other"


class Outcome(enum.StrEnum):
    REPATRIATED = "repatriated"
    WAGES_RECOVERED = "wages_recovered"
    LEGAL_OUTCOME = "legal_outcome"
    REMAINS_REPATRIATED = "remains_repatriated"
    REINTEGRATION = "reintegration"
    OTHER = "other"


class ReferralStatus(enum.StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


class TimelineKind(enum.StrEnum):
    NOTE = "note"
    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    MEETING = "meeting"
    STATUS = "status"
    REFERRAL = "referral"
    TASK = "task"


class Worker(Replicated, Base):
    """A migrant worker. Almost everything is optional: some are known only by name and country."""

    __tablename__ = "worker"
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    aliases: Mapped[str] = mapped_column(String(400), default="")
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    passport_no: Mapped[str | None] = mapped_column(String(20), index=True)
    passport_expiry: Mapped[date | None]
    sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, 1))
    birth_date: Mapped[date | None]
    birth_place: Mapped[str] = mapped_column(String(120), default="")
    home_region: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    address: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    phone_alt: Mapped[str] = mapped_column(String(32), default="")
    family_contact: Mapped[str] = mapped_column(String(200), default="")
    family_relation: Mapped[str] = mapped_column(String(60), default="")
    family_phone: Mapped[str] = mapped_column(String(32), default="")
    p3mi_name: Mapped[str] = mapped_column(String(200), default="")
    partner_agency: Mapped[str] = mapped_column(String(200), default="")
    employer_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    employer_address: Mapped[str] = mapped_column(String(400), default="")
    employer_phone: Mapped[str] = mapped_column(String(32), default="")
    destination_country: Mapped[str | None] = mapped_column(ForeignKey("country.iso2"))
    destination_city: Mapped[str] = mapped_column(String(120), default="")
    job: Mapped[str] = mapped_column(String(48), default="")
    departure_date: Mapped[date | None]
    procedural: Mapped[bool | None]
    social_security: Mapped[bool | None]
    #: UU 27/2022: why this office may process the person's data (app/services/privacy.py):
    #: consent (with its date and form), public task, vital interest or legal obligation
    lawful_basis: Mapped[str | None] = mapped_column(String(24))
    consent_on: Mapped[date | None]
    consent_form: Mapped[str] = mapped_column(String(16), default="")
    #: when the person's data was anonymised (app/services/retention.py); None while it is held
    anonymised_at: Mapped[datetime | None]


class Case(Replicated, Base):
    __tablename__ = "case_file"
    # Covering indexes for the register's list: live cases in date or number order, optionally by
    # stage, so that any page of a million cases is read from the index alone.
    __table_args__ = (
        Index("ix_case_file_live_reported", "deleted_at", "reported_on", "number"),
        Index("ix_case_file_live_number", "deleted_at", "number"),
        Index("ix_case_file_status_reported", "status", "deleted_at", "reported_on", "number"),
        # the dashboard's figures, each read from an index alone (migration 9c0d00000001): the
        # cases of a period per day, stage and procedural-or-not in one pass, then one index per
        # other breakdown with its key first, so that GROUP BY reads each index in order instead
        # of sorting the period's cases
        Index(
            "ix_case_file_live_figures",
            "deleted_at",
            "reported_on",
            "status",
            "procedural",
            *_FIGURE_FILTERS,
        ),
        Index("ix_case_file_category_figures", "category", "deleted_at", "reported_on", "country", "site_id"),
        Index("ix_case_file_country_figures", "country", "deleted_at", "reported_on", "category", "site_id"),
        Index("ix_case_file_lead_figures", "lead_agency_id", "deleted_at", "reported_on", *_FIGURE_FILTERS),
        # the open cases only, for the open and life-threatening counts (SQLite's flavour only,
        # as ix_case_task_open_due: the migration makes it partial on PostgreSQL too)
        Index(
            "ix_case_file_open",
            "country",
            "category",
            "life_threatening",
            "site_id",
            # fixed by the condition, but SQLite reads an index alone only if it holds every
            # column the query names
            "status",
            "deleted_at",
            sqlite_where=text(OPEN_CASES_SQL),
        ),
        Index("ix_case_file_live_closed", "deleted_at", "closed_on", "country", "category", "site_id"),
        # one per sortable column of the register, so a sorted page is read from an index too
        *(
            Index(f"ix_case_file_live_{c}", "deleted_at", c, "number")
            for c in ("stage_rank", "worker_sort", "country", "priority", "category")
        ),
    )
    # Local sort keys and the procedural copy, derived by the database and never journalled or
    # synced (every site derives the same values from the same records).
    __unlogged__ = Replicated.__unlogged__ | {"worker_sort", "stage_rank", "procedural"}

    number: Mapped[str] = mapped_column(String(40), unique=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), index=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"), index=True)
    reported_on: Mapped[date]
    complainant: Mapped[Complainant] = mapped_column(enum_type(Complainant), default=Complainant.WORKER)
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    complainant_phone: Mapped[str] = mapped_column(String(32), default="")
    channel: Mapped[Channel] = mapped_column(enum_type(Channel), default=Channel.OTHER)
    #: the primary category (more in CaseCategoryTag); protocol rules key on it
    category: Mapped[str] = mapped_column(ForeignKey("case_category.code"), index=True)
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus), default=CaseStatus.INTAKE)
    #: 1 high, 2 normal, 3 low
    priority: Mapped[int] = mapped_column(default=2)
    life_threatening: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    lead_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), index=True)
    country: Mapped[str | None] = mapped_column(ForeignKey("country.iso2"), index=True)
    outcome: Mapped[Outcome | None] = mapped_column(enum_type(Outcome))
    outcome_amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    outcome_currency: Mapped[str] = mapped_column(String(3), default="")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None]
    #: when the case's personal data was blanked at the end of its retention (app/services/retention.py)
    anonymised_at: Mapped[datetime | None]
    for_next_meeting: Mapped[bool] = mapped_column(default=False)
    #: the worker's name in lower case, for sorting the register without a join: database triggers
    #: (migrations 3ca5e50a7001, 9e0000000001) keep it current on every write to a case or its worker
    worker_sort: Mapped[str] = mapped_column(String(200), server_default="")
    #: the stage's place in the handling order (intake 0 ... closed 7), computed by the database
    stage_rank: Mapped[int | None] = mapped_column(Computed(STAGE_RANK_SQL))
    #: the worker's `procedural`, for the dashboard's count without a join: database triggers
    #: (migration 9c0d00000001) keep it current on every write to a case or its worker
    procedural: Mapped[bool | None]

    worker: Mapped[Worker] = relationship()
    site: Mapped[Site] = relationship()
    lead_agency: Mapped[Agency | None] = relationship()


class CaseCategoryTag(Replicated, Base):
    """A further category of a case (the primary one is Case.category)."""

    __tablename__ = "case_category_tag"
    __table_args__ = (UniqueConstraint("case_id", "category"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    category: Mapped[str] = mapped_column(ForeignKey("case_category.code"))


class CaseAgency(Replicated, Base):
    """An agency taking part in handling a case (besides the lead)."""

    __tablename__ = "case_agency"
    __table_args__ = (UniqueConstraint("case_id", "agency_id"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)


class CaseOfficer(Replicated, Base):
    """An officer assigned to a case."""

    __tablename__ = "case_officer"
    __table_args__ = (UniqueConstraint("case_id", "officer_id"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    officer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("officer.id"), index=True)


class Referral(Replicated, Base):
    """A case sent from one agency to another, answered (accepted or returned) or withdrawn."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_status_due", "status", "due_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    to_agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    documents: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date]
    due_on: Mapped[date]
    status: Mapped[ReferralStatus] = mapped_column(enum_type(ReferralStatus), default=ReferralStatus.SENT)
    answered_on: Mapped[date | None]
    answer_note: Mapped[str] = mapped_column(Text, default="")


class TimelineEntry(Replicated, Base):
    """One action on a case, in the case's chronological list. Append-only: never conflicts."""

    __tablename__ = "timeline_entry"
    __table_args__ = (Index("ix_timeline_entry_case_at", "case_id", "at"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"))
    at: Mapped[datetime]
    kind: Mapped[TimelineKind] = mapped_column(enum_type(TimelineKind))
    #: what happened: an officer's own words, or (when `data` is set) an English template marked
    #: for translation whose {placeholders} come from `data`, so each site reads it in its language
    text: Mapped[str] = mapped_column(Text)
    data: Mapped[str | None] = mapped_column(Text)
    #: the officer's comment on a recorded event (e.g. the reason for reopening)
    note: Mapped[str] = mapped_column(Text, default="")
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"))
    officer: Mapped[str] = mapped_column(String(200), default="")


class CaseTask(Replicated, Base):
    """A next step with an owner and a due date; protocol steps carry the step's code."""

    __tablename__ = "case_task"
    __table_args__ = (
        Index(
            "ix_case_task_open_due",
            "due_on",
            # Only SQLite's flavour here: naming postgresql_where imports SQLAlchemy's whole
            # PostgreSQL dialect at start-up (~45 ms). Alembic owns the schema, and its
            # migration (034e54fd9b48) makes the index partial on PostgreSQL too.
            sqlite_where=text("done_on IS NULL"),
        ),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    owner_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), index=True)
    owner_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"), index=True)
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
    step: Mapped[str] = mapped_column(String(48), default="")


class Attachment(Replicated, Base):
    """A scan or photo; the bytes live in the data folder under their SHA-256, never in a row."""

    __tablename__ = "attachment"

    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    note: Mapped[str] = mapped_column(String(400), default="")

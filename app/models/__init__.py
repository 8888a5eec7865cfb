"""ORM classes. Importing this package registers every table on `Base.metadata`."""

from app.models.base import Base, Replicated, new_id
from app.models.cases import (
    Attachment,
    Case,
    CaseAgency,
    CaseCategoryTag,
    CaseOfficer,
    CaseStatus,
    CaseTask,
    Channel,
    Complainant,
    Outcome,
    Referral,
    ReferralStatus,
    Sex,
    TimelineEntry,
    TimelineKind,
    Worker,
)
from app.models.journal import AuditEntry, Change, FieldHead, LocalState, NumberCounter
from app.models.org import Agency, AgencyKind, Officer, Role, Site, Unit
from app.models.protocol import ProtocolParticipant, ProtocolRule
from app.models.reference import CaseCategory, Country, Region
from app.models.sync import SyncImport, SyncOutbox, SyncPeer, SyncQuarantine, SyncShare

__all__ = [
    "Agency",
    "AgencyKind",
    "Attachment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseAgency",
    "CaseCategory",
    "CaseCategoryTag",
    "CaseOfficer",
    "CaseStatus",
    "CaseTask",
    "Change",
    "Channel",
    "Complainant",
    "Country",
    "FieldHead",
    "LocalState",
    "NumberCounter",
    "Officer",
    "Outcome",
    "ProtocolParticipant",
    "ProtocolRule",
    "Referral",
    "ReferralStatus",
    "Region",
    "Replicated",
    "Role",
    "Sex",
    "Site",
    "SyncImport",
    "SyncOutbox",
    "SyncPeer",
    "SyncQuarantine",
    "SyncShare",
    "TimelineEntry",
    "TimelineKind",
    "Unit",
    "Worker",
    "new_id",
]
